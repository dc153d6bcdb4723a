import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { InputError } from "../errors.js";
import type { Article } from "../types.js";

/** The name stdin goes by in messages and in `source.path`. */
export const STDIN = "-";
const STDIN_LABEL = "<stdin>";

/** Reads one input (a path, or "-" for stdin) and decodes it to a plain-text article. */
export async function readArticle(input: string, stdin: () => Promise<Buffer> = readStdin): Promise<Article> {
  const label = input === STDIN ? STDIN_LABEL : input;
  let bytes: Buffer;
  if (input === STDIN) {
    bytes = await stdin();
  } else {
    bytes = await readFileBytes(input);
  }
  if (input !== STDIN && HTML_EXTENSIONS.has(extname(input).toLowerCase())) {
    throw new InputError(label, "UNSUPPORTED_FORMAT", "HTML input is not supported yet; save the article as plain text");
  }
  const { text, encoding } = decodeBytes(bytes, label);
  if (/^\s*<(?:!doctype html|html[\s>])/i.test(text.slice(0, 512))) {
    throw new InputError(label, "UNSUPPORTED_FORMAT", "looks like HTML, which is not supported yet; save the article as plain text");
  }
  return { path: input === STDIN ? null : input, format: "text", title: null, encoding, text };
}

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);

async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, "IS_DIRECTORY", "is a directory, not a file");
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code ?? "READ_FAILED", readProblem(code, (error as Error).message), { cause: error });
  }
}

/** The message for a failed read, by system error code. */
export function readProblem(code: string | undefined, fallback: string): string {
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return `cannot be read (${code ?? fallback})`;
}

/**
 * Decodes input bytes: UTF-8 (BOM removed) or UTF-16 with a BOM. Binary data and invalid UTF-8 are
 * input errors naming the first bad byte, never text full of replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, label: string): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeStrict(bytes.subarray(2), "utf-16le", label), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeStrict(bytes.subarray(2), "utf-16be", label), encoding: "utf-16be" };
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw new InputError(label, "BINARY", `looks like a binary file (NUL byte at offset ${nul}), not text`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return { text: decodeStrict(body, "utf-8", label), encoding: "utf-8" };
}

function decodeStrict(bytes: Uint8Array, encoding: string, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    const at = encoding === "utf-8" ? firstInvalidUtf8(bytes) : -1;
    const where = at >= 0 ? ` at byte ${at}` : "";
    throw new InputError(label, "BAD_ENCODING", `is not valid ${encoding.toUpperCase()} text${where} (other encodings are not supported yet)`, { cause });
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f) || (c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return i;
    i += extra + 1;
  }
  return -1;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
