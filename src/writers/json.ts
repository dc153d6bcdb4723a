import type { ExtractionDocument } from "../schema.js";
import type { Writer, WriterOptions } from "./index.js";

/** One JSON document, or a JSON array when there are several inputs. Pretty unless compact. */
export function createJsonWriter(options: WriterOptions): Writer {
  const indent = options.pretty ? 2 : undefined;
  const nl = options.pretty ? "\n" : "";
  const serialized = {
    indent,
    write: options.many ? (json: string, index: number) => `${index > 0 ? `,${nl}` : ""}${json}` : (json: string) => `${json}\n`,
  };
  return {
    begin: () => (options.many ? `[${nl}` : ""),
    write: (doc: ExtractionDocument, index: number) => serialized.write(JSON.stringify(doc, null, indent), index),
    serialized,
    end: () => (options.many ? `${nl}]\n` : ""),
  };
}
