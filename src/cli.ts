// The command line: argument parsing, stdout/stderr, colour and exit codes. The only module that
// touches `process`.
import { readFileSync } from "node:fs";
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Chalk } from "chalk";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { z } from "zod";
import { ExtractError, InputError, SchemaError } from "./errors.js";
import { createExtractor, type Extractor, type ExtractorOptions } from "./pipeline.js";
import { createBaselineExtractor } from "./baseline.js";
import { findAnnotatedArticles, loadGold, scoreDocument, summarize, type FileScore } from "./eval.js";
import { formatReport } from "./eval-report.js";
import { ExtractionDocument } from "./schema.js";
import { STDIN, readArticle } from "./stages/read.js";
import { writers, type OutputFormat } from "./writers/index.js";

/** Exit codes, documented in README.md. */
export const EXIT = { ok: 0, input: 1, usage: 2, config: 3, belowMinF1: 4, internal: 70 } as const;

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
  compact?: boolean;
  schema?: boolean;
  withText?: boolean;
  inputFormat?: "text" | "html";
  encoding?: string;
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
    .argument("[inputs...]", 'article files (UTF-8 text); "-" or none reads stdin')
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv"]).default("json"))
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("--compact", "compact JSON even on a terminal")
    .option("--with-text", "add the document text (what every offset indexes) to each document as `text`")
    .addOption(new Option("--input-format <format>", "read inputs as text or html (default: by extension and content)").choices(["text", "html"]))
    .option("--encoding <name>", "decode inputs with this encoding (utf-8, gb18030, gbk, big5, utf-16le) instead of detecting it")
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

function parseUnitInterval(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1");
  return x;
}

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
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
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      warn("no input: pass article files, or pipe text to stdin (see extract --help)");
      return EXIT.usage;
    }
    inputs = [STDIN];
  }
  if (inputs.filter((i) => i === STDIN).length > 1) {
    warn("stdin (-) can be read only once (see extract --help)");
    return EXIT.usage;
  }
  return run(inputs, options);
}

/** Settings from the environment: EXTRACT_JIEBA_DICT=full loads jieba's full dictionary (the benchmark compares). */
function extractorOptions(): ExtractorOptions {
  return { jiebaDictionary: process.env.EXTRACT_JIEBA_DICT === "full" ? "full" : "trimmed" };
}

async function run(inputs: string[], options: Options): Promise<number> {
  const pretty = options.format === "json" && !options.compact && options.output === undefined && Boolean(process.stdout.isTTY);
  const writer = writers[options.format]({ pretty, many: inputs.length > 1 });
  let extractor: Extractor;
  try {
    extractor = createExtractor(extractorOptions());
  } catch (error) {
    if (error instanceof ExtractError) {
      warn(error.message);
      return EXIT.config;
    }
    throw error;
  }
  const chunks: string[] = [];
  const emit = (text: string) => {
    if (text.length === 0) return;
    if (options.output === undefined) process.stdout.write(text);
    else chunks.push(text);
  };
  emit(writer.begin());
  let written = 0;
  let failed = 0;
  for (const input of inputs) {
    try {
      const article = await readArticle(input, { inputFormat: options.inputFormat, encoding: options.encoding }, readStdin);
      const doc = extractor.extract(article);
      emit(writer.write(options.withText ? { ...doc, text: article.text } : doc, written++));
    } catch (error) {
      if (!(error instanceof InputError || error instanceof SchemaError)) throw error;
      warn(error.message);
      failed++;
    }
  }
  emit(writer.end());
  if (options.output !== undefined) {
    try {
      await writeAtomically(options.output, chunks.join(""));
    } catch (error) {
      warn(`${options.output}: cannot write output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return EXIT.config;
    }
  }
  return failed > 0 ? EXIT.input : EXIT.ok;
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

/**
 * Writes `content` to `path` so that a failure never leaves a partial file: a temporary file beside it,
 * renamed over it, keeping an existing file's mode. A path that is not a regular file (a device such as
 * /dev/stdout, a FIFO) is written to directly, and a symbolic link is followed, never replaced.
 */
async function writeAtomically(path: string, content: string): Promise<void> {
  let target = path;
  let mode: number | undefined;
  try {
    target = await realpath(path);
    const info = await stat(target);
    if (!info.isFile()) {
      await writeFile(target, content);
      return;
    }
    mode = info.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, mode === undefined ? {} : { mode });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
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
