import type { Writer } from "./index.js";

/** JSON Lines: one compact document per line. */
export function createJsonlWriter(): Writer {
  return { begin: () => "", write: (doc) => `${JSON.stringify(doc)}\n`, end: () => "" };
}
