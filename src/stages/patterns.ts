// Discovery patterns: names the lexicon lacks, found from token classes, POS tags and closed-class cues
// (src/lexicon/cues.ts). Each rule only proposes candidates; recognize.ts decides overlaps.
import * as cues from "../lexicon/cues.js";
import type { EntityType, MentionCandidate, SegmentedText, Token } from "../types.js";
import { cjkBoundaries, compactKey, latinRuns, type DictionaryIndex, type LatinPiece } from "./recognize.js";
import { isHan, isLetter, startsWithAny } from "./text.js";

interface Context {
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
const generic = {
  org: new Set([...cues.ORG_STATUS_WORDS, ...cues.ORG_FIELD_WORDS]),
  model: new Set([...cues.MODEL_ATTRIBUTE_WORDS, ...cues.MODEL_DOMAIN_WORDS]),
};
const attributes = new Set(cues.MODEL_ATTRIBUTE_WORDS);
const demonstratives = new Set(cues.DEMONSTRATIVES);
const surnames = new Set(cues.SURNAMES);
const nameStops = new Set(cues.NAME_STOP_CHARS);
const titles = new Set(cues.PERSON_TITLES);
const speechVerbs = new Set(cues.SPEECH_VERBS);

/** Runs every discovery rule over the document; `dictionary` holds the lexicon hits already found. */
export function findPatternMentions(
  doc: SegmentedText,
  dictionary: MentionCandidate[],
  index: DictionaryIndex,
): MentionCandidate[] {
  const n = doc.text.length;
  const covering: (MentionCandidate | undefined)[] = new Array(n);
  for (const m of dictionary) for (let i = m.start; i < m.end; i++) covering[i] = m;
  const endingAt = new Int32Array(n + 1).fill(-1);
  const startingAt = new Int32Array(n + 1).fill(-1);
  doc.tokens.forEach((t, i) => {
    endingAt[t.end] = i;
    startingAt[t.start] = i;
  });
  const ctx: Context = { doc, index, covering, endingAt, startingAt, out: [] };
  latinIdentifiers(ctx);
  chineseModelNames(ctx);
  chineseIdentifiers(ctx);
  releasedVersions(ctx);
  organizationsBySuffix(ctx);
  organizationsByTag(ctx);
  headedNames(ctx, cues.BENCHMARK_HEADS, "benchmark", "benchmark-head");
  headedNames(ctx, cues.PRODUCT_HEADS, "product", "product-head");
  people(ctx);
  quotedNames(ctx);
  return ctx.out;
}

function emit(ctx: Context, type: EntityType, start: number, end: number, rule: string): void {
  if (end <= start) return;
  const surface = ctx.doc.text.slice(start, end);
  // A discovered name that is a lexicon name is the lexicon's entity; the dictionary already has it.
  const d = ctx.covering[start];
  if (d !== undefined && d.start === start && d.end === end) return;
  ctx.out.push({ type, start, end, surface, lexiconId: null, source: "pattern", rule });
}

/** The text right after `end`, skipping one space. */
function after(ctx: Context, end: number, length = 12): string {
  const rest = ctx.doc.text.slice(end, end + length + 1);
  return rest.startsWith(" ") ? rest.slice(1) : rest.slice(0, length);
}


function isNameToken(t: Token): boolean {
  if (NAME_TAGS.has(t.tag)) return true;
  return t.tag === "x" && t.word.length >= 2 && [...t.word].every(isHan);
}

// ---------------------------------------------------------------------------------------------
// Latin identifiers: Qwen2.5-Coder-32B-Instruct, Llama 3.1 405B, Claude 3.5 Sonnet, H20, LiveBench

const SIZE_OR_VERSION = /^(?:[Vv]?\d+(?:\.\d+)*[BbMmKkTt]?|\d+x\d+[Bb])$/;
const CHIP_LIKE = /^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$/;
/**
 * Letter-digit identifiers that are standards, formats, versions, periods or techniques, not models:
 * 5G, H.264, USB-C, PCIe 5.0, HBM3e, FP16, INT4, Q3, FY2024, Python 3.11, v1.0, Top10, COVID-19…
 */
const NOT_A_NAME = new RegExp(
  "^(?:" +
    [
      "top", "no\\.?", "covid", "web\\d", "b2b", "b2c", "h5", "h\\.?26\\d", "av1", "mp[34]", "jpe?g", "png", "usb", "wi-?fi", "lte",
      "[2-6]g$", "[234]d$", "ipv", "iso(?:\\d|$)", "iec", "gb(?:\\d|$|/)", "rfc", "ieee", "cve", "sha", "md5", "utf", "x86", "x64", "arm\\d", "risc", "pcie",
      "nvme", "hbm", "g?ddr", "lpddr", "gddr", "fp\\d", "bf16", "int\\d", "q\\d", "fy\\d", "h[12]$", "\\d+k", "\\d+p",
      "a股", "apache", "mit$", "gpl", "lgpl", "bsd", "cc(?:-|$)", "api$", "sdk$", "ai$", "token", "version", "v\\d+(?:\\.\\d+)+$", "step \\d", "python",
      "java", "ubuntu", "centos", "debian", "ios", "macos", "android", "gguf", "awq", "gptq", "onnx", "json", "html", "css", "http",
      "moe$", "moa$", "mla$", "rag$", "lora$", "qlora$", "rlhf$", "dpo$", "sft$", "sota$", "agi$", "ipo$", "kpi$", "roi$",
    ].join("|") +
    ")",
  "i",
);
const BENCHMARK_SUFFIX = /[A-Za-z0-9-](?:Bench|bench|BENCH|Eval|eval|QA|Arena)(?:[-_][A-Za-z0-9]{1,4})?$/;
const variantWords = new Set(cues.MODEL_VARIANT_WORDS);
const latinOrgSuffixes = new Set(cues.LATIN_ORG_SUFFIXES);
const productLatinHeads = new Set(cues.PRODUCT_LATIN_HEADS);

function latinIdentifiers(ctx: Context): void {
  const familyKeys = latinFamilies(ctx.index);
  const byLetters = familiesByLetters(familyKeys);
  for (const pieces of latinRuns(ctx.doc.text)) {
    let i = 0;
    while (i < pieces.length) {
      const end = identifierEnd(ctx, pieces, i);
      classifyIdentifier(ctx, pieces.slice(i, end + 1), familyKeys, byLetters);
      i = end + 1;
    }
  }
}

/**
 * The last piece of the identifier starting at piece `i`: pieces joined by -_· always belong
 * together; a space continues it only before a version, a size or a variant word (Claude 3.5 Sonnet).
 */
function identifierEnd(ctx: Context, pieces: LatinPiece[], i: number): number {
  // Capitalized words up to an organization word belong together: Harbor Lane Ventures, MediaTek Research.
  if (/^[A-Z]/.test(pieces[i]!.text)) {
    for (let k = i + 1; k < pieces.length && k - i <= 5; k++) {
      if (ctx.doc.text.slice(pieces[k - 1]!.end, pieces[k]!.start) !== " " || !/^[A-Z]/.test(pieces[k]!.text)) break;
      if (latinOrgSuffixes.has(pieces[k]!.text)) {
        // Take the following organization words too: Jiyun Technology Group.
        while (k + 1 < pieces.length && latinOrgSuffixes.has(pieces[k + 1]!.text) && ctx.doc.text.slice(pieces[k]!.end, pieces[k + 1]!.start) === " ") k++;
        return k;
      }
    }
  }
  let j = i;
  while (j + 1 < pieces.length) {
    const gap = ctx.doc.text.slice(pieces[j]!.end, pieces[j + 1]!.start);
    const next = pieces[j + 1]!.text;
    if (gap !== " ") {
      j++;
      continue;
    }
    if (!/\d/.test(pieces[i]!.text) && j === i && /^\d/.test(next) && /^[A-Z]/.test(pieces[i]!.text)) {
      j++; // "Llama 3", "Gemini 2.5"
      continue;
    }
    const head = pieces[i]!.text;
    const nameLike = /^[A-Z]/.test(head) || (/\d/.test(head) && /[A-Za-z]/.test(head));
    // After a name that already has a number, a bare number is not part of it ("Qwen2.5-72B 1.2分").
    const numbered = pieces.slice(i, j + 1).some((p) => /\d/.test(p.text));
    const fits = numbered ? /^\d+(?:\.\d+)?[BbMmTt]$|^\d+x\d+[Bb]$/.test(next) || variantWords.has(next.toLowerCase()) : SIZE_OR_VERSION.test(next) || variantWords.has(next.toLowerCase());
    if (nameLike && fits) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const familyCache = new WeakMap<DictionaryIndex, Map<string, EntityType>>();

/** Compact keys of Latin lexicon names of models and products, the families a new version extends. */
function latinFamilies(index: DictionaryIndex): Map<string, EntityType> {
  let families = familyCache.get(index);
  if (families === undefined) {
    families = new Map();
    for (const [key, entry] of index.latin) {
      if ((entry.type === "model" || entry.type === "product") && key.length >= 2) families.set(key, entry.type);
    }
    familyCache.set(index, families);
  }
  return families;
}

const lettersCache = new WeakMap<Map<string, EntityType>, Map<string, EntityType>>();

/**
 * Letter prefixes of family names followed by a digit (qwen of qwen2, h of h100) → the family's type:
 * a new number after the same letters is a new version (Qwen3, H200). Chips need their chip shape.
 */
function familiesByLetters(families: Map<string, EntityType>): Map<string, EntityType> {
  let byLetters = lettersCache.get(families);
  if (byLetters === undefined) {
    byLetters = new Map();
    for (const [key, type] of families) {
      const letters = /^[a-z]+(?=\d)/.exec(key)?.[0];
      if (letters !== undefined && letters.length >= (type === "product" ? 1 : 2) && !byLetters.has(letters)) byLetters.set(letters, type);
    }
    lettersCache.set(families, byLetters);
  }
  return byLetters;
}

function classifyIdentifier(ctx: Context, pieces: LatinPiece[], families: Map<string, EntityType>, byLetters: Map<string, EntityType>): void {
  // "C-Eval 86.5": a known benchmark, organization or person followed by a spaced number is not a new name.
  for (let k = pieces.length - 2; k >= 0; k--) {
    const spacedNumber = ctx.doc.text.slice(pieces[k]!.end, pieces[k + 1]!.start) === " " && /^\d/.test(pieces[k + 1]!.text);
    if (!spacedNumber) continue;
    const known = ctx.index.latin.get(compactKey(pieces.slice(0, k + 1).map((p) => p.text).join("")));
    if (known !== undefined && known.type !== "model" && known.type !== "product") return;
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const start = first.start;
  const end = last.end;
  const text = ctx.doc.text.slice(start, end);
  const key = compactKey(text);
  if (!isLetter(text[0]) || ctx.index.latin.has(key) || NOT_A_NAME.test(text)) return;
  const next = after(ctx, end);
  const hasDigit = /\d/.test(text);
  const head = (/^[A-Za-z]+/.exec(first.text)?.[0] ?? "").toLowerCase();

  if (pieces.length >= 2 && /^[A-Z]/.test(text) && latinOrgSuffixes.has(last.text) && pieces.every((p) => /^[A-Z0-9]/.test(p.text))) {
    return emit(ctx, "organization", start, end, "latin-org-suffix");
  }
  if (startsWithAny(next, cues.CHIP_HEADS) && hasDigit) return emit(ctx, "product", start, end, "latin-chip");
  const previous = ctx.doc.text.slice(Math.max(0, start - 6), start).trimEnd();
  const afterHead = cues.BENCHMARK_HEADS.some((h) => previous.endsWith(h));
  if (startsWithAny(next, cues.BENCHMARK_HEADS) || BENCHMARK_SUFFIX.test(text) || afterHead) {
    return emit(ctx, "benchmark", start, end, "latin-benchmark");
  }
  if (hasDigit && productLatinHeads.has(head)) return emit(ctx, "product", start, end, "latin-product-head");

  // A new version or size of a known family: Qwen2.5-Coder-32B, Llama 3.1 405B, Gaudi 3.
  for (let k = pieces.length - 1; k >= 0; k--) {
    const prefix = compactKey(pieces.slice(0, k + 1).map((p) => p.text).join(""));
    const type = families.get(prefix);
    if (type !== undefined && k < pieces.length - 1) return emit(ctx, type, start, end, "latin-family-version");
    if (type !== undefined) break;
  }
  // Letter-prefix family: a new version glued to a known family (Qwen3 after Qwen2, H200 after H100).
  const letters = /^[A-Za-z]+(?=\d)/.exec(text)?.[0];
  const familyType = letters !== undefined && pieces.length === 1 ? byLetters.get(letters.toLowerCase()) : undefined;
  if (familyType !== undefined && (familyType === "model" || CHIP_LIKE.test(text))) {
    return emit(ctx, familyType, start, end, "latin-family-version");
  }

  // An all-capital acronym before 模型 names a kind of model (LLM, VLA, VLM), not a model.
  const acronym = /^[A-Z]{2,5}$/.test(text);
  if (startsWithAny(next, cues.MODEL_HEADS) && /[A-Z]/.test(text) && text.length >= 3 && !acronym && !NOT_A_NAME.test(text)) {
    return emit(ctx, "model", start, end, "latin-model-head");
  }
  // A CamelCase name right after a release verb is a model: 推出FoxBrain.
  if (/^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(text) && /(?:发布|推出|开源|上线|亮相|发表|公布|升级)(?:了|的)?\s?$/.test(previous)) {
    return emit(ctx, "model", start, end, "latin-released");
  }
  // A capitalized identifier ending in a variant word is a model: Jingfan-Pro, Nova Lite.
  if (pieces.length >= 2 && /^[A-Z]/.test(text) && variantWords.has(last.text.toLowerCase()) && !NOT_A_NAME.test(text)) {
    return emit(ctx, "model", start, end, "latin-variant");
  }
  if (startsWithAny(next.toLowerCase(), cues.ORG_DESCRIPTORS) || startsWithAny(next, ["实验室", "研究院"])) {
    if (!generic.org.has(text) && text.length >= 3) return emit(ctx, "organization", start, end, "latin-org-head");
  }
  if (!hasDigit || NOT_A_NAME.test(text) || CHIP_LIKE.test(text)) return;
  if (/^[a-z0-9]{10,}$/.test(text)) return; // an identifier or hash (qeeccuggec56k9hd), not a name
  const letterCount = text.replace(/[^A-Za-z]/g, "").length;
  if (letterCount >= 2 && !/^[A-Z]{1,2}\d+$/.test(text)) emit(ctx, "model", start, end, "latin-alphanumeric");
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
function wordStartBefore(ctx: Context, p: number, headEnd: number): number {
  if ((ctx.startingAt[p] ?? -1) >= 0 || !isHan(ctx.doc.text[p - 1])) return p;
  const cut = ctx.doc.tokens[tokenIndexAt(ctx, p)];
  if (!cut || (cut.end >= headEnd && cut.tag !== "x")) return -1;
  return cut.start;
}

/** Index of the token containing offset `at` (binary search over the ordered tokens), or -1. */
function tokenIndexAt(ctx: Context, at: number): number {
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
function nameTokensBefore(ctx: Context, end: number, options: NameOptions): NameChunk {
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

function chineseModelNames(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(/大语言模型|大模型|语言模型|多模态模型|推理模型|系列模型|模型/g)) {
    if (m[0] === "模型" && doc.text[m.index - 1] === "大") continue;
    const headEnd = m.index + m[0].length;
    const wordStart = wordStartBefore(ctx, m.index, headEnd);
    if (wordStart < 0) continue;
    const { tokens, quoted } = nameTokensBefore(ctx, wordStart, { kind: "model", maxChars: 8, include: "model", fragmentEnd: m.index });
    if (tokens.length === 0) continue;
    if (!quoted && m[0] === "模型" && !tokens.some(isNameToken)) continue;
    if (!quoted && tokens.every((t) => t.tag === "ns")) continue;
    const start = tokens[0]!.start;
    let end = tokens[tokens.length - 1]!.end;
    const version = /^\s?[Vv]?\d+(?:\.\d+)+|^\s?[Vv]\d+/.exec(doc.text.slice(headEnd));
    if (version && !quoted) end = headEnd + version[0].length;
    if (tokens.length === 1 && end === tokens[0]!.end && ctx.covering[start]?.type === "model") continue;
    emit(ctx, "model", start, end, quoted ? "quoted-model-head" : "model-head");
  }
}

const RELEASED = /(?:发布|推出|开源|上线|亮相|发表|公布|升级至|迭代至|升级到|更新至)(?:了|的)?(\p{Script=Han}{2,4}?)(\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代张台块卡次倍项种BbMmKkTt])/gu;

/** An organization's numbered product is a model: 玄机智能的墨子4, 腾讯旗下的混元2. */
const OWNED = /^(?:的|旗下的?|自研的?|推出的)(\p{Script=Han}{2,4}?)(\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代张台块卡次倍项种分BbMmKkTt])/u;

/** A Chinese name with a version right after a release verb is a model: 发布星河2, 迭代至霁光4.0. */
function releasedVersions(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(RELEASED)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length - m[2]!.length;
    if (generic.model.has(name) || demonstratives.has(name) || /^(?:第|新|全新|最新|首款|一款|多款|大?模型)/.test(name)) continue;
    if ([...name].some((ch) => FUNCTION_CHARS.has(ch) || nameStops.has(ch))) continue; // 开源模型则在8张…: a clause
    const d = ctx.covering[start];
    if (d !== undefined && d.type !== "model") continue;
    emit(ctx, "model", start, start + name.length + m[2]!.length, "released-version");
  }
}

/** Start of the longest model name found so far (lexicon or pattern) that ends at `end`. */
function knownModelEndingAt(ctx: Context, end: number): number | undefined {
  let best: number | undefined;
  const consider = (start: number, surface: string) => {
    if (ctx.doc.text.startsWith(surface, end - surface.length) && start === end - surface.length && (best === undefined || start < best)) best = start;
  };
  const d = ctx.covering[end - 1];
  if (d !== undefined && d.type === "model" && d.end === end) consider(d.start, d.surface);
  for (const m of ctx.out) {
    if (m.type !== "model" || !isHan(m.surface[m.surface.length - 1])) continue;
    const at = end - m.surface.length;
    if (at >= 0 && ctx.doc.text.startsWith(m.surface, at)) consider(at, m.surface);
  }
  return best;
}

/** A count or a size, not a name: 四款, 两个, 多家, 七百亿级. */
const COUNTED = /^[一二三四五六七八九十两几多数\d]+[款个种家项位类部批]|^[\d.零〇一二两三四五六七八九十百千万亿兆]+(?:级|级别|量级|规模)?$/;

/** Characters that start no name: pronouns and function words glued to it by the segmenter (其观澜). */
const FUNCTION_CHARS = new Set([..."其该这那此的在把被与和及从向对将让给由据经自于为是以"]);

/**
 * Chinese names with a Latin or numbered variant: 玄鸟-70B, 观澜-13B-Chat, 星河2-Lite, 天枢Mini,
 * 混元DiT. A hyphen after a Chinese name, or a capitalized variant word glued to a known model, makes
 * a model identifier.
 */
function chineseIdentifiers(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(/(\d*(?:\.\d+)?)(-[A-Za-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9][A-Za-z0-9.]*)*|[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9])/g)) {
    const at = m.index;
    const hanEnd = at;
    if (!isHan(doc.text[hanEnd - 1])) continue;
    const glued = !m[2]!.startsWith("-");
    if (glued && m[1] !== "") continue;
    const ti = ctx.endingAt[hanEnd] ?? -1;
    if (ti < 0) continue;
    let start = doc.tokens[ti]!.start;
    const prev = ti > 0 ? doc.tokens[ti - 1] : undefined;
    if (doc.tokens[ti]!.word.length === 1 && prev && prev.end === start && isHan(prev.word[0]) && isNameToken(prev)) start = prev.start;
    // A model name already found ending here (霁光 of 霁光大模型) fixes where the name starts.
    const known = knownModelEndingAt(ctx, hanEnd + m[1]!.length) ?? knownModelEndingAt(ctx, hanEnd);
    if (known !== undefined) start = known;
    while (start < hanEnd - 1 && FUNCTION_CHARS.has(doc.text[start]!)) start++;
    const head = doc.text.slice(start, hanEnd);
    const d = ctx.covering[start];
    if (d !== undefined && d.type !== "model") continue;
    if (generic.model.has(head) || demonstratives.has(head) || head.length > 6) continue;
    const name = doc.tokens[ti]!;
    if (glued) {
      // Glued Latin after a Chinese word names a variant only after a model name or with a variant word.
      const word = m[2]!;
      const isVariant = variantWords.has(word.toLowerCase()) || /^[A-Z][a-z]+[A-Z][a-z]*$/.test(word);
      if (!(d?.type === "model" || (isVariant && isNameToken(name))) || /^(?:App|APP|API|SDK|AI)$/.test(word)) continue;
    } else if (!(d?.type === "model" || isNameToken(name) || name.tag === "n")) {
      continue;
    }
    emit(ctx, "model", start, at + m[0].length, glued ? "model-variant" : "hyphenated-model");
  }
}

const VERSION = String.raw`(?:[Vv]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家])`;
const HYPHEN_PARTS = String.raw`(?:-[A-Za-z0-9][A-Za-z0-9.]*)+`;
const MODEL_VARIANT = new RegExp(`^(?:(?:大模型)?\\s?${VERSION}(?:${HYPHEN_PARTS})?|${HYPHEN_PARTS}|[A-Z][a-z]+(?![A-Za-z0-9]))`);
const CHIP_VERSION = /^\s?(?:[Vv]\d+(?:\.\d+)*|\d+\.\d+|\d{3,4}[A-Z]?)(?![\d.%亿万千百个年月日位款家])/;

/**
 * Versions and variants of a found model or chip are models and chips of their own: 文心大模型4.0,
 * 霁光4.0-Flash, 星河2-Lite, 讯飞星火V3.5, 天枢Mini, 昇腾920. Runs over the decided mentions (lexicon,
 * discovered and propagated), since a variant often follows a name found elsewhere in the text.
 */
export function findVariants(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    if ((m.type !== "model" && m.type !== "product") || !isHan(m.surface[m.surface.length - 1])) continue;
    const rest = doc.text.slice(m.end, m.end + 24);
    const v = (m.type === "model" ? MODEL_VARIANT : CHIP_VERSION).exec(rest);
    if (!v) continue;
    // A glued capitalized word must be a variant word (Mini, Pro), not any English word.
    if (/^[A-Z][a-z]+$/.test(v[0]) && !variantWords.has(v[0].toLowerCase())) continue;
    const end = m.end + v[0].length;
    out.push({ ...m, end, surface: doc.text.slice(m.start, end), lexiconId: null, source: "pattern", rule: "variant" });
  }
  return [...out, ...brandVersions(doc, mentions), ...ownedVersions(doc, mentions)];
}

/** An organization's numbered product is a model: 玄机智能的墨子4, 腾讯旗下的混元2 (after propagation, so
 * that an organization found anywhere in the text counts). */
function ownedVersions(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const d of mentions) {
    if (d.type !== "organization") continue;
    const m = OWNED.exec(doc.text.slice(d.end, d.end + 16));
    if (!m) continue;
    const name = m[1]!;
    if (generic.model.has(name) || [...name].some((ch) => FUNCTION_CHARS.has(ch) || nameStops.has(ch))) continue;
    const start = d.end + m[0].length - name.length - m[2]!.length;
    out.push({ type: "model", start, end: d.end + m[0].length, surface: doc.text.slice(start, d.end + m[0].length), lexiconId: null, source: "pattern", rule: "owned-version" });
  }
  return out;
}

const BRANDED = /^(\p{Script=Han}{2,4})(?:\d|[Vv]\d)/u;
const BRAND_VERSION = String.raw`(?:\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代BbMmKkTt])`;

/**
 * Other versions of a Chinese brand the text numbers its models with: after 澜海2-Ultra and 星河2,
 * 澜海1 and 星河1.0 are models too.
 */
function brandVersions(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const taken = new Uint8Array(doc.text.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const brands = new Map<string, MentionCandidate>();
  for (const m of mentions) {
    const brand = m.type === "model" ? BRANDED.exec(m.surface)?.[1] : undefined;
    if (brand !== undefined && !brands.has(brand)) brands.set(brand, m);
  }
  const out: MentionCandidate[] = [];
  const { starts } = cjkBoundaries(doc);
  for (const [brand, model] of brands) {
    for (const v of doc.text.matchAll(new RegExp(`${brand}${BRAND_VERSION}`, "g"))) {
      if (taken[v.index] || !starts[v.index]) continue;
      const end = v.index + v[0].length;
      out.push({ ...model, start: v.index, end, surface: v[0], lexiconId: null, source: "pattern", rule: "brand-version" });
    }
  }
  return out;
}

const orgSuffixes = new Set(cues.ORG_SUFFIXES);
const unitSuffixes = new Set(cues.ORG_UNIT_SUFFIXES);
const departmentSuffixes = new Set(cues.ORG_DEPARTMENT_SUFFIXES);
const ORG_SUFFIX_RE = new RegExp(
  [...new Set([...cues.ORG_SUFFIXES, ...cues.ORG_DEPARTMENT_SUFFIXES, ...cues.ORG_DESCRIPTORS.filter((d) => isHan(d[0]))])]
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);
const ORG_SUFFIX_TEST = new RegExp(ORG_SUFFIX_RE.source);

/** Suffixes that make even a common noun before them a company name, in subject position. */
const BRAND_SUFFIXES = new Set(["智能", "科技", "智算", "智慧", "数科"]);
const SUBJECT_FOLLOWERS = /^(?:宣布|表示|发布|推出|完成|获得|称|透露|旗下|成立|创始人|联合创始人|CEO|首席|总裁|董事长|副总裁|今天|今日|近日|日前|此前|也|还|则|正在|已经|已)/;

/** Whether a name ending at `end` is followed by what follows a subject: a verb, a title, 旗下. */
function inSubjectPosition(ctx: Context, end: number): boolean {
  const ti = ctx.startingAt[end] ?? -1;
  const next = ti >= 0 ? ctx.doc.tokens[ti] : undefined;
  return SUBJECT_FOLLOWERS.test(ctx.doc.text.slice(end, end + 4)) || (next !== undefined && next.tag.startsWith("v") && next.word.length >= 2);
}

/**
 * Organizations by their suffix: 深言科技, 上海人工智能实验室, 杭州启元矩阵科技有限公司 (suffix kept);
 * 云启公司 (descriptor dropped: 云启); 清华大学计算机系 (a department of a found organization).
 * Suffixes are found by character, since the segmenter often splits an unknown name across its
 * suffix (云|睿智|能): a word cut by the suffix contributes its left part to the name.
 */
function organizationsBySuffix(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(ORG_SUFFIX_RE)) {
    const suffix = m[0];
    const p = m.index;
    const end = p + suffix.length;
    if (ctx.startingAt[end]! < 0 && isHan(doc.text[end])) continue; // the suffix must end a word
    const isSuffix = orgSuffixes.has(suffix) || departmentSuffixes.has(suffix);
    const wordStart = wordStartBefore(ctx, p, end);
    if (wordStart < 0) continue;
    const { tokens, commonNoun } = nameTokensBefore(ctx, wordStart, { kind: "org", maxChars: 12, include: "organization", fragmentEnd: p, commonNounBrand: BRAND_SUFFIXES.has(suffix) });
    if (tokens.length === 0) continue;
    // A common noun names a company only in subject position: 玄机智能CEO…, 潮汐智算宣布… (not 金融科技的…).
    if (commonNoun && !inSubjectPosition(ctx, end)) continue;
    let start = tokens[0]!.start;
    while (start < p - 1 && FUNCTION_CHARS.has(doc.text[start]!)) start++;
    const head = doc.text.slice(start, p);
    const last = tokens[tokens.length - 1];
    const d = ctx.covering[start];
    const onlyDictionary = d !== undefined && d.start === start && d.end === p;
    if (departmentSuffixes.has(suffix) && !orgSuffixes.has(suffix) && (d?.type !== "organization" || onlyDictionary)) continue;
    if (onlyDictionary && !unitSuffixes.has(suffix) && !departmentSuffixes.has(suffix)) continue;
    // "阿里更重技术": a known organization, more words, then a generic suffix is a clause, not a name.
    if (d?.type === "organization" && d.start === start && !unitSuffixes.has(suffix) && !departmentSuffixes.has(suffix)) continue;
    if (tokens.length > 0 && wordStart === p && tokens.every((c) => c.tag === "ns") && !unitSuffixes.has(suffix)) continue;
    if (tokens.some((c) => titles.has(c.word)) || generic.org.has(head)) continue;
    if (cues.FACILITY_WORDS.some((f) => doc.text.slice(0, end).endsWith(f))) continue;
    // After a name that already ends like an organization, 集团/公司 is part of the full name (霁云科技集团).
    const fullName = !isSuffix && cues.ORG_SUFFIXES.some((x) => head.endsWith(x) && head.length > x.length);
    // "法国创业公司": a descriptor after a generic word describes, it does not name.
    if (!isSuffix && !fullName && wordStart === p && last !== undefined && generic.org.has(last.word)) continue;
    emit(ctx, "organization", start, isSuffix || fullName ? end : p, isSuffix ? "org-suffix" : "org-descriptor");
  }
}

/** Endings of the segmenter's nt words that are institutions (its nt tag alone is noisy: 招人, 上进心). */
const INSTITUTION_END = /(?:[院部局委会所校社署厅办司台馆]|中心|银行|集团|公司|大学|联盟)$/;

/** Organization names the segmenter's dictionary tags nt (机构团体): 国务院, 中国科学院. */
function organizationsByTag(ctx: Context): void {
  for (const t of ctx.doc.tokens) {
    if (t.tag !== "nt" || t.word.length < 3 || !INSTITUTION_END.test(t.word) || generic.org.has(t.word)) continue;
    emit(ctx, "organization", t.start, t.end, "jieba-nt");
  }
}

const EXAM_HEADS = new Set(["考试", "资格考试", "测验", "竞赛", "联考"]);
const examNouns = cues.EXAM_NOUNS;

/** A proper name before a head word of the type: 天工基准 (benchmark), 太极机器学习平台 (product). */
function headedNames(ctx: Context, heads: readonly string[], type: EntityType, rule: string): void {
  const { doc } = ctx;
  const headSet = new Set(heads);
  const headEnds = new Set(heads.flatMap((h) => [...h].map((_, i) => h.slice(i))));
  const keepHead = new Set(["机器学习平台", "深度学习平台", "开发平台", "开放平台", "训练平台", "平台", "深度学习框架", "框架", "操作系统", "智能体平台", "开发者平台"]);
  doc.tokens.forEach((t, ti) => {
    if (!headEnds.has(t.word)) return;
    // Heads may be split by the segmenter (机器学习 + 平台): try the longest head ending at this token.
    let headStart = -1;
    for (let k = ti; k >= Math.max(0, ti - 2); k--) {
      const word = doc.text.slice(doc.tokens[k]!.start, t.end);
      if (headSet.has(word)) headStart = doc.tokens[k]!.start;
    }
    if (headStart < 0) return;
    const head = doc.text.slice(headStart, t.end);
    // An exam is named by plain nouns (公务员考试, 模拟律师资格考试); other heads need a proper name.
    const exam = type === "benchmark" && EXAM_HEADS.has(head);
    const chunk = nameTokensBefore(ctx, headStart, { kind: "model", maxChars: 8, include: type, nounsAreNames: exam }).tokens;
    if (chunk.length === 0 || (!exam && !chunk.some(isNameToken))) return;
    if (exam && !chunk.some((c) => isNameToken(c) || examNouns.some((w) => c.word.includes(w)))) return;
    let start = chunk[0]!.start;
    if (exam && doc.text.slice(start - 2, start) === "模拟") start -= 2;
    if (ctx.covering[start] !== undefined && ctx.covering[start]!.end === headStart && chunk.length === 1) return;
    if (chunk.every((c) => c.tag === "ns" || c.tag === "nt" || c.tag === "nr")) return;
    const keep = (keepHead.has(head) && type === "product") || exam;
    emit(ctx, type, start, keep ? t.end : headStart, rule);
  });
}

// ---------------------------------------------------------------------------------------------
// People: after a title (首席科学家李明, CEO Sam Altman), before a verb of saying (李明表示), or a
// transliterated foreign name (山姆·奥特曼).

const LATIN_PERSON = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}/;
const TRANSLITERATED = /[\p{Script=Han}]{1,6}·[\p{Script=Han}]{1,8}/gu;

const TITLE_RE = new RegExp([...cues.PERSON_TITLES].sort((a, b) => b.length - a.length).join("|"), "g");
/** An interview speaker: a name at the start of a line, then （organization title） or a colon. */
const SPEAKER = /(?:^|\n)[ \t]*((?:[A-Z][a-z]+[ -])+[A-Z][a-z]+|\p{Script=Han}{2,4})[ \t]*(?=[（(][^）)\n]{1,40}[）)][ \t]*[:：]|[:：])/gu;

function people(ctx: Context): void {
  const { doc } = ctx;
  // Titles are found by character: the segmenter often splits them (首席|财务官).
  for (const m of doc.text.matchAll(TITLE_RE)) {
    const end = m.index + m[0].length;
    if (isLetter(doc.text[m.index - 1]) && /^[A-Z]/.test(m[0])) continue; // CEO inside a word
    personAfter(ctx, end);
  }
  doc.tokens.forEach((t, ti) => {
    if (speechVerbs.has(t.word) && ti > 0) personBefore(ctx, t.start);
  });
  for (const m of doc.text.matchAll(SPEAKER)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    const han = isHan(name[0]);
    if (han && !(surnames.has(name[0]!) || surnames.has(name.slice(0, 2)))) continue;
    if (han && (ctx.startingAt[start] ?? -1) < 0) continue;
    // A dictionary word (简介：, 记者：) is a label, not a speaker's name.
    const token = han ? ctx.doc.tokens[ctx.startingAt[start]!] : undefined;
    if (token && token.end === start + name.length && !["nr", "nrt", "x"].includes(token.tag)) continue;
    if (ctx.covering[start] !== undefined || titles.has(name)) continue;
    emit(ctx, "person", start, start + name.length, "interview-speaker");
  }
  for (const m of doc.text.matchAll(TRANSLITERATED)) {
    // 约翰斯·霍普金斯大学 is an organization: leave it to the suffix rule.
    if (ORG_SUFFIX_TEST.test(m[0])) continue;
    const span = transliteratedSpan(ctx, m.index, m.index + m[0].length);
    if (span) emit(ctx, "person", span[0], span[1], "transliterated-name");
  }
}

/**
 * The name parts around the middle dots of a regex match (山姆·奥特曼 of 山姆·奥特曼再次发声): the word
 * before the first dot and the word after the last one, as the segmenter cut them.
 */
function transliteratedSpan(ctx: Context, from: number, to: number): [number, number] | null {
  const text = ctx.doc.text;
  const firstDot = text.indexOf("·", from);
  const lastDot = text.lastIndexOf("·", to - 1);
  const left = tokenIndexAt(ctx, firstDot - 1);
  const right = tokenIndexAt(ctx, lastDot + 1);
  if (left < 0 || right < 0) return null;
  const start = Math.max(from, ctx.doc.tokens[left]!.start);
  let end = Math.min(to, ctx.doc.tokens[right]!.end);
  // Single characters after the last part are fragments of a longer foreign name (赫尔|曼): take them.
  for (let k = right + 1; k < ctx.doc.tokens.length; k++) {
    const next = ctx.doc.tokens[k]!;
    if (next.start !== end || next.word.length !== 1 || !isHan(next.word) || nameStops.has(next.word) || next.end - lastDot - 1 > 5) break;
    end = Math.min(to, next.end);
  }
  return end > lastDot + 1 && start < firstDot ? [start, end] : null;
}


function personAfter(ctx: Context, pos: number): void {
  const { doc } = ctx;
  let p = pos;
  while (doc.text[p] === " ") p++;
  const rest = doc.text.slice(p, p + 40);
  const latin = LATIN_PERSON.exec(rest);
  if (latin) return emit(ctx, "person", p, p + latin[0].length, "title-latin-name");
  const length = chineseNameLength(ctx, p);
  if (length > 0) emit(ctx, "person", p, p + length, "title-name");
}

/** Length of a Chinese personal name starting at `p` (surname + one or two characters), or 0. */
function chineseNameLength(ctx: Context, p: number): number {
  const { doc } = ctx;
  const text = doc.text;
  const d = ctx.covering[p];
  if (d !== undefined) return 0;
  const surname = surnames.has(text.slice(p, p + 2)) ? 2 : surnames.has(text[p] ?? "") ? 1 : 0;
  if (surname === 0) return 0;
  // Prefer the segmenter's word when it is a 2–4 character name token.
  const ti = ctx.startingAt[p] ?? -1;
  const token = ti >= 0 ? doc.tokens[ti] : undefined;
  if (token && (token.tag === "nr" || token.tag === "nrt" || token.tag === "x") && token.word.length >= 2 && token.word.length <= 4 && [...token.word].every(isHan)) {
    // The segmenter often splits a three-character name as 2 + 1 (沈知 + 远): take the single character too.
    const next = doc.tokens[ti + 1];
    const third = text[token.end];
    if (token.word.length === 2 && surname === 1 && next && next.start === token.end && next.word.length === 1 && isHan(third) && !nameStops.has(third!)) return 3;
    // The segmenter may glue the next verb to an unknown name (沈听澜称): leave it out.
    let length = token.word.length;
    while (length > surname + 1 && nameStops.has(token.word[length - 1]!)) length--;
    return length;
  }
  let given = 0;
  while (given < 2 && isHan(text[p + surname + given]) && !nameStops.has(text[p + surname + given]!)) given++;
  if (given === 0) return 0;
  return surname + given;
}

function personBefore(ctx: Context, pos: number): void {
  const { doc } = ctx;
  let p = pos;
  while (p > 0 && doc.text[p - 1] === " ") p--;
  const before = doc.text.slice(Math.max(0, p - 40), p);
  const latin = /(?:^|[^A-Za-z])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})$/.exec(before);
  if (latin) return emit(ctx, "person", p - latin[1]!.length, p, "latin-name-verb");
  const ti = ctx.endingAt[p] ?? -1;
  if (ti < 0) return;
  const t = doc.tokens[ti]!;
  if (ctx.covering[t.start] !== undefined) return;
  const hanName = [...t.word].every(isHan) && t.word.length >= 2 && t.word.length <= 4;
  const bySurname = surnames.has(t.word[0] ?? "") || surnames.has(t.word.slice(0, 2));
  if (hanName && bySurname && (t.tag === "nr" || t.tag === "nrt" || t.tag === "x")) {
    emit(ctx, "person", t.start, t.end, "name-verb");
    return;
  }
  // A single-character surname token split from its given name: 李 + 明 + 表示.
  const prev = ti > 0 ? doc.tokens[ti - 1] : undefined;
  if (prev && prev.end === t.start && surnames.has(prev.word) && t.word.length <= 2 && [...t.word].every(isHan) && (t.tag === "nr" || t.tag === "x" || prev.tag === "nr")) {
    emit(ctx, "person", prev.start, t.end, "name-verb");
  }
}


// ---------------------------------------------------------------------------------------------
// Quoted names next to a head word: 自研推理芯片“霁芯一号”, “穹顶”训练框架, AI助手“小霁”.

/** Head words that type a quoted name, longest first. Assistants are models (model-backed assistants). */
const QUOTED_HEADS: [string, EntityType][] = (
  [
    ...cues.MODEL_HEADS.map((h): [string, EntityType] => [h, "model"]),
    ["助手", "model"], ["智能助手", "model"], ["AI助手", "model"], ["对话机器人", "model"], ["聊天机器人", "model"],
    ...cues.CHIP_HEADS.map((h): [string, EntityType] => [h, "product"]),
    ...cues.PRODUCT_HEADS.map((h): [string, EntityType] => [h, "product"]),
    ...cues.BENCHMARK_HEADS.map((h): [string, EntityType] => [h, "benchmark"]),
    // Only next to quotation marks: 评测「寶島題庫」 (an unquoted 月度评测 is no benchmark name).
    ["评测", "benchmark"], ["题库", "benchmark"], ["测试", "benchmark"],
  ] as [string, EntityType][]
).sort((a, b) => b[0].length - a[0].length);
const QUOTED = /[“「『]([^“”「」『』\s，。、：；！？,.:;!?]{2,12})[”」』]/g;
/** Words that may stand between a head and a quoted name (芯片“X”, 框架，名为“X”). */
const NAMING = /(?:[，,]?\s?(?:名为|名叫|叫做|代号|命名为|取名))?$/;

function quotedNames(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const after = doc.text.slice(end + 1, end + 12).replace(/^(?:训练|推理|开发|深度学习|机器学习|开源|自研|系列|的)+/, "");
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index).replace(NAMING, "");
    const headAfter = QUOTED_HEADS.find(([h]) => after.startsWith(h));
    // A name after its head (芯片“霁芯一号”, 語言模型「曜石二號」). After 大模型 or 评测 a quoted word is as
    // often a catchword (大模型“赶考”成绩单), so there the name must end its phrase and look like a name.
    const closing = doc.text[end + 1] ?? "";
    const endsPhrase = closing === "" || /[，,、。：:；;（(上中里的\s]/.test(closing);
    const nameLike = /[\dA-Za-z]|[一二三四五六七八九十]号|[一二三四五六七八九十]代/.test(m[1]!) || isNameToken({ word: m[1]!, tag: "x", start, end });
    const headBefore = QUOTED_HEADS.find(
      ([h, t]) => before.endsWith(h) && ((!cues.MODEL_HEADS.includes(h) && t !== "benchmark") || (endsPhrase && nameLike)),
    );
    const type = headAfter?.[1] ?? headBefore?.[1];
    if (type === undefined || generic.model.has(m[1]!) || ctx.covering[start] !== undefined) continue;
    emit(ctx, type, start, end, "quoted-name");
  }
}
