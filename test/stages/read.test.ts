import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { decodeBytes, readArticle, readProblem } from "../../src/stages/read.js";
import { scratchDir } from "../helpers/files.js";

const { dir, file } = scratchDir("extract-read-");

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

  it("decodes GBK and Big5 by detection, confirmed by a strict decode", () => {
    const gbk = Buffer.from("b0d9b6c8b7a2b2bccec4d0c4d2bbd1d4a3acb2cecafdb4efb5bdc7a7d2daa1a3", "hex");
    expect(decodeBytes(gbk, "gbk.txt")).toEqual({ text: "百度发布文心一言，参数达到千亿。", encoding: "gb18030" });
    const big5 = Buffer.from("c4cbb054b56fa5acb256a4b8a46abcd2abaca141b0d1bcc6b946a8eca464bbf5a143", "hex");
    expect(decodeBytes(big5, "big5.txt")).toEqual({ text: "騰訊發布混元大模型，參數達到千億。", encoding: "big5" });
  });

  it("honours a declared encoding", () => {
    const big5 = Buffer.from("c4cbb054b56fa5ac", "hex");
    expect(decodeBytes(big5, "x", "big5").text).toBe("騰訊發布");
    expect(() => decodeBytes(big5, "x", "ebcdic")).toThrow(/x: unsupported encoding "ebcdic"/);
  });

  it("rejects bytes that are text in no supported encoding, naming the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("百度", "utf8"), Buffer.from([0xff, 0xff, 0xff])]);
    expect(() => decodeBytes(bytes, "odd.txt")).toThrow(/odd\.txt: is not text in a supported encoding \(not valid UTF-8 at byte 6/);
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
    const article = await readArticle("-", {}, async () => Buffer.from("百度"));
    expect(article).toMatchObject({ path: null, text: "百度" });
  });

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /missing\.txt: no such file/],
    ["a directory", () => (mkdirSync(join(dir, "sub"), { recursive: true }), join(dir, "sub")), /sub: is a directory/],
  ])("gives an InputError for %s", async (_name, make, message) => {
    const path = make();
    const error = await readArticle(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});

describe("readArticle on HTML", () => {
  const page = '<!doctype html><html><head><meta charset="utf-8"><title>星河2发布 - 科技日报</title></head><body><nav>首页 腾讯</nav><article><h1>星河2发布</h1><p>OpenAI发布GPT-4。</p></article></body></html>';

  it("detects HTML by extension and by content, and extracts the article", async () => {
    for (const name of ["page.html", "page.txt"]) {
      const article = await readArticle(file(name, page));
      expect(article).toMatchObject({ format: "html", title: "星河2发布", text: "星河2发布\nOpenAI发布GPT-4。" });
    }
  });

  it("follows --input-format over detection", async () => {
    const article = await readArticle(file("forced.html", page), { inputFormat: "text" });
    expect(article.format).toBe("text");
    expect(article.text).toBe(page);
  });

  it("honours <meta charset> for a legacy-encoded page", async () => {
    const head = Buffer.from('<html><head><meta charset="gbk"></head><body><p>', "latin1");
    const body = Buffer.from("b0d9b6c8b7a2b2bccec4d0c4d2bbd1d4", "hex");
    const article = await readArticle(file("gbk.html", Buffer.concat([head, body, Buffer.from("</p></body></html>")])));
    expect(article).toMatchObject({ encoding: "gb18030", text: "百度发布文心一言" });
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
