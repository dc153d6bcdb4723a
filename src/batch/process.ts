// One input → one document or one error: the work a batch does per file, in a worker or in-process.
import { ExtractError } from "../errors.js";
import type { Extractor } from "../pipeline.js";
import type { ExtractionDocument } from "../schema.js";
import { articleFromBytes, type ReadOptions } from "../stages/read.js";

/** What a batch needs to turn bytes into a document. */
export interface ProcessOptions {
  read: ReadOptions;
  withText: boolean;
  /** Serialize the document as JSON with this indent (undefined: compact) where it is made; null: don't. */
  indent: number | undefined | null;
}

/** A document, as an object or already serialized (`json`), with its counts for the summary line. */
export interface Done {
  doc: ExtractionDocument | null;
  json: string | null;
  entities: number;
  facts: number;
}

/** The outcome for one input: its document, or the error that stopped it (one line, with a code). */
export type Outcome = Done | { error: { code: string; message: string; internal: boolean } };

/** Packs a document for the main thread: serialized when asked, so that it crosses threads as one string. */
export function done(doc: ExtractionDocument, indent: ProcessOptions["indent"]): Done {
  const counts = { entities: doc.entities.length, facts: doc.parameterCounts.length + doc.benchmarkScores.length };
  return indent === null ? { doc, json: null, ...counts } : { doc: null, json: JSON.stringify(doc, null, indent), ...counts };
}

/** Extracts one input's bytes. Known errors (bad input, invalid output) become error outcomes. */
export async function processInput(extractor: Extractor, path: string, bytes: Uint8Array, options: ProcessOptions): Promise<Outcome> {
  try {
    const article = await articleFromBytes(path, bytes, options.read);
    const doc = extractor.extract(article);
    return done(options.withText ? { ...doc, text: article.text } : doc, options.indent);
  } catch (error) {
    if (error instanceof ExtractError) return { error: { code: error.code, message: error.message, internal: false } };
    const message = error instanceof Error ? error.message : String(error);
    return { error: { code: "INTERNAL", message: `${path}: internal error: ${message}`, internal: true } };
  }
}
