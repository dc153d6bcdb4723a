import type { Lexicon, LexiconEntry } from "../lexicon/load.js";
import type { EntityType, MentionCandidate, SegmentedText } from "../types.js";
import { foldString, NAME_SEPARATORS } from "./normalize.js";
import { findPatternMentions, findVariants } from "./patterns/index.js";
import { isAlnum, isHan, lowerAscii } from "./text.js";

/** Where a lexicon name is found in text: CJK names by their folded surface, Latin names by compact key. */
export interface DictionaryIndex {
  /** First character of a folded CJK-containing name → its surfaces, longest first. */
  cjk: Map<string, { surface: string; entry: LexiconEntry }[]>;
  /** Compact key (lower case, no spaces or -_·) of an all-ASCII name → entry. */
  latin: Map<string, LexiconEntry>;
  /** Compact keys of Latin names of at most 3 characters, in their own case: these match case-sensitively. */
  shortCased: Set<string>;
  /** Every folded CJK-containing name, for the segmenter's user dictionary. */
  cjkNames: string[];
  lexicon: Lexicon;
}

/** A function from a segmented document to its entity mentions, non-overlapping, in text order. */
export type Recognizer = (doc: SegmentedText) => MentionCandidate[];

/** When one name belongs to entries of several types, the first type here wins. */
const TYPE_PRIORITY: EntityType[] = ["model", "organization", "product", "benchmark", "person"];

/** Lower-cased compact key of a Latin name: "Llama-3.1 405B" → "llama3.1405b". */
export function compactKey(text: string): string {
  return text.replace(NAME_SEPARATORS, "").toLowerCase();
}

/** Folds a lexicon name the way the document text is folded (NFKC, Simplified, lower-case ASCII). */
export function foldName(name: string): string {
  return lowerAscii(foldString(name));
}

/** Builds the dictionary index once per lexicon (the EntityRuler's compiled matcher). */
export function buildDictionaryIndex(lexicon: Lexicon): DictionaryIndex {
  const cjk = new Map<string, { surface: string; entry: LexiconEntry }[]>();
  const latin = new Map<string, LexiconEntry>();
  const shortCased = new Set<string>();
  const cjkNames = new Set<string>();
  const rank = (e: LexiconEntry) => TYPE_PRIORITY.indexOf(e.type);
  const entries = [...lexicon.entries.values()].sort((a, b) => rank(a) - rank(b));
  for (const entry of entries) {
    for (const name of entry.names) {
      const surface = foldName(name);
      if (/^[\x00-\x7f]+$/.test(surface)) {
        const key = compactKey(surface);
        if (key.length === 0 || latin.has(key)) continue;
        latin.set(key, entry);
        if (key.length <= 3) shortCased.add(name.replace(NAME_SEPARATORS, ""));
      } else {
        const first = surface[0]!;
        const list = cjk.get(first) ?? [];
        if (!list.some((x) => x.surface === surface)) list.push({ surface, entry });
        cjk.set(first, list);
        // The segmenter sees the text in its own case: give it the name folded but not lower-cased.
        const segmenterWord = foldString(name);
        if (!/\s/.test(segmenterWord)) cjkNames.add(segmenterWord);
      }
    }
  }
  for (const list of cjk.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { cjk, latin, shortCased, cjkNames: [...cjkNames], lexicon };
}

/**
 * Where a CJK name may start or end: at a token boundary, or inside an out-of-vocabulary token (the
 * segmenter's HMM often glues an unknown name to a neighbouring character: 版霁|光).
 */
export function cjkBoundaries(doc: SegmentedText): { starts: Uint8Array; ends: Uint8Array } {
  const starts = new Uint8Array(doc.text.length + 1);
  const ends = new Uint8Array(doc.text.length + 1);
  for (const t of doc.tokens) {
    starts[t.start] = 1;
    ends[t.end] = 1;
    if (t.tag === "x" && t.word.length > 1 && isHan(t.word[0])) {
      starts.fill(1, t.start, t.end);
      ends.fill(1, t.start + 1, t.end);
    }
  }
  return { starts, ends };
}

/** A run of Latin pieces: identifiers separated by spaces or -_·, each with its offsets. */
export interface LatinPiece {
  text: string;
  start: number;
  end: number;
}

const LATIN_RUN = /[A-Za-z0-9][A-Za-z0-9.+]*(?:[ \-_·•・][A-Za-z0-9][A-Za-z0-9.+]*)*/g;

/** Splits the normalized text into runs of Latin pieces (a trailing "." is sentence punctuation). */
export function latinRuns(text: string): LatinPiece[][] {
  const runs: LatinPiece[][] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    let pieces: LatinPiece[] = [];
    for (const p of m[0].matchAll(/[A-Za-z0-9][A-Za-z0-9.+]*/g)) {
      const piece = p[0].replace(/\.+$/, ""); // a final "." ends the sentence; a "+" is part of names (TMMLU+)
      if (piece.length === 0) continue;
      const start = m.index + p.index;
      pieces.push({ text: piece, start, end: start + piece.length });
      // "…the leaderboard. Aurora-2 is": a sentence ends, and so does the run.
      if (piece.length < p[0].length) {
        runs.push(pieces);
        pieces = [];
      }
    }
    if (pieces.length > 0) runs.push(pieces);
  }
  return runs;
}

const MAX_LATIN_PIECES = 6;

/** Finds lexicon names in the text: Latin names over piece boundaries, CJK names on token boundaries. */
export function findDictionaryMentions(doc: SegmentedText, index: DictionaryIndex): MentionCandidate[] {
  const found: MentionCandidate[] = [];
  const add = (start: number, end: number, entry: LexiconEntry) =>
    found.push({
      type: entry.type,
      start,
      end,
      surface: doc.text.slice(start, end),
      lexiconId: entry.key,
      source: "dictionary",
      rule: `lexicon:${entry.type}`,
    });

  for (const pieces of latinRuns(doc.text)) {
    for (let i = 0; i < pieces.length; i++) {
      for (let j = Math.min(pieces.length, i + MAX_LATIN_PIECES) - 1; j >= i; j--) {
        const cased = pieces.slice(i, j + 1).map((p) => p.text).join("");
        const entry = index.latin.get(cased.toLowerCase());
        if (entry === undefined) continue;
        if (cased.length <= 3 && !index.shortCased.has(cased)) continue;
        add(pieces[i]!.start, pieces[j]!.end, entry);
        break;
      }
    }
  }

  const lower = lowerAscii(doc.text);
  const { starts, ends } = cjkBoundaries(doc);
  for (let i = 0; i < lower.length; i++) {
    const list = index.cjk.get(lower[i]!);
    if (list === undefined) continue;
    for (const { surface, entry } of list) {
      if (!lower.startsWith(surface, i)) continue;
      const end = i + surface.length;
      // Strict alignment on CJK edges (阿里 is not in 阿里山); Latin edges must not continue a word.
      const startOk = isHan(lower[i]) ? starts[i] === 1 : !isAlnum(lower[i - 1]);
      const endOk = isHan(lower[end - 1]) ? ends[end] === 1 : !isAlnum(lower[end]);
      if (startOk && endOk) {
        add(i, end, entry);
        break;
      }
    }
  }
  return found;
}

const RULE_ORDER = ["dictionary", "pattern"];

/**
 * The overlap policy: longest first, then earliest, then dictionary before pattern; a candidate
 * overlapping one already kept is dropped. Returns the kept mentions in text order.
 */
export function decideMentions(candidates: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      RULE_ORDER.indexOf(a.source) - RULE_ORDER.indexOf(b.source) ||
      Number(byShape(a)) - Number(byShape(b)),
  );
  const kept: MentionCandidate[] = [];
  const taken = new Uint8Array(candidates.reduce((m, c) => Math.max(m, c.end), 0) + 1);
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** （以下简称“启元矩阵”）, （英文名StarRiver-2）, （Beiming Institute for AI，下称“北冥研究院”） */
const DEFINED_ALIAS = /^\s?[（(]([^（）()\n]{0,40}?)(?:[,，;；]\s?)?(?:以下简称|以下称|下称|简称|又称|英文名称|英文名|英文简称|英文|中文名称|中文名)[:：为是]?\s?[“"「『]?([^”"」』）)，,。；;\n]{2,24}?)[”"」』]?\s?[)）]/;
/** An English name given after the name and a comma: 「鲸语-3」，英文名称为Narwhal-3. */
const ENGLISH_NAME_AFTER = /^[”"」』]?\s?[,，]\s?(?:其|它的)?英文(?:名称|名字|名|简称)(?:为|是|叫|叫做)?[:：]?\s?[“"「『]?([A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9][A-Za-z0-9.+-]*){0,3})[”"」』]?(?=[，,。；;）)\s]|$)/;
/** A foreign name alone in parentheses after a name: 联发创新基地（MediaTek Research）. */
const PARENTHESIZED_LATIN = /^\s?[（(]((?:[A-Z][A-Za-z0-9.&'-]*\s?){1,6})[)）,，]/;

/**
 * Names the text defines as another name of the mention before them: 启元矩阵科技有限公司（以下简称
 * “启元矩阵”）, 星河2（英文名StarRiver-2）, 北冥智能研究院（Beiming Institute for AI，下称“北冥研究院”）.
 * The alias gets the type of the defined mention and points back to it.
 */
export function findDefinedAliases(doc: SegmentedText, found: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const add = (m: MentionCandidate, alias: string, at: number) => {
    // A blank or misplaced capture (简称“ ”) defines nothing.
    if (!/\p{L}|\p{N}/u.test(alias) || at < m.end || !doc.text.startsWith(alias, at)) return;
    out.push({ type: m.type, start: at, end: at + alias.length, surface: alias, lexiconId: m.lexiconId, source: "pattern", rule: "defined-alias", aliasOf: m.start });
  };
  for (const m of found) {
    if (m.type === "person") continue;
    const rest = doc.text.slice(m.end, m.end + 80);
    const d = DEFINED_ALIAS.exec(rest);
    if (d) {
      const alias = d[2]!.trim();
      add(m, alias, m.end + d[0].lastIndexOf(alias));
    }
    // Outside parentheses: 「鯨語-3」，英文名稱為Narwhal-3.
    const english = ENGLISH_NAME_AFTER.exec(rest);
    if (english) add(m, english[1]!.trim(), m.end + english[0].lastIndexOf(english[1]!.trim()));
    // A foreign name in the same parentheses: 北冥智能研究院（Beiming Institute for AI，下称…）.
    const latin = PARENTHESIZED_LATIN.exec(rest)?.[1] ?? (d && /^[A-Z]/.test(d[1]!.trim()) ? d[1] : undefined);
    if (latin !== undefined) {
      const alias = latin.trim().replace(/[,，]$/, "");
      if (alias.length >= 3 && !/^[A-Z]{1,2}$/.test(alias)) add(m, alias, m.end + rest.indexOf(alias));
    }
  }
  return out;
}

/**
 * A name discovered once is a name everywhere: every other occurrence of a pattern-found surface
 * (星河2 after “星河2”大模型) becomes a mention too, with the same boundary rules as the dictionary.
 */
export function propagateNames(doc: SegmentedText, found: MentionCandidate[]): MentionCandidate[] {
  const surfaces = new Map<string, MentionCandidate>();
  for (const m of found) {
    if (m.source === "pattern" && [...m.surface].length >= 2 && !surfaces.has(m.surface)) surfaces.set(m.surface, m);
  }
  if (surfaces.size === 0) return [];
  const { starts, ends } = cjkBoundaries(doc);
  const out: MentionCandidate[] = [];
  for (const [surface, first] of surfaces) {
    for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + 1)) {
      const end = i + surface.length;
      const startOk = isHan(doc.text[i]) ? starts[i] === 1 : !isAlnum(doc.text[i - 1]);
      const endOk = isHan(doc.text[end - 1]) ? ends[end] === 1 : !isAlnum(doc.text[end]) && doc.text[end] !== "-";
      if (startOk && endOk) out.push({ ...first, start: i, end, rule: `propagated:${first.rule}` });
    }
  }
  return out;
}

/**
 * Rules that type a name by its shape alone (LX-90 looks like a model id), not by the words around it:
 * on the same span a rule that read the context wins, and their other mentions take its type.
 */
const SHAPE_RULES = new Set(["hyphenated-model", "model-variant", "latin-alphanumeric"]);
const byShape = (m: MentionCandidate) => SHAPE_RULES.has(m.rule.startsWith("propagated:") ? m.rule.slice("propagated:".length) : m.rule);

/**
 * One discovered name has one type: where the words around one mention typed it (其LX-90加速卡: a
 * product), its other mentions typed by shape alone (LX-90单卡售价) take that type.
 */
export function unifyTypes(mentions: MentionCandidate[]): MentionCandidate[] {
  const byContext = new Map<string, MentionCandidate["type"]>();
  for (const m of mentions) {
    if (m.source === "pattern" && !byShape(m) && !byContext.has(m.surface)) byContext.set(m.surface, m.type);
  }
  return mentions.map((m) => {
    const type = byShape(m) ? byContext.get(m.surface) : undefined;
    return type !== undefined && type !== m.type ? { ...m, type } : m;
  });
}

/** Compiles the lexicon into a recognizer: dictionary and pattern candidates, then one overlap policy. */
export function createRecognizer(index: DictionaryIndex): Recognizer {
  return (doc) => {
    const dictionary = findDictionaryMentions(doc, index);
    const patterns = findPatternMentions(doc, dictionary, index);
    const found = decideMentions([...dictionary, ...patterns]);
    // Defined aliases first: on an identical span they win, keeping the link to what they stand for.
    const withAliases = decideMentions([...findDefinedAliases(doc, found), ...found]);
    const propagated = decideMentions([...withAliases, ...propagateNames(doc, withAliases)]);
    const withVariants = decideMentions([...propagated, ...findVariants(doc, propagated)]);
    // A variant may be what a definition follows: 「雲雀2」，英文名稱叫Lark-2.
    const variantAliases = findDefinedAliases(doc, withVariants).filter((a) => !withAliases.some((m) => m.start === a.start && m.rule === "defined-alias"));
    const defined = variantAliases.length > 0 ? decideMentions([...variantAliases, ...withVariants]) : withVariants;
    return unifyTypes(decideMentions([...defined, ...propagateNames(doc, defined)]));
  };
}
