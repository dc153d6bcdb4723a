import type { Writer } from "./index.js";

/** JSON Lines: one compact document per line. */
export function createJsonlWriter(): Writer {
  const serialized = { indent: undefined, write: (json: string) => `${json}\n` };
  return { begin: () => "", write: (doc) => serialized.write(JSON.stringify(doc)), serialized, end: () => "" };
}
