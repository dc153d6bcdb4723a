import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary folder for one test file, and a function that writes a file into it. */
export function scratchDir(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
