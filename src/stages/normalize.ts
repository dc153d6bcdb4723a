import { Converter } from "opencc-js/t2cn";
import type { NormalizedText, Span } from "../types.js";

const toSimplified = Converter({ from: "hk", to: "cn" });
const foldCache = new Map<string, string>();

/** Folds one code point for matching: NFKC (full-width → half-width), then Traditional → Simplified. */
export function foldCodePoint(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch;
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const nfkc = ch.normalize("NFKC");
  const folded: string = nfkc.length === 0 ? ch : String(toSimplified(nfkc));
  foldCache.set(ch, folded);
  return folded;
}

/**
 * Builds the matching copy of `original`. Each source code point is folded on its own, so every
 * unit of the result maps back to exactly one source code point (see {@link NormalizedText}).
 */
export function normalizeText(original: string): NormalizedText {
  const parts: string[] = [];
  const origin: number[] = [];
  const sourceUnit: number[] = [];
  let cp = 0;
  let unit = 0;
  for (const ch of original) {
    const folded = foldCodePoint(ch);
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) origin.push(cp);
    sourceUnit.push(unit);
    unit += ch.length;
    cp++;
  }
  origin.push(cp);
  sourceUnit.push(unit);
  return { original, text: parts.join(""), origin: Int32Array.from(origin), sourceUnit: Int32Array.from(sourceUnit) };
}

/**
 * Maps a UTF-16 span `[start, end)` of the normalized text to the original text:
 * code point offsets, end exclusive, with the original characters as `text`.
 * This is the only place where normalized offsets become output offsets.
 */
export function toSourceSpan(norm: NormalizedText, start: number, end: number): Span {
  const from = norm.origin[start] ?? 0;
  const to = end > start ? (norm.origin[end - 1] ?? from) + 1 : from;
  const text = norm.original.slice(norm.sourceUnit[from], norm.sourceUnit[to]);
  return { text, start: from, end: to };
}

/** `[...text].slice(start, end).join("")` without building the array for long texts. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  let unit = 0;
  let cp = 0;
  while (cp < start && unit < text.length) {
    unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
    cp++;
  }
  const from = unit;
  while (cp < end && unit < text.length) {
    unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
    cp++;
  }
  return text.slice(from, unit);
}

const KEY_DROP = /[\s\-_·•・]/g;
const GENERIC_MODEL_SUFFIX = /(?:大模型|模型)$/;

/**
 * The comparison key of a name, as the guideline's scoring section defines it: NFKC, Traditional →
 * Simplified, lower case, without spaces and -_·•・, and without a trailing 大模型/模型.
 */
export function nameKey(name: string): string {
  let folded = "";
  for (const ch of name) folded += foldCodePoint(ch);
  const key = folded.toLowerCase().replace(KEY_DROP, "");
  const stripped = key.replace(GENERIC_MODEL_SUFFIX, "");
  return stripped.length > 0 ? stripped : key;
}
