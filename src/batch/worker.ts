// A worker thread of `extract --jobs N`: loads the extractor (segmenter, lexicon) once, then turns the
// bytes the main thread sends into documents, one message per input.
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor, type ExtractorOptions } from "../pipeline.js";
import { processInput, type ProcessOptions } from "./process.js";

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
}

const { extractorOptions, processOptions } = workerData as { extractorOptions: ExtractorOptions; processOptions: ProcessOptions };
const extractor = createExtractor(extractorOptions);

parentPort!.on("message", async (job: Job) => {
  const outcome = await processInput(extractor, job.path, job.bytes, processOptions);
  parentPort!.postMessage({ id: job.id, outcome });
});
parentPort!.postMessage({ ready: true });
