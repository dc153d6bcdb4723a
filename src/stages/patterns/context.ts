// Shared machinery of the discovery patterns: the per-document context, word classes and the
// reading of a name before a head word.
import * as cues from "../../lexicon/cues.js";
import type { EntityType, MentionCandidate, SegmentedText, Token } from "../../types.js";
import type { DictionaryIndex } from "../recognize.js";
import { isHan } from "../text.js";

export interface Context {
  doc: SegmentedText;
  index: DictionaryIndex;
  /** The dictionary mention covering each offset of the normalized text, if any. */
  covering: (MentionCandidate | undefined)[];
  /** Token index ending / starting at each offset, or -1. */
  endingAt: Int32Array;
  startingAt: Int32Array;
  out: MentionCandidate[];
}

const NAME_TAGS = new Set(["nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "lex"]);
const CHUNK_TAGS = new Set([...NAME_TAGS, "n", "vn", "x"]);
/** Function-word tags: particles, prepositions, conjunctions, adverbs, pronouns, localizers, numerals. */
const FUNCTION_TAGS = new Set(["uj", "ul", "uz", "ug", "uv", "ud", "u", "p", "c", "d", "r", "f", "m", "q", "y", "e", "o", "w"]);
const CLOSE_QUOTES = new Set([..."”’」』》\"'"]);
const orgStatus = new Set(cues.ORG_STATUS_WORDS);
/** Generic words per kind of name: they never start a name (人工智能公司, 通用大模型). */
export const generic = {
  org: new Set([...cues.ORG_STATUS_WORDS, ...cues.ORG_FIELD_WORDS]),
  model: new Set([...cues.MODEL_ATTRIBUTE_WORDS, ...cues.MODEL_DOMAIN_WORDS]),
};
const attributes = new Set(cues.MODEL_ATTRIBUTE_WORDS);
// The closed word classes of src/lexicon/cues.ts as sets (see there for what each holds).
export const demonstratives = new Set(cues.DEMONSTRATIVES);
export const surnames = new Set(cues.SURNAMES);
export const nameStops = new Set(cues.NAME_STOP_CHARS);
export const titles = new Set(cues.PERSON_TITLES);
export const speechVerbs = new Set(cues.SPEECH_VERBS);

/** Proposes a candidate, unless a lexicon mention already covers exactly this span. */
export function emit(ctx: Context, type: EntityType, start: number, end: number, rule: string): void {
  if (end <= start) return;
  const surface = ctx.doc.text.slice(start, end);
  // A discovered name that is a lexicon name is the lexicon's entity; the dictionary already has it.
  const d = ctx.covering[start];
  if (d !== undefined && d.start === start && d.end === end) return;
  ctx.out.push({ type, start, end, surface, lexiconId: null, source: "pattern", rule });
}

/** The text right after `end`, skipping one space. */
export function after(ctx: Context, end: number, length = 12): string {
  const rest = ctx.doc.text.slice(end, end + length + 1);
  return rest.startsWith(" ") ? rest.slice(1) : rest.slice(0, length);
}

/** A token that looks like a proper name: a name tag, a lexicon word, or an out-of-vocabulary Chinese word. */
export function isNameToken(t: Token): boolean {
  if (NAME_TAGS.has(t.tag)) return true;
  return t.tag === "x" && t.word.length >= 2 && [...t.word].every(isHan);
}

// ---------------------------------------------------------------------------------------------
// Chinese names before a head word: 星河大模型, 深言科技, 天工基准, 太极机器学习平台

/**
 * Runs of single Chinese characters are the segmenter's guess at an unknown word (霁|光): merge each run
 * of two or more into one out-of-vocabulary token, in place.
 */
function mergeFragments(chunk: Token[]): void {
  for (let i = 0; i < chunk.length; i++) {
    let j = i;
    while (j < chunk.length && chunk[j]!.word.length === 1 && isHan(chunk[j]!.word) && (j === i || chunk[j]!.start === chunk[j - 1]!.end)) j++;
    if (j - i >= 2) {
      const run = chunk.slice(i, j);
      chunk.splice(i, j - i, { word: run.map((t) => t.word).join(""), tag: "x", start: run[0]!.start, end: run[run.length - 1]!.end });
    }
  }
}

/**
 * Where the name before a head at `p` may start its last word. The segmenter often glues an unknown
 * name to the head (霁|光大|模型, 云|睿智|能): a word cut by the head gives its left part to the name
 * when the head crosses into the next word or the word is out of vocabulary. Returns the start of that
 * word (p itself when a word ends at p), or -1 when the head sits inside a known word (人工智能).
 */
export function wordStartBefore(ctx: Context, p: number, headEnd: number): number {
  if ((ctx.startingAt[p] ?? -1) >= 0 || !isHan(ctx.doc.text[p - 1])) return p;
  const cut = ctx.doc.tokens[tokenIndexAt(ctx, p)];
  if (!cut || (cut.end >= headEnd && cut.tag !== "x")) return -1;
  return cut.start;
}

/** Index of the token containing offset `at` (binary search over the ordered tokens), or -1. */
export function tokenIndexAt(ctx: Context, at: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Name tokens before a head word, and whether quotation marks delimited them (“星河2”大模型). */
interface NameChunk {
  tokens: Token[];
  quoted: boolean;
  /** The name is a lone common noun the caller asked to accept (commonNounBrand). */
  commonNoun?: boolean;
}

/** How to read the name before a head word. */
interface NameOptions {
  /** Which generic-word lists apply. */
  kind: "org" | "model";
  /** The longest name, in characters. */
  maxChars: number;
  /** Dictionary mentions of this type may be part of the name (盘古 in 盘古气象大模型). */
  include: EntityType;
  /** End of the left part of a word the head cuts (光 of 光大模型), when it goes past `end`. */
  fragmentEnd?: number;
  /** Plain nouns may start the name (公务员考试). */
  nounsAreNames?: boolean;
  /** Return a lone two-character common noun as the name, marked `commonNoun` (玄机 of 玄机智能). */
  commonNounBrand?: boolean;
}

/**
 * The name tokens ending at `end`. Inside quotation marks every token counts. Otherwise walks left
 * over name-like and noun tokens (at most `maxChars`), stopping at punctuation, verbs, function words
 * and dictionary mentions of other types; then drops generic words from the left until the first
 * token is a proper name, and attribute words (开源, 通用…) from the right. A phrase right after a
 * demonstrative (这款…) is a description: no name.
 */
export function nameTokensBefore(ctx: Context, end: number, options: NameOptions): NameChunk {
  const { kind, maxChars, include, fragmentEnd = end, nounsAreNames = false } = options;
  const { doc } = ctx;
  const none: NameChunk = { tokens: [], quoted: false };
  if (CLOSE_QUOTES.has(doc.text[end - 1] ?? "")) {
    const open = doc.text.slice(Math.max(0, end - 1 - maxChars), end - 1).search(/[“‘「『《"'][^“‘「『《"'”’」』》]*$/);
    if (open < 0) return none;
    const start = Math.max(0, end - 1 - maxChars) + open + 1;
    const tokens = doc.tokens.filter((t) => t.start >= start && t.end <= end - 1);
    const name = doc.text.slice(start, end - 1);
    if (tokens.length === 0 || tokens[0]!.start !== start || /[\s，。、：；！？]/.test(name)) return none;
    if (tokens.every((t) => generic[kind].has(t.word)) || name.length < 2) return none;
    return { tokens, quoted: true };
  }
  const chunk: Token[] = [];
  let pos = end;
  let chars = 0;
  while (pos > 0) {
    const ti = ctx.endingAt[pos]!;
    if (ti < 0) break;
    const t = doc.tokens[ti]!;
    const d = ctx.covering[t.start];
    if (d !== undefined && d.type !== include) break;
    // Single characters of any content class may be pieces of an unknown name (霁/vg + 光); a middle
    // dot joins the parts of a transliterated name (约翰斯·霍普金斯大学).
    const piece = t.word.length === 1 && isHan(t.word) && !FUNCTION_CHARS.has(t.word) && !FUNCTION_TAGS.has(t.tag);
    const dot = t.word === "·" && isHan(doc.text[t.start - 1]) && chunk.length > 0;
    // Latin words and numbers are not part of a Chinese name here (跑满405B模型: 405B is a size).
    if (!piece && !dot && (!CHUNK_TAGS.has(t.tag) || (t.tag === "x" && !isNameToken(t)))) break;
    if (demonstratives.has(t.word) || chars + t.word.length > maxChars) break;
    if ((kind === "org" ? orgStatus : attributes).has(t.word)) break;
    chunk.unshift(t);
    chars += t.word.length;
    pos = t.start;
  }
  // The left part of a word the head cuts (光 of 光大模型) is a piece of the name.
  if (fragmentEnd > end) chunk.push({ word: doc.text.slice(end, fragmentEnd), tag: "x", start: end, end: fragmentEnd });
  mergeFragments(chunk);
  const genericWords = generic[kind];
  // A lone two-character common noun (玄机 of 玄机智能) is kept aside: the caller may accept it as a brand.
  const lone = chunk.length === 1 && chunk[0]!.tag === "n" && chunk[0]!.word.length === 2 && !genericWords.has(chunk[0]!.word) ? chunk[0] : undefined;
  while (chunk.length > 0) {
    const t = chunk[0]!;
    const d = ctx.covering[t.start];
    const named = isNameToken(t) || (d !== undefined && d.type === include) || (nounsAreNames && (t.tag === "n" || t.tag === "vn"));
    if (named && !genericWords.has(t.word)) break;
    chunk.shift();
  }
  if (kind === "model") while (chunk.length > 0 && attributes.has(chunk[chunk.length - 1]!.word)) chunk.pop();
  const joined = chunk.map((t) => t.word).join("");
  if (chunk.length === 0 && lone && options.commonNounBrand) return { tokens: [lone], quoted: false, commonNoun: true };
  if (chunk.length === 0 || genericWords.has(joined) || COUNTED.test(joined)) return none;
  if (chunk.length === 1 && chunk[0]!.word.length < 2) return none;
  const before = ctx.endingAt[chunk[0]!.start] ?? -1;
  if (before >= 0 && demonstratives.has(doc.tokens[before]!.word)) return none;
  return { tokens: chunk, quoted: false };
}

/** Start of the longest model name found so far (lexicon or pattern) that ends at `end`. */
export function knownModelEndingAt(ctx: Context, end: number): number | undefined {
  let best: number | undefined;
  const consider = (start: number, surface: string) => {
    if (ctx.doc.text.startsWith(surface, end - surface.length) && start === end - surface.length && (best === undefined || start < best)) best = start;
  };
  const d = ctx.covering[end - 1];
  if (d !== undefined && d.type === "model" && d.end === end) consider(d.start, d.surface);
  // The distinct names found so far that end in a Chinese character (not every mention: a table of 10,000
  // model rows would make this quadratic).
  for (const surface of hanEndingModels(ctx)) {
    const at = end - surface.length;
    if (at >= 0 && ctx.doc.text.startsWith(surface, at)) consider(at, surface);
  }
  return best;
}

const hanEnding = new WeakMap<MentionCandidate[], { seen: number; surfaces: Set<string> }>();

/** Surfaces of model mentions in `ctx.out` ending in a Chinese character, kept up to date as `out` grows. */
function hanEndingModels(ctx: Context): Set<string> {
  let cache = hanEnding.get(ctx.out);
  if (cache === undefined) hanEnding.set(ctx.out, (cache = { seen: 0, surfaces: new Set() }));
  for (; cache.seen < ctx.out.length; cache.seen++) {
    const m = ctx.out[cache.seen]!;
    if (m.type === "model" && isHan(m.surface[m.surface.length - 1])) cache.surfaces.add(m.surface);
  }
  return cache.surfaces;
}

/** A count or a size, not a name: 四款, 两个, 多家, 七百亿级. */
const COUNTED = /^[一二三四五六七八九十两几多数\d]+[款个种家项位类部批]|^[\d.零〇一二两三四五六七八九十百千万亿兆]+(?:级|级别|量级|规模)?$/;

/** Characters that start no name: pronouns and function words glued to it by the segmenter (其观澜). */
export const FUNCTION_CHARS = new Set([..."其该这那此的在把被与和及从向对将让给由据经自于为是以"]);

