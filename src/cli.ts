// The command line: argument parsing, stdout/stderr, colour and exit codes. The only module that
// touches `process`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Chalk } from "chalk";
import { Presets, SingleBar } from "cli-progress";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { z } from "zod";
import { ExtractError, InputError } from "./errors.js";
import { createExtractor, type Extractor, type ExtractorOptions } from "./pipeline.js";
import { createBaselineExtractor } from "./baseline.js";
import { ResultCache } from "./batch/cache.js";
import { ARTICLE_EXTENSIONS, collectInputs, parseShard } from "./batch/inputs.js";
import { fileSink, streamSink, writeIntoFolder, type Sink } from "./batch/output.js";
import { runBatch } from "./batch/run.js";
import { loadLexicon } from "./lexicon/load.js";
import { findAnnotatedArticles, loadGold, scoreDocument, summarize, type FileScore } from "./eval.js";
import { formatReport } from "./eval-report.js";
import { ExtractionDocument } from "./schema.js";
import { isSupportedEncoding, STDIN, readArticle } from "./stages/read.js";
import { writers, type OutputFormat } from "./writers/index.js";

/** Exit codes, documented in README.md. */
const EXIT = { ok: 0, input: 1, usage: 2, config: 3, belowMinF1: 4, internal: 70 } as const;

const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const useColor = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR && process.env.FORCE_COLOR !== "0";
const color = new Chalk({ level: useColor ? 1 : 0 });

/** One line on stderr, whatever the message holds. */
function warn(message: string): void {
  process.stderr.write(`${color.red("extract:")} ${oneLine(message)}\n`);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}

const EXAMPLES = `
Examples:
  $ extract article.txt                          one JSON document on stdout
  $ cat article.txt | extract                    read stdin (or: extract - < article.txt)
  $ extract article.txt | jq '.entities[] | select(.type=="model") | .name'
  $ extract a.txt b.txt --format jsonl           one compact JSON line per document
  $ extract article.txt --format csv -o out.csv  one row per entity and per fact
  $ extract --schema > extract.schema.json       JSON Schema of the output
  $ extract eval fixtures/test --min-f1 0.85     score against gold files

Exit codes: 0 ok, 1 an input could not be processed, 2 usage error,
3 lexicon or output file problem, 4 eval below --min-f1, 70 internal error.`;

interface Options {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  compact?: boolean;
  schema?: boolean;
  withText?: boolean;
  inputFormat?: "text" | "html";
  encoding?: string;
  jobs: number;
  filesFrom?: string;
  include: string[];
  exclude: string[];
  ext?: string;
  shard?: { index: number; count: number };
  cache?: string;
  errorsJsonl?: string;
  failFast?: boolean;
  progress?: boolean;
  quiet?: boolean;
}

interface EvalOptions {
  baseline?: boolean;
  verbose?: boolean;
  json?: boolean;
  minF1?: number;
}

function buildProgram(onEval: (dir: string, options: EvalOptions) => void): Command {
  const program = new Command()
    .name("extract")
    .description("Extract organizations, AI models, people, benchmarks, products, parameter counts and benchmark scores from Chinese tech-news articles as source-grounded JSON.")
    .version(version, "-V, --version")
    .argument("[inputs...]", 'article files (text or HTML), folders (read recursively) or quoted globs; "-" or none reads stdin')
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv"]).default("json"))
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("--compact", "compact JSON even on a terminal")
    .option("--with-text", "add the document text (what every offset indexes) to each document as `text`")
    .addOption(new Option("--input-format <format>", "read inputs as text or html (default: by extension and content)").choices(["text", "html"]))
    .option("--encoding <name>", "decode inputs with this encoding (utf-8, gb18030, gbk, big5, utf-16le) instead of detecting it", parseEncoding)
    .option("--out-dir <dir>", "write one JSON file per input into this folder, mirroring the input tree")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)", parsePositive, availableParallelism())
    .option("--files-from <file>", 'read input paths from a file, one per line ("-": stdin)')
    .option("--include <glob>", "only inputs whose relative path matches (repeatable)", collect, [] as string[])
    .option("--exclude <glob>", "skip inputs whose relative path matches (repeatable)", collect, [] as string[])
    .option("--ext <list>", `extensions read from folders and globs (default: ${ARTICLE_EXTENSIONS.join(",")})`)
    .option("--shard <i/n>", "process only shard i of n (a stable hash of the relative path)", parseShardOption)
    .option("--cache <dir>", "reuse results of unchanged inputs from this folder (keyed by content and versions)")
    .option("--errors-jsonl <file>", "also write one JSON line per failed input (path, code, message) to this file")
    .option("--fail-fast", "stop at the first input that fails")
    .option("--progress", "show a progress bar on stderr even when it is not a terminal")
    .option("-q, --quiet", "no summary line on stderr")
    .option("--schema", "print the JSON Schema of the output and exit")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`${color.red("extract:")} ${oneLine(s.replace(/^error: /, ""))} (see extract --help)\n`),
    })
    // A root action makes commander take non-command words as inputs (a file may be named anything).
    .action(() => undefined);
  program
    .command("eval")
    .description("score extraction against gold files (<name>.gold.json beside each article) under a folder")
    .argument("<dir>", "folder searched recursively for annotated articles")
    .option("--verbose", "list every false positive and false negative")
    .option("--baseline", "score the nodejieba + regex baseline instead of extract")
    .option("--json", "print the figures as JSON")
    .option("--min-f1 <x>", "exit with code 4 when micro-F1 is below x", parseUnitInterval)
    .exitOverride()
    .configureOutput(program.configureOutput())
    .action((dir: string, options: EvalOptions) => onEval(dir, options));
  return program;
}

function parseEncoding(value: string): string {
  if (!isSupportedEncoding(value)) throw new InvalidArgumentError("expected utf-8, gb18030, gbk, big5 or utf-16le");
  return value;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}

function parseShardOption(value: string): { index: number; count: number } {
  const shard = parseShard(value);
  if (shard === null) throw new InvalidArgumentError('expected "i/n" with 1 ≤ i ≤ n, e.g. 2/8');
  return shard;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseUnitInterval(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1");
  return x;
}

/** Runs the command line and returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let evalRequest: { dir: string; options: EvalOptions } | null = null;
  const program = buildProgram((dir, options) => (evalRequest = { dir, options }));
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  if (evalRequest !== null) {
    const { dir, options } = evalRequest;
    return runEval(dir, options);
  }
  const options = program.opts<Options>();
  if (options.schema) {
    process.stdout.write(`${JSON.stringify(z.toJSONSchema(ExtractionDocument, { io: "output" }), null, 2)}\n`);
    return EXIT.ok;
  }
  let inputs = program.args;
  if (options.filesFrom !== undefined) {
    try {
      inputs = [...inputs, ...(await readList(options.filesFrom))];
    } catch (error) {
      warn(`${options.filesFrom}: cannot read the list of inputs (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return EXIT.input;
    }
  }
  if (options.output !== undefined && options.outDir !== undefined) {
    warn("--output and --out-dir cannot be used together (see extract --help)");
    return EXIT.usage;
  }
  if (inputs.length === 0 && options.filesFrom === undefined) {
    if (process.stdin.isTTY) {
      warn("no input: pass article files, or pipe text to stdin (see extract --help)");
      return EXIT.usage;
    }
    inputs = [STDIN];
  }
  if (inputs.filter((i) => i === STDIN).length + (options.filesFrom === STDIN ? 1 : 0) > 1) {
    warn("stdin (-) can be read only once (see extract --help)");
    return EXIT.usage;
  }
  return run(inputs, options);
}

/** Settings from the environment: EXTRACT_JIEBA_DICT=full loads jieba's full dictionary (the benchmark compares). */
function extractorOptions(): ExtractorOptions {
  return { jiebaDictionary: process.env.EXTRACT_JIEBA_DICT === "full" ? "full" : "trimmed" };
}

/** Whether an input argument names a folder or is a glob (either makes the run a batch). */
function isFolderOrGlob(arg: string): boolean {
  try {
    if (statSync(arg).isDirectory()) return true;
  } catch {
    /* not a path: maybe a glob */
  }
  return /[*?[\]{}]/.test(arg);
}

/** Identifies the installed code: a hash of the compiled modules, so that a cache never outlives a change. */
function buildId(): string {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const hash = createHash("sha256").update(version);
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js")).sort()) {
    hash.update(file).update(readFileSync(join(root, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Input paths listed in a file (or "-" for stdin), one per line; blank lines and # comments skipped. */
async function readList(from: string): Promise<string[]> {
  const text = from === STDIN ? (await readStdin()).toString("utf8") : await readFile(from, "utf8");
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith("#"));
}

async function run(args: string[], options: Options): Promise<number> {
  const started = performance.now();
  const extensions = options.ext ? options.ext.split(",").map((e) => e.trim()).filter(Boolean) : ARTICLE_EXTENSIONS;
  const { files, unlisted } = collectInputs(args, { extensions, include: options.include, exclude: options.exclude, shard: options.shard, warn });
  // A folder, a glob or a list is a batch (a JSON array) however many files it holds.
  const batch = files.length !== 1 || args.length !== 1 || options.filesFrom !== undefined || isFolderOrGlob(args[0]!);
  const pretty = options.format === "json" && !options.compact && options.output === undefined && Boolean(process.stdout.isTTY);
  const writer = writers[options.format]({ pretty, many: batch });
  const extractorConfig = extractorOptions();
  const readOptions = { inputFormat: options.inputFormat, encoding: options.encoding };
  let cache: ResultCache | undefined;
  try {
    const lexiconVersion = loadLexicon().version; // also checks the lexicon before any worker starts
    if (options.cache !== undefined) {
      cache = new ResultCache(options.cache, JSON.stringify([buildId(), lexiconVersion, readOptions, options.withText ?? false, extractorConfig]));
    }
  } catch (error) {
    if (error instanceof ExtractError) {
      warn(error.message);
      return EXIT.config;
    }
    // A cache folder that cannot be made only costs speed.
    warn(`${options.cache}: cannot use the cache folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); going on without it`);
  }
  let sink: Sink;
  let errorLog: Sink | null;
  try {
    sink = options.output !== undefined ? fileSink(options.output) : streamSink(process.stdout);
    errorLog = options.errorsJsonl !== undefined ? fileSink(options.errorsJsonl) : null;
  } catch (error) {
    warn(`${options.output ?? options.errorsJsonl}: cannot write output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return EXIT.config;
  }
  const bar = progressBar(files.length, options.progress === true);
  // Ctrl-C leaves no partial output file behind (stdout is the caller's).
  const interrupted = () => {
    sink.abandon();
    errorLog?.abandon();
    bar?.stop();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const totals = { documents: 0, entities: 0, facts: 0, failed: 0, cached: 0, bytes: 0, internal: 0 };
  try {
    // Folders that could not be listed are failed inputs; the rest of the run goes on.
    for (const folder of unlisted) {
      totals.failed++;
      warn(folder.message);
      await errorLog?.write(`${JSON.stringify({ path: folder.path, code: folder.code, message: folder.message })}\n`);
    }
    await sink.write(options.outDir === undefined ? writer.begin() : "");
    const results = runBatch(files, {
      jobs: Math.min(options.jobs, Math.max(1, files.length)),
      extractor: extractorConfig,
      process: {
        read: readOptions,
        withText: options.withText ?? false,
        // Workers serialize JSON themselves: the main thread only joins strings.
        indent: options.outDir !== undefined ? 2 : writer.serialized ? writer.serialized.indent : null,
      },
      cache,
      stdin: readStdin,
    });
    for await (const result of results) {
      totals.bytes += result.bytes;
      bar?.tick();
      if (!("error" in result)) {
        if (options.outDir !== undefined) writeIntoFolder(options.outDir, result.file.relative, `${result.json}\n`);
        else if (result.json !== null && writer.serialized) await sink.write(writer.serialized.write(result.json, totals.documents));
        else await sink.write(writer.write(result.doc ?? JSON.parse(result.json!), totals.documents));
        totals.documents++;
        totals.entities += result.entities;
        totals.facts += result.facts;
        if (result.cached) totals.cached++;
        continue;
      }
      totals.failed++;
      if (result.error.internal) totals.internal++;
      if (bar) bar.say(result.error.message);
      else warn(result.error.message);
      await errorLog?.write(`${JSON.stringify({ path: result.file.path, code: result.error.code, message: result.error.message })}\n`);
      if (options.failFast) break;
    }
    await sink.write(options.outDir === undefined ? writer.end() : "");
    await sink.commit();
    await errorLog?.commit();
  } catch (error) {
    sink.abandon();
    errorLog?.abandon();
    bar?.stop();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    warn(`${options.output ?? options.outDir ?? "output"}: cannot write output (${code})`);
    return EXIT.config;
  }
  bar?.stop();
  if (batch && !options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const mb = totals.bytes / 1024 / 1024;
    const cached = totals.cached > 0 ? `, ${totals.cached} from cache` : "";
    process.stderr.write(
      `extract: ${totals.documents} documents${cached}, ${totals.entities} entities, ${totals.facts} facts, ${totals.failed} failed; ` +
        `${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s (${(mb / Math.max(seconds, 1e-6)).toFixed(2)} MB/s)\n`,
    );
  }
  if (totals.internal > 0) return EXIT.internal;
  return totals.failed > 0 ? EXIT.input : EXIT.ok;
}

/**
 * A progress bar on stderr (files done/total, rate, ETA): on a terminal (not in CI), or when asked for.
 * `say` prints a message line above it and keeps the bar going.
 */
function progressBar(total: number, forced: boolean): { tick(): void; say(message: string): void; stop(): void } | null {
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  if (total < 2 || !(interactive || forced)) return null;
  const bar = new SingleBar(
    { stream: process.stderr, format: "extract {bar} {value}/{total} files | {rate} files/s | {eta_formatted} left", noTTYOutput: forced, notTTYSchedule: 2000, hideCursor: interactive },
    Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  bar.start(total, 0, { rate: "0.0" });
  const rate = () => (done / Math.max((performance.now() - started) / 1000, 1e-3)).toFixed(1);
  return {
    tick() {
      done++;
      bar.update(done, { rate: rate() });
    },
    say(message) {
      bar.stop();
      warn(message);
      bar.start(total, done, { rate: rate() });
    },
    stop: () => bar.stop(),
  };
}

async function runEval(dir: string, options: EvalOptions): Promise<number> {
  let extractor: Pick<Extractor, "extract">;
  let lexicon: Extractor["lexicon"] | undefined;
  let pairs: { article: string; gold: string }[];
  try {
    pairs = findAnnotatedArticles(dir);
    // The baseline must not see our lexicon: nodejieba holds one dictionary per process.
    const ours = createExtractor(options.baseline ? { segmenter: { tag: () => [] } } : extractorOptions());
    lexicon = ours.lexicon;
    extractor = options.baseline ? createBaselineExtractor() : ours;
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    warn(error.message);
    return error instanceof InputError ? EXIT.input : EXIT.config;
  }
  if (pairs.length === 0) {
    warn(`${dir}: no article with a .gold.json file beside it`);
    return EXIT.input;
  }
  const scores: FileScore[] = [];
  let failed = 0;
  for (const { article, gold } of pairs) {
    try {
      const input = await readArticle(article, {}, readStdin);
      scores.push(scoreDocument(article, extractor.extract(input), loadGold(gold), input.text, lexicon));
    } catch (error) {
      // One unreadable article or gold file is reported and skipped; the others are still scored.
      if (!(error instanceof ExtractError)) throw error;
      warn(error.message);
      failed++;
    }
  }
  const report = summarize(scores);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(`extract eval ${options.baseline ? "--baseline " : ""}${dir}`, report, options.verbose ?? false));
  if (options.minF1 !== undefined && report.micro.f1 < options.minF1) {
    warn(`micro-F1 ${report.micro.f1.toFixed(3)} is below --min-f1 ${options.minF1}`);
    return EXIT.belowMinF1;
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `extract … | head` closes the pipe early: that is not an error. Any other failure to write
  // stdout (a full disk) is an output problem.
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  warn(`cannot write to stdout (${error.code ?? error.message})`);
  process.exit(EXIT.config);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    warn(`internal error: ${(error as Error)?.message ?? String(error)} (set EXTRACT_DEBUG=1 for details)`);
    if (process.env.EXTRACT_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    process.exitCode = EXIT.internal;
  },
);
