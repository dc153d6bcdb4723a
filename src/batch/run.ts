// Runs many inputs: reads each file on the main thread, extracts on worker threads (or in-process for
// one job), and yields the outcomes in input order as soon as each one and all before it are done.
// At most a bounded window of inputs is in memory at once.
import { extname } from "node:path";
import { Worker } from "node:worker_threads";
import { createExtractor, type ExtractorOptions } from "../pipeline.js";
import type { ExtractionDocument } from "../schema.js";
import { readInputBytes } from "../stages/read.js";
import { ExtractError } from "../errors.js";
import type { ResultCache } from "./cache.js";
import type { InputFile } from "./inputs.js";
import { done, processInput, type Outcome, type ProcessOptions } from "./process.js";

/** How a batch runs: threads, extractor settings, per-input processing, an optional cache, stdin. */
export interface BatchOptions {
  jobs: number;
  extractor: ExtractorOptions;
  process: ProcessOptions;
  cache?: ResultCache;
  /** Reads stdin for an input named "-". */
  stdin: () => Promise<Buffer>;
  /** The worker script (tests give one that fails on purpose); defaults to ./worker.js. */
  workerUrl?: URL;
}

/** One input's outcome, in input order, with the input's size and whether the cache answered. */
export type BatchResult = Outcome & { file: InputFile; bytes: number; cached: boolean };

/** Inputs in flight per job: enough to keep workers busy, few enough to keep memory flat. */
const WINDOW_PER_JOB = 4;
/** Inputs handed to one worker at a time: a second one waits there, so no worker idles between inputs. */
const PER_WORKER = 2;

/** Yields every input's outcome in order. Stop early by breaking out of the loop (workers end). */
export async function* runBatch(files: InputFile[], options: BatchOptions): AsyncGenerator<BatchResult> {
  const extract = options.jobs > 1 ? workerPool(options) : inProcess(options);
  const window = Math.max(1, options.jobs) * WINDOW_PER_JOB;
  const pending = new Map<number, Promise<BatchResult>>();
  let next = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      while (next < files.length && next < i + window) {
        pending.set(next, processFile(files[next]!, options, extract.run));
        next++;
      }
      const result = await pending.get(i)!;
      pending.delete(i);
      yield result;
    }
  } finally {
    await extract.close();
  }
}

type Extract = { run: (path: string, bytes: Uint8Array) => Promise<Outcome>; close: () => Promise<void> };

async function processFile(file: InputFile, options: BatchOptions, run: Extract["run"]): Promise<BatchResult> {
  let bytes: Buffer;
  try {
    bytes = await readInputBytes(file.path, options.stdin);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    return { file, bytes: 0, cached: false, error: { code: error.code, message: error.message, internal: false } };
  }
  const kind = extname(file.path).toLowerCase(); // the extension decides text or HTML
  const cached = options.cache?.get(bytes, kind);
  if (cached) return { file, bytes: bytes.length, cached: true, ...done(withPath(cached, file.path), options.process.indent) };
  const outcome = await run(file.path, bytes);
  if (!("error" in outcome)) options.cache?.set(bytes, kind, outcome.json ?? JSON.stringify(outcome.doc));
  return { file, bytes: bytes.length, cached: false, ...outcome };
}

/** A cached document replayed for a path (the same content may sit under another name). */
function withPath(doc: ExtractionDocument, path: string): ExtractionDocument {
  return { ...doc, source: { ...doc.source, path: path === "-" ? null : path } };
}

function inProcess(options: BatchOptions): Extract {
  const extractor = createExtractor(options.extractor);
  return { run: (path, bytes) => processInput(extractor, path, bytes, options.process), close: async () => undefined };
}

/** `jobs` worker threads, each with its own extractor; inputs go to the least busy one. */
function workerPool(options: BatchOptions): Extract {
  const url = options.workerUrl ?? new URL("./worker.js", import.meta.url);
  type Job = { id: number; path: string; bytes: Uint8Array };
  const queue: Job[] = [];
  const waiting = new Map<number, (outcome: Outcome) => void>();
  /** Ready workers and the inputs each holds, in the order it works through them. */
  const held = new Map<Worker, Map<number, Job>>();
  let starting = options.jobs;
  let ids = 0;
  const crashed = (message: string): Outcome => ({ error: { code: "INTERNAL", message: `internal error in a worker: ${message}`, internal: true } });
  const settle = (id: number, outcome: Outcome) => {
    waiting.get(id)?.(outcome);
    waiting.delete(id);
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const [worker, jobs] = [...held].sort((a, b) => a[1].size - b[1].size)[0] ?? [];
      if (!worker || !jobs || jobs.size >= PER_WORKER) break;
      const job = queue.shift()!;
      jobs.set(job.id, job);
      worker.postMessage(job);
    }
    // With no worker left, or about to be, nothing queued can ever run: fail it rather than hang.
    if (held.size === 0 && starting === 0) for (const job of queue.splice(0)) settle(job.id, crashed("no worker is left"));
  };
  const dead = new Set<Worker>();
  const lost = (worker: Worker, message: string) => {
    if (dead.has(worker)) return; // "error" and then "exit" for the same worker
    dead.add(worker);
    if (!held.has(worker)) starting--; // it died before it was ready
    // The input it was working on fails; the ones waiting behind it go to another worker.
    const [current, ...waitingBehind] = [...(held.get(worker)?.values() ?? [])];
    if (current) settle(current.id, crashed(message));
    queue.unshift(...waitingBehind);
    held.delete(worker);
    dispatch();
  };
  const workers = Array.from({ length: options.jobs }, () => {
    const worker = new Worker(url, {
      workerData: { extractorOptions: options.extractor, processOptions: options.process },
      // A larger young generation: fewer scavenges for the many short-lived token and mention objects.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.on("message", (message: { ready?: boolean; id?: number; outcome?: Outcome }) => {
      if (message.ready) {
        starting--;
        held.set(worker, new Map());
      }
      if (message.id !== undefined) {
        held.get(worker)?.delete(message.id);
        settle(message.id, message.outcome!);
      }
      dispatch();
    });
    // A crashed worker fails the inputs it held; the other workers go on with the rest.
    worker.on("error", (error) => lost(worker, error.message));
    worker.on("exit", (code) => {
      if (!closing) lost(worker, `exited with code ${code}`);
    });
    return worker;
  });
  let closing = false;
  return {
    run: (path, bytes) =>
      new Promise((resolve) => {
        const id = ids++;
        waiting.set(id, resolve);
        queue.push({ id, path, bytes });
        dispatch();
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
