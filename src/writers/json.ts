import type { ExtractionDocument } from "../schema.js";
import type { Writer, WriterOptions } from "./index.js";

/** One JSON document, or a JSON array when there are several inputs. Pretty unless compact. */
export function createJsonWriter(options: WriterOptions): Writer {
  const indent = options.pretty ? 2 : undefined;
  const serialize = (doc: ExtractionDocument) => JSON.stringify(doc, null, indent);
  if (!options.many) {
    return { begin: () => "", write: (doc) => `${serialize(doc)}\n`, end: () => "" };
  }
  const nl = options.pretty ? "\n" : "";
  return {
    begin: () => `[${nl}`,
    write: (doc, index) => `${index > 0 ? `,${nl}` : ""}${serialize(doc)}`,
    end: () => `${nl}]\n`,
  };
}
