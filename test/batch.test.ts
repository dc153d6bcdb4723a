import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/extract.js");

function run(args: string[], options: { input?: string; shell?: string } = {}) {
  const r = options.shell
    ? spawnSync("bash", ["-c", options.shell], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus folder: nested folders, a symbolic-link loop, a binary file, an unreadable file, an empty
 * file, a GBK file, an HTML page, a hidden file and a non-article file. */
function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), "extract-batch-"));
  mkdirSync(join(root, "news", "2024"), { recursive: true });
  mkdirSync(join(root, "blogs"));
  copyFileSync("fixtures/dev/flash-a.txt", join(root, "news", "flash-a.txt"));
  copyFileSync("fixtures/dev/news-release.txt", join(root, "news", "2024", "release.txt"));
  copyFileSync("fixtures/formats/raw/gbk-news.txt", join(root, "news", "2024", "gbk.txt"));
  copyFileSync("fixtures/formats/raw/blog-post.html", join(root, "blogs", "post.html"));
  copyFileSync("fixtures/dev/market-report.txt", join(root, "blogs", "market.md"));
  writeFileSync(join(root, "empty.txt"), "");
  writeFileSync(join(root, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
  writeFileSync(join(root, "notes.json"), "{}"); // not an article extension: skipped
  writeFileSync(join(root, ".hidden.txt"), "OpenAI发布GPT-4。"); // hidden: skipped
  symlinkSync("/proc/self/mem", join(root, "unreadable.txt")); // reading fails (EIO) even as root
  symlinkSync(root, join(root, "news", "loop")); // a loop back to the root
  return root;
}

const GOOD = ["blogs/market.md", "blogs/post.html", "empty.txt", "news/2024/gbk.txt", "news/2024/release.txt", "news/flash-a.txt"];
const BAD = ["binary.txt", "unreadable.txt"];
const lines = (stdout: string) => stdout.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("extract DIR", () => {
  const root = corpus();
  const rel = (p: string) => p.slice(root.length + 1);

  it("gives every good file exactly one result and every bad one exactly one error, in sorted order", () => {
    const r = run([root, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((d) => rel(d.source.path))).toEqual(GOOD);
    const errors = r.stderr.split("\n").filter((l) => / binary| cannot be read/.test(l));
    expect(errors.map((l) => BAD.find((b) => l.includes(b)))).toEqual(BAD);
    expect(r.stderr).toMatch(/symbolic link loop/);
    expect(r.stderr).toMatch(/extract: 6 documents, \d+ entities, \d+ facts, 2 failed; [\d.]+ MB in [\d.]+ s/);
  });

  it("gives the same output with 1 and 2 jobs", () => {
    expect(run([root, "--format", "jsonl", "-j", "2"]).stdout).toBe(run([root, "--format", "jsonl", "-j", "1"]).stdout);
  });

  it("covers the corpus exactly once over shards 1/3, 2/3 and 3/3", () => {
    const all = lines(run([root, "--format", "jsonl"]).stdout).map((d) => JSON.stringify(d));
    const shards = ["1/3", "2/3", "3/3"].map((s) => lines(run([root, "--format", "jsonl", "--shard", s]).stdout).map((d) => JSON.stringify(d)));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(shards.filter((s) => s.length > 0).length).toBeGreaterThanOrEqual(2); // the hash spreads the files
    expect(run([root, "--shard", "4/3"]).code).toBe(2);
  });

  it("replays the cache with the same results, and only reads what changed", () => {
    const cache = mkdtempSync(join(tmpdir(), "extract-cache-"));
    const fresh = run([root, "--format", "jsonl", "--cache", cache]);
    const replay = run([root, "--format", "jsonl", "--cache", cache]);
    expect(replay.stdout).toBe(fresh.stdout);
    expect(replay.stderr).toMatch(/6 documents, 6 from cache/);
    expect(lines(replay.stdout)).toEqual(lines(run([root, "--format", "jsonl"]).stdout));
    // Another option that shapes the result (--with-text) is another key: nothing from cache.
    expect(run([root, "--format", "jsonl", "--cache", cache, "--with-text"]).stderr).not.toMatch(/from cache/);
    // The same bytes as HTML under another extension are read as HTML, not replayed as text.
    const copy = mkdtempSync(join(tmpdir(), "extract-copy-"));
    copyFileSync(join(root, "news", "flash-a.txt"), join(copy, "same.html"));
    expect(lines(run([copy, "--format", "jsonl", "--cache", cache]).stdout)[0].source.format).toBe("html");
  });

  it("names inputs relative to the folder all arguments share, and reads each file once", () => {
    const two = mkdtempSync(join(tmpdir(), "extract-two-"));
    mkdirSync(join(two, "a"));
    mkdirSync(join(two, "b"));
    copyFileSync("fixtures/dev/flash-a.txt", join(two, "a", "x.txt"));
    copyFileSync("fixtures/dev/flash-b.txt", join(two, "b", "x.txt"));
    const out = mkdtempSync(join(tmpdir(), "extract-two-out-"));
    run([join(two, "b"), join(two, "a"), join(two, "a", "x.txt"), "--out-dir", out]);
    expect(readdirSync(join(out, "a"))).toEqual(["x.txt.json"]);
    expect(readdirSync(join(out, "b"))).toEqual(["x.txt.json"]);
    const r = run([join(two, "b"), join(two, "a"), "--format", "jsonl"]);
    expect(lines(r.stdout).map((d) => d.source.path.slice(two.length + 1))).toEqual(["a/x.txt", "b/x.txt"]);
  });

  it("writes one JSON per input under --out-dir, mirroring the tree", () => {
    const out = mkdtempSync(join(tmpdir(), "extract-out-"));
    expect(run([root, "--out-dir", out]).code).toBe(1);
    const written = (dir: string, prefix = ""): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? written(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
    expect(written(out).sort()).toEqual(GOOD.map((g) => `${g}.json`));
    expect(JSON.parse(readFileSync(join(out, "news", "flash-a.txt.json"), "utf8")).schemaVersion).toBe(1);
  });

  it("writes a JSON line per failure with --errors-jsonl", () => {
    const log = join(mkdtempSync(join(tmpdir(), "extract-err-")), "errors.jsonl");
    run([root, "--format", "jsonl", "--errors-jsonl", log]);
    const errors = lines(readFileSync(log, "utf8"));
    expect(errors.map((e) => [rel(e.path), e.code])).toEqual([["binary.txt", "BINARY"], ["unreadable.txt", "EIO"]]);
  });

  it("stops at the first failure with --fail-fast", () => {
    const r = run([root, "--format", "jsonl", "--fail-fast", "--exclude", "binary.txt"]);
    expect(r.code).toBe(1);
    // Sorted order: the good files before unreadable.txt, then nothing after it.
    expect(lines(r.stdout).map((d) => rel(d.source.path))).toEqual(GOOD.filter((g) => g < "unreadable.txt"));
    expect(r.stderr.split("\n").filter((l) => /cannot be read/.test(l))).toHaveLength(1);
    const first = run([root, "--format", "jsonl", "--fail-fast"]);
    expect(lines(first.stdout)).toEqual([]); // binary.txt sorts first
  });

  it("reads a list of inputs, filters by pattern and extension", () => {
    const listed = run(["--files-from", "-", "--format", "jsonl"], { input: `${join(root, "empty.txt")}\n# a comment\n\n${join(root, "news", "flash-a.txt")}\n` });
    expect(lines(listed.stdout).map((d) => rel(d.source.path))).toEqual(["empty.txt", "news/flash-a.txt"]);
    const news = run([root, "--format", "jsonl", "--include", "news/**", "--exclude", "**/gbk.txt"]);
    expect(lines(news.stdout).map((d) => rel(d.source.path))).toEqual(["news/2024/release.txt", "news/flash-a.txt"]);
    const html = run([root, "--format", "jsonl", "--ext", "html"]);
    expect(lines(html.stdout).map((d) => rel(d.source.path))).toEqual(["blogs/post.html"]);
  });

  it("takes quoted globs", () => {
    const r = run([`${root}/news/**/*.txt`, "--format", "jsonl"]);
    expect(lines(r.stdout).map((d) => rel(d.source.path))).toEqual(["news/2024/gbk.txt", "news/2024/release.txt", "news/flash-a.txt"]);
    const out = mkdtempSync(join(tmpdir(), "extract-glob-"));
    run([`${root}/news/**/*.txt`, "--out-dir", out]);
    expect(readdirSync(out).sort()).toEqual(["2024", "flash-a.txt.json"]); // relative to the glob base
  });

  it("writes one CSV table with a source column for all documents", () => {
    const csv = run([root, "--format", "csv"]).stdout.split("\r\n").filter(Boolean);
    expect(csv[0]).toMatch(/^source,kind,/);
    expect(new Set(csv.slice(1).map((l) => rel(l.split(",")[0]!))).size).toBeGreaterThanOrEqual(4);
  });

  it("exits quietly when the reader stops early (| head -n 1)", () => {
    const err = join(mkdtempSync(join(tmpdir(), "extract-head-")), "stderr");
    const r = run([], { shell: `node ${BIN} ${root} --format jsonl 2>${err} | head -n 1; echo "status=\${PIPESTATUS[0]}"` });
    expect(JSON.parse(r.stdout.split("\n")[0]!).schemaVersion).toBe(1);
    expect(r.stdout).toMatch(/status=(0|1)/);
    expect(readFileSync(err, "utf8")).not.toMatch(/EPIPE|\n\s+at /);
  });
});
