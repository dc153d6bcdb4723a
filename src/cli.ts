// The command line: argument parsing, stdout/stderr, colour and exit codes. The only module that
// touches `process`.
import { readFileSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Chalk } from "chalk";
import { Command, CommanderError, Option } from "commander";
import { z } from "zod";
import { ExtractError, InputError, SchemaError } from "./errors.js";
import { createExtractor, type Extractor } from "./pipeline.js";
import { ExtractionDocument } from "./schema.js";
import { STDIN, readArticle } from "./stages/read.js";
import { writers, type OutputFormat } from "./writers/index.js";

/** Exit codes, documented in README.md. */
export const EXIT = { ok: 0, input: 1, usage: 2, config: 3, internal: 70 } as const;

const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const useColor = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR && process.env.FORCE_COLOR !== "0";
const color = new Chalk({ level: useColor ? 1 : 0 });

function warn(message: string): void {
  process.stderr.write(`${color.red("extract:")} ${message}\n`);
}

const EXAMPLES = `
Examples:
  $ extract article.txt                          one JSON document on stdout
  $ cat article.txt | extract                    read stdin (or: extract - < article.txt)
  $ extract article.txt | jq '.entities[] | select(.type=="model") | .name'
  $ extract a.txt b.txt --format jsonl           one compact JSON line per document
  $ extract article.txt --format csv -o out.csv  one row per entity and per fact
  $ extract --schema > extract.schema.json       JSON Schema of the output

Exit codes: 0 ok, 1 an input could not be processed, 2 usage error,
3 lexicon or output file problem, 70 internal error.`;

interface Options {
  format: OutputFormat;
  output?: string;
  compact?: boolean;
  schema?: boolean;
}

function buildProgram(): Command {
  return new Command()
    .name("extract")
    .description("Extract organizations, AI models, people, benchmarks, products, parameter counts and benchmark scores from Chinese tech-news articles as source-grounded JSON.")
    .version(version, "-V, --version")
    .argument("[inputs...]", 'article files (UTF-8 text); "-" or none reads stdin')
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv"]).default("json"))
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("--compact", "compact JSON even on a terminal")
    .option("--schema", "print the JSON Schema of the output and exit")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`${color.red("extract:")} ${s.replace(/^error: /, "").trimEnd()} (see extract --help)\n`),
    });
}

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.usage;
    }
    throw error;
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
  return run(inputs, options);
}

async function run(inputs: string[], options: Options): Promise<number> {
  const pretty = options.format === "json" && !options.compact && options.output === undefined && Boolean(process.stdout.isTTY);
  const writer = writers[options.format]({ pretty, many: inputs.length > 1 });
  let extractor: Extractor;
  try {
    extractor = createExtractor();
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
      const doc = extractor.extract(await readArticle(input));
      emit(writer.write(doc, written++));
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

/** Writes a temporary file beside `path` and renames it, so a failure never leaves a partial file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `extract … | head` closes the pipe early: that is not an error.
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
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
