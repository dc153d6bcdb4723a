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

/** Sorted offsets of the sentence and clause punctuation of one text, for binary search. */
interface StopIndex {
  text: string;
  sentence: Int32Array;
  clause: Int32Array;
  line: Int32Array;
}

// The stages ask about one document at a time: remember the stops of the last text seen.
let lastIndex: StopIndex | null = null;

function stopsOf(text: string): StopIndex {
  if (lastIndex?.text === text) return lastIndex;
  const sentence: number[] = [];
  const clause: number[] = [];
  const line: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (CLAUSE_END.has(ch)) clause.push(i);
    if (SENTENCE_END.has(ch)) sentence.push(i);
    if (ch === "\n") line.push(i);
  }
  lastIndex = { text, sentence: Int32Array.from(sentence), clause: Int32Array.from(clause), line: Int32Array.from(line) };
  return lastIndex;
}

/** The sentence around `index`: `[start, end)` between sentence punctuation or line breaks. */
export function sentenceAt(text: string, index: number): [number, number] {
  return spanBetween(stopsOf(text).sentence, index, text.length);
}

/** Where the line holding `index` starts (just after the last line break before it). */
export function lineStartAt(text: string, index: number): number {
  return spanBetween(stopsOf(text).line, index, text.length)[0];
}

/** The clause around `index`: like a sentence, but commas and semicolons also end it. */
export function clauseAt(text: string, index: number): [number, number] {
  return spanBetween(stopsOf(text).clause, index, text.length);
}

/** The span between the last stop before `index` and the first stop at or after it. */
function spanBetween(stops: Int32Array, index: number, length: number): [number, number] {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? stops[lo - 1]! + 1 : 0;
  const end = lo < stops.length ? stops[lo]! : length;
  return [start, end];
}

/** Separators between the items of a list of names: 、和与及, commas, slashes. */
export const LIST_SEPARATOR = /^[\s、和与及,，/]{0,3}$/;

/** The longest of `words` that `text` starts with, or undefined. */
export function startsWithAny(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.startsWith(w) && (best === undefined || w.length > best.length)) best = w;
  return best;
}

/** Folds a name for lookups: lower-case ASCII (the text is already NFKC/Simplified). */
export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** A line of a table: cells separated by | or a tab. */
export const TABLE_LINE = /\||\t/;

/** A table cell: its text and its offsets in the document. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** Each line of the text in order: its cells when it is a table line, else null (a table ends there). */
export function* tableRows(text: string): Generator<Cell[] | null> {
  let offset = 0;
  for (const line of text.split("\n")) {
    const at = offset;
    offset += line.length + 1;
    yield TABLE_LINE.test(line) ? splitCells(line, at) : null;
  }
}

/** A markdown rule row (| --- | :-: |), which separates a table's header from its body. */
export function isRuleRow(cells: Cell[]): boolean {
  return cells.every((c) => /^[\s:|-]*$/.test(c.text));
}

/** The cells of a table line split at | or tab, with their offsets (the empty edges of |a|b| dropped). */
export function splitCells(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === "|" || line[i] === "\t") {
      cells.push({ text: line.slice(start, i), start: at + start, end: at + i });
      start = i + 1;
    }
  }
  return cells.filter((c, k) => !(c.text.trim() === "" && (k === 0 || k === cells.length - 1)));
}

/** Index of the first mention starting at or after `offset` in mentions sorted by start. */
export function firstAtOrAfter<T extends { start: number }>(sorted: T[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions lying inside `[from, to)`, from mentions sorted by start (they do not overlap). */
export function within<T extends { start: number; end: number }>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, from); i < sorted.length && sorted[i]!.start < to; i++) {
    if (sorted[i]!.end <= to) out.push(sorted[i]!);
  }
  return out;
}
