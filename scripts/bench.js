// `npm run bench`: speed and memory of extract, each figure a ratio against bare nodejieba measured
// in the same run. Needs the build (npm run build). Prints a report on stdout.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const bin = join(root, "bin/extract.js");
const work = mkdtempSync(join(tmpdir(), "extract-bench-"));
const TIME = "/usr/bin/time";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Development articles only: the held-out test split must not steer design choices.
const devDir = join(root, "fixtures", "dev");
const fixtures = readdirSync(devDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(devDir, f), "utf8"));

// A 3,000-character article made of fixture paragraphs.
let article = "";
for (const text of fixtures) for (const p of text.split("\n")) if ([...article].length < 3000) article += `${p}\n`;
article = [...article].slice(0, 3000).join("");
const articlePath = join(work, "article.txt");
writeFileSync(articlePath, article);

/** Median wall time (s) and median peak RSS (MB) of a command over RUNS runs. */
function measure(args) {
  const times = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const useTime = existsSync(TIME);
    const r = useTime
      ? spawnSync(TIME, ["-f", "%M", process.execPath, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
      : spawnSync(process.execPath, args, { encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (r.status !== 0) throw new Error(`benchmark command failed: ${args.join(" ")}\n${r.stderr}`);
    if (useTime) rss.push(Number(r.stderr.trim().split("\n").pop()) / 1024);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { seconds: median(times), rssMB: rss.length ? median(rss) : NaN };
}

const bareCut = `const j=require("nodejieba");j.cut(require("fs").readFileSync(${JSON.stringify(articlePath)},"utf8"),true)`;
const cold = measure([bin, articlePath, "--compact"]);
const bare = measure(["-e", bareCut]);

// Throughput, in one process: fixtures repeated to ≥ 5 MB, extract vs bare nodejieba.tag on the same texts.
const { createExtractor } = await import(join(root, "dist/index.js"));
const nodejieba = (await import("nodejieba")).default;
const extractor = createExtractor();
const corpus = [];
let bytes = 0;
while (bytes < 5 * 1024 * 1024) {
  for (const text of fixtures) {
    corpus.push(text);
    bytes += Buffer.byteLength(text);
  }
}
const t0 = process.hrtime.bigint();
for (const text of corpus) nodejieba.tag(text);
const tagSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const t1 = process.hrtime.bigint();
let entities = 0;
for (const text of corpus) entities += extractor.extract({ path: null, format: "text", title: null, encoding: "utf-8", text }).entities.length;
const extractSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
const peakMB = process.resourceUsage().maxRSS / 1024;

// Segmentation with the trimmed vs the full jieba dictionary: same token boundaries on the fixtures?
function boundaries(dictionary) {
  const script = `
    const j = require("nodejieba");
    const dir = ${JSON.stringify(join(root, "dist/jieba"))};
    if (${JSON.stringify(dictionary)} === "trimmed") j.load({ dict: dir + "/dict.utf8", userDict: dir + "/user.utf8", idfDict: dir + "/idf.utf8", stopWordDict: dir + "/stop.utf8" });
    const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
    process.stdout.write(JSON.stringify(texts.map((t) => j.cut(t, true))));`;
  const r = spawnSync(process.execPath, ["-e", script], { input: JSON.stringify(fixtures), encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(r.stdout).map((words) => {
    const set = new Set();
    let at = 0;
    for (const w of words) set.add((at += w.length));
    return set;
  });
}
const trimmed = boundaries("trimmed");
const full = boundaries("full");
let same = 0;
let total = 0;
full.forEach((f, i) => {
  for (const b of f) {
    total++;
    if (trimmed[i].has(b)) same++;
  }
});

function f1With(dictionary) {
  const r = spawnSync(process.execPath, [bin, "eval", devDir, "--json"], { encoding: "utf8", env: { ...process.env, EXTRACT_JIEBA_DICT: dictionary } });
  return JSON.parse(r.stdout).micro.f1;
}

const mb = bytes / 1024 / 1024;
const lines = [
  `extract benchmark (${RUNS} runs each, medians; node ${process.version})`,
  "",
  `cold start, 3,000-character article, whole process:`,
  `  extract ${articlePath.split("/").pop()}           ${cold.seconds.toFixed(3)} s   ${cold.rssMB.toFixed(0)} MB peak RSS`,
  `  bare node -e nodejieba.cut        ${bare.seconds.toFixed(3)} s   ${bare.rssMB.toFixed(0)} MB peak RSS`,
  `  ratio extract / bare              ${(cold.seconds / bare.seconds).toFixed(2)}× time   ${(cold.rssMB / bare.rssMB).toFixed(2)}× memory`,
  "",
  `throughput, fixtures repeated to ${mb.toFixed(1)} MB (${corpus.length} articles), one process:`,
  `  nodejieba.tag                     ${(mb / tagSeconds).toFixed(2)} MB/s`,
  `  extract (all stages)              ${(mb / extractSeconds).toFixed(2)} MB/s   ${(corpus.length / extractSeconds).toFixed(0)} articles/s`,
  `  ratio extract / tag time          ${(extractSeconds / tagSeconds).toFixed(2)}×`,
  `  peak RSS of the run               ${peakMB.toFixed(0)} MB`,
  "",
  `trimmed vs full jieba dictionary on the fixtures:`,
  `  token boundaries shared           ${((100 * same) / total).toFixed(2)} % of the full dictionary's`,
  `  micro-F1, fixtures/dev            ${f1With("trimmed").toFixed(3)} trimmed, ${f1With("full").toFixed(3)} full`,
];
process.stdout.write(`${lines.join("\n")}\n`);

// ---------------------------------------------------------------------------------------------
// Batch: a generated corpus of ≥ 2,000 articles (≥ 20 MB) made of development fixtures.
if (process.env.BENCH_BATCH !== "0") {
  const { mkdirSync, rmSync } = await import("node:fs");
  const corpusDir = join(work, "corpus");
  const FILES = Number(process.env.BENCH_FILES ?? 2000);
  let corpusBytes = 0;
  for (let i = 0; i < FILES; i++) {
    const dir = join(corpusDir, String(i % 20).padStart(2, "0"));
    mkdirSync(dir, { recursive: true });
    // Four fixtures per article (a long report), rotated so that files differ.
    const text = [0, 7, 13, 19].map((k) => fixtures[(i + k) % fixtures.length]).join("\n\n") + `\n\n（编号${i}）\n`;
    writeFileSync(join(dir, `a${i}.txt`), text);
    corpusBytes += Buffer.byteLength(text);
  }
  const corpusMB = corpusBytes / 1024 / 1024;
  const timed = (args, env = {}) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(TIME, ["-f", "%M", process.execPath, bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) throw new Error(`batch run failed: ${args.join(" ")}\n${r.stderr.slice(-500)}`);
    return { seconds, rssMB: Number(r.stderr.trim().split("\n").pop()) / 1024 };
  };
  const out = join(work, "out.jsonl");
  const one = timed([corpusDir, "--format", "jsonl", "-q", "-j", "1", "-o", out]);
  const two = timed([corpusDir, "--format", "jsonl", "-q", "-j", "2", "-o", out]);
  const half = timed([corpusDir, "--format", "jsonl", "-q", "-j", "2", "-o", out, "--shard", "1/2"]);
  const cacheDir = join(work, "cache");
  const cold = timed([corpusDir, "--format", "jsonl", "-q", "-j", "2", "-o", out, "--cache", cacheDir]);
  const hit = timed([corpusDir, "--format", "jsonl", "-q", "-j", "2", "-o", out, "--cache", cacheDir]);

  // Bare nodejieba.tag on the same files, one core, jieba's own dictionary loaded as a script would.
  const bareScript = `
    const j = require("nodejieba"); const fs = require("fs"); const path = require("path");
    const files = []; for (const d of fs.readdirSync(process.argv[1])) for (const f of fs.readdirSync(path.join(process.argv[1], d))) files.push(path.join(process.argv[1], d, f));
    j.tag("预热");
    const t = process.hrtime.bigint(); for (const f of files) j.tag(fs.readFileSync(f, "utf8"));
    console.log(Number(process.hrtime.bigint() - t) / 1e9);`;
  const bareSeconds = Number(spawnSync(process.execPath, ["-e", bareScript, corpusDir], { encoding: "utf8" }).stdout.trim());

  const batchLines = [
    "",
    `batch: ${FILES} articles, ${corpusMB.toFixed(1)} MB (fixtures/dev, four per article), whole process incl. start-up:`,
    `  --jobs 1                          ${(FILES / one.seconds).toFixed(0)} docs/s   ${(corpusMB / one.seconds).toFixed(2)} MB/s   ${one.rssMB.toFixed(0)} MB peak RSS`,
    `  --jobs 2                          ${(FILES / two.seconds).toFixed(0)} docs/s   ${(corpusMB / two.seconds).toFixed(2)} MB/s   ${two.rssMB.toFixed(0)} MB peak RSS`,
    `  speed-up of 2 jobs over 1         ${(one.seconds / two.seconds).toFixed(2)}×`,
    `  per core vs bare nodejieba.tag    ${(corpusMB / one.seconds / (corpusMB / bareSeconds)).toFixed(2)}× (tag alone: ${(corpusMB / bareSeconds).toFixed(2)} MB/s, jieba's full dictionary)`,
    `  peak RSS, half the files (shard)  ${half.rssMB.toFixed(0)} MB vs ${two.rssMB.toFixed(0)} MB for all: flat in the number of files`,
    `  --cache: cold run ${cold.seconds.toFixed(2)} s, hit run ${hit.seconds.toFixed(2)} s (${(cold.seconds / hit.seconds).toFixed(1)}× faster)`,
  ];
  process.stdout.write(`${batchLines.join("\n")}\n`);
  rmSync(work, { recursive: true, force: true });
}
