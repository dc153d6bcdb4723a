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
 * Characters in `outOfScope` (UTF-16 ranges of the original) become spaces: nothing is found there.
 */
export function normalizeText(original: string, outOfScope: [number, number][] = []): NormalizedText {
  let text = "";
  // Typed arrays, grown by doubling: a long document has millions of characters.
  let origin = new Int32Array(original.length + 16);
  const sourceUnit = new Int32Array(original.length + 1);
  let n = 0;
  let cp = 0;
  let unit = 0;
  for (const ch of original) {
    const folded = foldCodePoint(ch);
    text += folded;
    if (n + folded.length >= origin.length) {
      const grown = new Int32Array(origin.length * 2);
      grown.set(origin);
      origin = grown;
    }
    for (let i = 0; i < folded.length; i++) origin[n++] = cp;
    sourceUnit[cp] = unit;
    unit += ch.length;
    cp++;
  }
  origin[n++] = cp;
  sourceUnit[cp] = unit;
  const originUnits = origin.slice(0, n);
  const sourceUnits = sourceUnit.slice(0, cp + 1);
  if (outOfScope.length > 0) text = blankOut(text, originUnits, sourceUnits, outOfScope);
  return { original, text, origin: originUnits, sourceUnit: sourceUnits };
}

/** Replaces the normalized characters of out-of-scope source ranges with spaces (line breaks stay). */
function blankOut(text: string, origin: Int32Array, sourceUnit: Int32Array, ranges: [number, number][]): string {
  const chars = text.split("");
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let r = 0;
  for (let i = 0; i < chars.length; i++) {
    const unit = sourceUnit[origin[i]!]!;
    while (r < sorted.length && sorted[r]![1] <= unit) r++; // source offsets grow with i
    const range = sorted[r];
    if (range && unit >= range[0] && chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
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

/** Characters names are compared without (the guideline's scoring: spaces and -_·•・). */
export const NAME_SEPARATORS = /[\s\-_·•・]/g;

/** Folds every code point of a string (see {@link foldCodePoint}). */
export function foldString(text: string): string {
  let folded = "";
  for (const ch of text) folded += foldCodePoint(ch);
  return folded;
}
const GENERIC_MODEL_SUFFIX = /(?:大模型|模型)$/;

/**
 * The comparison key of a name, as the guideline's scoring section defines it: NFKC, Traditional →
 * Simplified, lower case, without spaces and -_·•・, and without a trailing 大模型/模型.
 */
export function nameKey(name: string): string {
  const key = foldString(name).toLowerCase().replace(NAME_SEPARATORS, "");
  const stripped = key.replace(GENERIC_MODEL_SUFFIX, "");
  return stripped.length > 0 ? stripped : key;
}
