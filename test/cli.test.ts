import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchDir } from "./helpers/files.js";

const BIN = resolve("bin/extract.js");
const FIXTURE = "fixtures/dev/news-release.txt";
const { dir, file } = scratchDir("extract-cli-");

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? "",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


describe("extract (CLI)", () => {
  it("prints one JSON document for a file", () => {
    const r = run([FIXTURE]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.source).toMatchObject({ path: FIXTURE, format: "text", encoding: "utf-8" });
    expect(doc.entities.some((e: { type: string }) => e.type === "model")).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("reads stdin with - and when no input is given", () => {
    const text = "OpenAI发布GPT-4。";
    for (const args of [["-"], []]) {
      const doc = JSON.parse(run(args, text).stdout);
      expect(doc.source.path).toBeNull();
      expect(doc.entities.map((e: { name: string }) => e.name)).toEqual(["OpenAI", "GPT-4"]);
    }
  });

  it("prints one compact line per document with --format jsonl, in sorted path order", () => {
    const r = run([FIXTURE, "fixtures/dev/market-report.txt", "--format", "jsonl"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(["fixtures/dev/market-report.txt", FIXTURE]);
  });

  it("prints a JSON array for several inputs with --format json, each input once", () => {
    expect(JSON.parse(run([FIXTURE, "fixtures/dev/flash-a.txt", FIXTURE]).stdout)).toHaveLength(2);
  });

  it("prints CSV with the documented header", () => {
    const r = run([FIXTURE, "--format", "csv"]);
    expect(r.stdout.split("\r\n")[0]).toBe("source,kind,type,name,aliases,developer,model,benchmark,subtask,value,unit,scale,rank,qualifier,text,start,end,mentions");
    expect(r.stdout).toMatch(/\r\nfixtures\/dev\/news-release\.txt,parameterCount,/);
  });

  it("writes -o through a temporary file, keeping the file's mode", () => {
    const out = join(dir, "out.json");
    writeFileSync(out, "old", { mode: 0o640 });
    expect(run([FIXTURE, "-o", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).schemaVersion).toBe(1);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => /^\..*\.tmp$/.test(f))).toEqual([]);
  });

  it("follows a symbolic link with -o and writes devices directly", () => {
    const target = join(dir, "target.json");
    const link = join(dir, "link.json");
    writeFileSync(target, "old");
    symlinkSync(target, link);
    expect(run([FIXTURE, "-o", link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, "utf8")).schemaVersion).toBe(1);
    // A FIFO stands for a device: written to directly, never replaced by a regular file.
    const fifo = join(dir, "fifo");
    spawnSync("mkfifo", [fifo]);
    const reader = spawnSync("bash", ["-c", `cat ${fifo} > ${join(dir, "from-fifo.json")} & node ${BIN} ${FIXTURE} -o ${fifo}; wait`], { env: { ...process.env, NO_COLOR: "1" } });
    expect(reader.status).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "from-fifo.json"), "utf8")).schemaVersion).toBe(1);
  });

  it("leaves no file when -o cannot be written", () => {
    const sub = join(dir, "no", "such");
    const r = run([FIXTURE, "-o", join(sub, "out.json")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write output/);
    expect(existsSync(join(dir, "no"))).toBe(false);
  });

  it("prints the JSON Schema of the output", () => {
    const schema = JSON.parse(run(["--schema"]).stdout);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "source", "text", "entities", "parameterCounts", "benchmarkScores"]);
    expect(schema.required).toEqual(["schemaVersion", "source", "entities", "parameterCounts", "benchmarkScores"]);
  });

  it("shows help with examples and the version", () => {
    expect(run(["--help"]).stdout).toMatch(/Examples:[\s\S]*--format jsonl/);
    expect(run(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("gives a valid empty document for an empty file", () => {
    const doc = JSON.parse(run([file("empty.txt", "")]).stdout);
    expect(doc).toMatchObject({ entities: [], parameterCounts: [], benchmarkScores: [] });
  });

  describe("bad input: one line naming the input, a documented exit code, no stack trace", () => {
    it.each([
      ["a missing file", () => [join(dir, "missing.txt")], 1, /missing\.txt: no such file/],
      ["a binary file", () => [file("bin.dat", Buffer.from([0, 1, 2, 3, 0]))], 1, /binary file/],
      ["bytes in no supported encoding", () => [file("odd.txt", Buffer.from([0xe7, 0x99, 0xbe, 0xff, 0xff, 0xff]))], 1, /not text in a supported encoding \(not valid UTF-8 at byte 3/],
      ["a binary file named .html", () => [file("bin.html", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))], 1, /binary file/],
      ["an unknown encoding", () => [FIXTURE, "--encoding", "ebcdic"], 2, /option '--encoding <name>' argument 'ebcdic' is invalid/],
      ["an unknown flag", () => ["--frobnicate"], 2, /unknown option '--frobnicate'/],
      ["a mistyped flag, with its suggestion on the same line", () => ["--formt", "csv"], 2, /unknown option '--formt' \(Did you mean --format\?\)/],
      ["a bad format", () => [FIXTURE, "--format", "xml"], 2, /--format/],
    ])("%s", (_name, args, code, message) => {
      const r = run(args());
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    });

    it.each([
      ["truncated HTML", "<html><body><article><p>OpenAI发布GPT-4，参数"],
      ["HTML with no body", "<!doctype html><html><head><title></title></head></html>"],
      ["unclosed tags", "<div><p>百度<p>文心一言<table><tr><td>1"],
    ])("gives a valid document for %s", (_name, content) => {
      const r = run([file(`odd-${_name.length}.html`, content), "--with-text"]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      const cps = [...doc.text];
      for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join("")).toBe(m.text);
    });

    it("gives a valid document for mixed line endings in a text file", () => {
      const r = run([file("mixed.txt", "OpenAI发布GPT-4。\r\n百度发布文心一言。\n腾讯\r发布混元。\r\n"), "--with-text"]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.entities.map((e: { name: string }) => e.name)).toEqual(["OpenAI", "GPT-4", "百度", "文心一言", "腾讯", "混元"]);
      const cps = [...doc.text];
      for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join("")).toBe(m.text);
    });

    it("reads an HTML fragment without <html> or <body>", () => {
      const r = run([file("fragment.html", "<p>OpenAI发布GPT-4。</p><p>百度发布文心一言。</p>"), "--with-text"]);
      expect(JSON.parse(r.stdout).text).toBe("OpenAI发布GPT-4。\n百度发布文心一言。");
    });

    it("reads a 20 MB page without trouble", () => {
      // Mostly page weight (scripts, styles, navigation), as on real sites, around a long article.
      const paragraph = `<p>${"星河大模型在MMLU上得分86.4，OpenAI发布GPT-4。".repeat(10)}</p>`;
      const script = `<script>${"var a=1;".repeat(1_800_000)}</script><style>${".x{color:red}".repeat(400_000)}</style>`;
      const nav = `<nav>${'<a href="#">栏目</a>'.repeat(100_000)}</nav>`;
      const page = `<!doctype html><html><head>${script}</head><body>${nav}<article>${paragraph.repeat(500)}</article></body></html>`;
      expect(Buffer.byteLength(page)).toBeGreaterThan(20 * 1024 * 1024);
      const r = run([file("large.html", page), "--format", "jsonl"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).entities.length).toBeGreaterThan(2);
    });

    it("keeps the other inputs' results when one input fails", () => {
      const r = run([FIXTURE, join(dir, "missing.txt"), "fixtures/dev/market-report.txt", "--format", "jsonl"]);
      expect(r.code).toBe(1);
      expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).source.path)).toEqual(["fixtures/dev/market-report.txt", FIXTURE]);
      expect(r.stderr).toMatch(/missing\.txt: no such file/);
    });

    it("writes -o with the good results and exits 1", () => {
      const out = join(dir, "partial.jsonl");
      const r = run([FIXTURE, join(dir, "missing.txt"), "--format", "jsonl", "-o", out]);
      expect(r.code).toBe(1);
      expect(readFileSync(out, "utf8").trimEnd().split("\n")).toHaveLength(1);
    });

    it("reads stdin only once", () => {
      const r = run(["-", "-"], "百度");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/stdin \(-\) can be read only once/);
    });
  });

  describe("eval", () => {
    it("prints the figures as JSON", () => {
      const r = run(["eval", "fixtures/dev", "--json"]);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.files).toBeGreaterThanOrEqual(6);
      expect(report.spanMatchRate).toBe(1);
      expect(Object.keys(report.perCategory)).toEqual(["organization", "model", "person", "benchmark", "product", "parameterCounts", "benchmarkScores"]);
    });

    it("lists errors with --verbose and fails under --min-f1", () => {
      const r = run(["eval", "fixtures/dev", "--verbose", "--min-f1", "0.999"]);
      expect(r.code).toBe(4);
      expect(r.stdout).toMatch(/^(FP|FN) /m);
      expect(r.stderr).toMatch(/below --min-f1 0\.999/);
    });

    it("scores the nodejieba + regex baseline well below extract", () => {
      const ours = JSON.parse(run(["eval", "fixtures/dev", "--json"]).stdout);
      const baseline = JSON.parse(run(["eval", "fixtures/dev", "--json", "--baseline"]).stdout);
      expect(baseline.files).toBe(ours.files);
      expect(baseline.micro.f1).toBeGreaterThan(0);
      expect(ours.micro.f1).toBeGreaterThan(baseline.micro.f1 + 0.3);
    });

    it("rejects a folder without gold files", () => {
      const r = run(["eval", dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no article with a \.gold\.json file/);
    });
  });
});
