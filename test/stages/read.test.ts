import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { decodeBytes, readArticle, readProblem } from "../../src/stages/read.js";

const dir = mkdtempSync(join(tmpdir(), "extract-read-"));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe("decodeBytes", () => {
  it("removes a UTF-8 BOM", () => {
    expect(decodeBytes(Buffer.from("\ufeff百度", "utf8"), "x")).toEqual({ text: "百度", encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("腾讯AI", "utf16le")]);
    expect(decodeBytes(le, "x")).toEqual({ text: "腾讯AI", encoding: "utf-16le" });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), "x")).toEqual({ text: "腾讯AI", encoding: "utf-16be" });
  });

  it("rejects invalid UTF-8 naming the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("百度", "utf8"), Buffer.from([0xc4, 0xe3])]);
    expect(() => decodeBytes(bytes, "gbk.txt")).toThrow(/gbk\.txt: is not valid UTF-8 text at byte 6/);
  });

  it("rejects binary data", () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "a.png")).toThrow(/binary file/);
  });
});

describe("readArticle", () => {
  it("reads a text file as a plain-text article", async () => {
    const path = file("a.txt", "OpenAI发布GPT-4。");
    expect(await readArticle(path)).toEqual({ path, format: "text", title: null, encoding: "utf-8", text: "OpenAI发布GPT-4。" });
  });

  it("reads an empty file as an empty article", async () => {
    expect((await readArticle(file("empty.txt", ""))).text).toBe("");
  });

  it("reads stdin for -", async () => {
    const article = await readArticle("-", async () => Buffer.from("百度"));
    expect(article).toMatchObject({ path: null, text: "百度" });
  });

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /missing\.txt: no such file/],
    ["a directory", () => (mkdirSync(join(dir, "sub"), { recursive: true }), join(dir, "sub")), /sub: is a directory/],
    ["an HTML file", () => file("page.html", "<html><body>x</body></html>"), /HTML input is not supported yet/],
    ["HTML content in a .txt", () => file("page.txt", "<!DOCTYPE html><html></html>"), /looks like HTML/],
  ])("gives an InputError for %s", async (_name, make, message) => {
    const path = make();
    const error = await readArticle(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});

describe("readProblem", () => {
  // Root reads mode-000 files, so permission errors are tested by code rather than with a real file.
  it.each([
    ["ENOENT", "no such file"],
    ["EACCES", "permission denied"],
    ["EPERM", "permission denied"],
    ["EISDIR", "is a directory, not a file"],
    ["EIO", "cannot be read (EIO)"],
  ])("%s → %s", (code, message) => {
    expect(readProblem(code, "x")).toBe(message);
  });
});
