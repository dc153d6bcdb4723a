// Character classes and clause/sentence spans over the normalized text (UTF-16 offsets).

const HAN = /\p{Script=Han}/u;

/** True for a Chinese character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True for an ASCII letter or digit. */
export function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for an ASCII letter. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122;
}

const SENTENCE_END = new Set([..."。！？!?\n"]);
const CLAUSE_END = new Set([...SENTENCE_END, ..."，,；;"]);

/** The sentence around `index`: `[start, end)` between sentence punctuation or line breaks. */
export function sentenceAt(text: string, index: number): [number, number] {
  return spanBetween(text, index, SENTENCE_END);
}

/** The clause around `index`: like a sentence, but commas also end it. */
export function clauseAt(text: string, index: number): [number, number] {
  return spanBetween(text, index, CLAUSE_END);
}

function spanBetween(text: string, index: number, stops: Set<string>): [number, number] {
  let start = index;
  while (start > 0 && !stops.has(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !stops.has(text[end]!)) end++;
  return [start, end];
}

/** Folds a name for lookups: lower-case ASCII (the text is already NFKC/Simplified). */
export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
