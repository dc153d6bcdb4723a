import type { ExtractionDocument } from "../schema.js";
import { createCsvWriter } from "./csv.js";
import { createJsonWriter } from "./json.js";
import { createJsonlWriter } from "./jsonl.js";

/** Serializes documents as a stream of text: `begin`, one `write` per document, `end`. */
export interface Writer {
  begin(): string;
  write(doc: ExtractionDocument, index: number): string;
  /**
   * For writers of JSON: takes a document another thread already serialized with `indent`, so that
   * a batch's main thread only joins strings.
   */
  serialized?: { indent: number | undefined; write(json: string, index: number): string };
  end(): string;
}

/** How a writer formats its documents. */
export interface WriterOptions {
  /** Indent JSON for people (a terminal) rather than compact for programs. */
  pretty: boolean;
  /** More than one document will be written (JSON becomes an array). */
  many: boolean;
}

/** The output formats of `--format`. */
export type OutputFormat = "json" | "jsonl" | "csv";

/** Output format name → writer factory. */
export const writers: Record<OutputFormat, (options: WriterOptions) => Writer> = {
  json: createJsonWriter,
  jsonl: createJsonlWriter,
  csv: createCsvWriter,
};
