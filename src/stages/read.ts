import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import chardet from "chardet";
import { InputError } from "../errors.js";
import type { Article } from "../types.js";

/** The name stdin goes by in messages and in `source.path`. */
export const STDIN = "-";
const STDIN_LABEL = "<stdin>";

/** How to read an input; by default the format and encoding are detected. */
export interface ReadOptions {
  /** Decode with this encoding instead of detecting one (utf-8, gb18030, gbk, big5, utf-16le…). */
  encoding?: string;
  /** Treat the input as text or HTML instead of deciding by extension and content. */
  inputFormat?: "text" | "html";
}

/** Reads one input (a path, or "-" for stdin): decodes it and, for HTML, extracts the article. */
export async function readArticle(input: string, options: ReadOptions = {}, stdin: () => Promise<Buffer> = noStdin): Promise<Article> {
  const bytes = await readInputBytes(input, stdin);
  return articleFromBytes(input, bytes, options);
}

/** The bytes of an input: a file, or stdin for "-". Input errors name the file and the problem. */
export async function readInputBytes(input: string, stdin: () => Promise<Buffer> = noStdin): Promise<Buffer> {
  return input === STDIN ? await stdin() : await readFileBytes(input);
}

/** Decodes an input's bytes and, for HTML, extracts the article (see {@link readArticle}). */
export async function articleFromBytes(input: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Article> {
  const label = input === STDIN ? STDIN_LABEL : input;
  const html = options.inputFormat ? options.inputFormat === "html" : looksLikeHtml(input, bytes);
  const { text, encoding } = decodeBytes(bytes, label, options.encoding ?? null, html ? declaredCharset(bytes) : null);
  const path = input === STDIN ? null : input;
  if (!html) return { path, format: "text", title: null, encoding, text };
  const { extractHtml } = await import("./html.js"); // cheerio only when a page needs it
  const page = extractHtml(text);
  return { path, format: "html", encoding, ...page };
}

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);

/** HTML by extension, or by content: a doctype or <html>/<head>/<body> at the start. */
function looksLikeHtml(input: string, bytes: Uint8Array): boolean {
  if (input !== STDIN && HTML_EXTENSIONS.has(extname(input).toLowerCase())) return true;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "");
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return true;
  // A fragment: starts with a tag and closes block elements (<div>…</div>, <p>…</p>).
  return /^\s*<[a-z]/i.test(head) && /<\/(?:p|div|article|section|table|li)>/i.test(head);
}

/** The charset an HTML page declares in its first 2 KB (<meta charset> or http-equiv), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

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

/** Encodings we decode, by the names chardet and users give them. */
const SUPPORTED: Record<string, string> = {
  "utf-8": "utf-8", utf8: "utf-8", "utf-16le": "utf-16le", "utf-16be": "utf-16be", "utf-16": "utf-16le",
  gb18030: "gb18030", gbk: "gb18030", gb2312: "gb18030", "euc-cn": "gb18030", cp936: "gb18030",
  big5: "big5", "big5-hkscs": "big5", cp950: "big5",
};

/** Whether an encoding name is one `--encoding` accepts. */
export function isSupportedEncoding(name: string): boolean {
  return SUPPORTED[name.toLowerCase()] !== undefined;
}

/**
 * Decodes input bytes. UTF-16 with a BOM; then an explicit `--encoding` (strict); then UTF-8 (BOM
 * removed); then GB18030/GBK or Big5, whichever decodes strictly into the more common Chinese
 * characters (chardet's guess breaks ties). A page's `<meta charset>` (`hint`) is tried only after
 * UTF-8, since pages often declare the wrong one. Binary data and text in no supported encoding are
 * input errors naming the problem, never text full of replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, label: string, declared: string | null = null, hint: string | null = null): { text: string; encoding: string } {
  for (const [bom, encoding] of [[[0xff, 0xfe], "utf-16le"], [[0xfe, 0xff], "utf-16be"]] as const) {
    if (bytes[0] !== bom[0] || bytes[1] !== bom[1]) continue;
    const text = strict(bytes.subarray(2), encoding);
    if (text === null) throw new InputError(label, "BAD_ENCODING", `is not valid ${encoding.toUpperCase()} text (it starts with a ${encoding} byte-order mark)`);
    return { text, encoding };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (declared !== null) {
    const encoding = SUPPORTED[declared.toLowerCase()];
    if (encoding === undefined) throw new InputError(label, "BAD_ENCODING", `unsupported encoding "${declared}" (use utf-8, gb18030, gbk, big5 or utf-16le)`);
    const text = strict(body, encoding);
    if (text === null) throw new InputError(label, "BAD_ENCODING", `is not valid ${declared} text`);
    return { text, encoding };
  }
  const nul = body.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw new InputError(label, "BINARY", `looks like a binary file (NUL byte at offset ${nul}), not text`);
  const utf8 = strict(body, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const guessed = chardet.analyse(body.subarray(0, 65536)).map((c) => SUPPORTED[c.name.toLowerCase()]);
  const hinted = hint === null ? undefined : SUPPORTED[hint.toLowerCase()];
  const order = [...new Set([hinted, ...guessed, "gb18030", "big5"].filter((e): e is string => e === "gb18030" || e === "big5"))];
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of order) {
    const text = strict(body, encoding);
    if (text === null || looksGarbled(text)) continue;
    const score = commonShare(text);
    if (best === null || score > best.score + 0.02) best = { text, encoding, score };
  }
  if (best !== null) return { text: best.text, encoding: best.encoding };
  const at = firstInvalidUtf8(body);
  throw new InputError(label, "BAD_ENCODING", `is not text in a supported encoding (not valid UTF-8 at byte ${at}, nor GB18030 or Big5); pass --encoding if you know it`);
}

/**
 * Frequent Chinese characters, Simplified and Traditional: text decoded with the right legacy encoding
 * is full of them, text decoded with the wrong one is not.
 */
const COMMON = new Set([
  ..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研",
  ..."這個們國時來說對會後發過種麼於學還動現當將與為從開經還長機關點問體進實無業產間見樣學門題裡頭與數據參評測模型語言務務車馬東書買賣億萬網絡電腦軟體晶片輝達騰訊臺灣灣區華語",
]);

/** Share of the Chinese characters of `text` that are common ones. */
function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text.slice(0, 20000)) {
    if (ch < "\u4e00" || ch > "\u9fff") continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes decoded with the wrong legacy encoding give controls or private-use characters. */
function looksGarbled(text: string): boolean {
  const bad = text.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  return bad > Math.max(2, text.length / 200);
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

/** The default stdin reader for library callers, who pass their own: none. */
async function noStdin(): Promise<Buffer> {
  throw new InputError(STDIN_LABEL, "NO_STDIN", "reading stdin needs a reader (readArticle's third argument)");
}
