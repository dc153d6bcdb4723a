import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nodejieba from "nodejieba";
import type { NormalizedText, SegmentedText, Token } from "../types.js";

/** A word segmenter with part-of-speech tags (jieba's tag set: n, v, nr, nt, nz, eng, x, …). */
export interface Segmenter {
  tag(text: string): { word: string; tag: string }[];
}

/** Which jieba dictionary to load: the trimmed one built at install time, or jieba's full one. */
export type JiebaDictionary = "trimmed" | "full";

/** Frequency given to lexicon names in the user dictionary (jieba's common words are in the thousands). */
const USER_WORD_FREQUENCY = 20000;

/**
 * Writes the user dictionary for `words` once (named by its content, shared by every process and worker)
 * and returns its path. Words with spaces cannot be jieba words and are left out.
 */
function userDictionary(words: string[]): string {
  const lines = words.filter(isJiebaWord).map((w) => `${w} ${USER_WORD_FREQUENCY} ${LEXICON_TAG}`);
  const content = `${lines.join("\n")}\n`;
  const path = join(tmpdir(), `extract-userdict-${createHash("sha256").update(content).digest("hex").slice(0, 16)}.utf8`);
  if (!existsSync(path)) {
    const temp = `${path}.${randomUUID()}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, path);
  }
  return path;
}

/** How far ahead a word the segmenter returned may be found (spaces or characters it dropped). */
const RESYNC_WINDOW = 64;

/** Tag given to lexicon names added to the segmenter's dictionary. */
export const LEXICON_TAG = "lex";

/** The trimmed jieba dictionary written by scripts/build-dict.js at install time. */
const TRIMMED_DIR = fileURLToPath(new URL("../../dist/jieba/", import.meta.url));

/**
 * jieba's part-of-speech tagger is a dictionary lookup after the cut: a word's tag is its dictionary tag,
 * else "m" for a number, "eng" for Latin and "x" for anything else (cppjieba's PosTagger). Doing that
 * lookup here over `nodejieba.cut` gives the same words and tags as `nodejieba.tag` at less than half the
 * cost (tag builds an object per word across the native boundary). Building the table costs ~20 ms, so a
 * process uses `nodejieba.tag` until it has tagged `TABLE_AFTER` characters: a short article never pays for it.
 */
class JiebaTagger implements Segmenter {
  private table: Map<string, string> | null = null;
  private tagged = 0;
  private readonly inserted: string[] = [];

  constructor(
    private readonly dictFiles: string[],
    private readonly userWords: string[],
  ) {}

  insert(word: string): void {
    nodejieba.insertWord(word, LEXICON_TAG);
    if (this.table) this.table.set(word, LEXICON_TAG);
    else this.inserted.push(word);
  }

  tag(text: string): { word: string; tag: string }[] {
    this.tagged += text.length;
    if (this.table === null && this.tagged < TABLE_AFTER) return nodejieba.tag(text);
    const table = (this.table ??= this.buildTable());
    return nodejieba.cut(text, true).map((word) => ({ word, tag: table.get(word) ?? tagByCharacters(word) }));
  }

  /** word → tag from the dictionary files in load order (a later entry wins, as in jieba's trie), then the user words. */
  private buildTable(): Map<string, string> {
    const table = new Map<string, string>();
    for (const file of this.dictFiles) {
      const text = readFileSync(file, "utf8");
      for (let at = 0; at < text.length; ) {
        const end = (text.indexOf("\n", at) + 1 || text.length + 1) - 1;
        const space = text.indexOf(" ", at);
        const space2 = space < 0 ? -1 : text.indexOf(" ", space + 1);
        if (space > at && space2 > space && space2 < end) table.set(text.slice(at, space), text.slice(space2 + 1, end).trim());
        at = end + 1;
      }
    }
    for (const word of [...this.userWords, ...this.inserted]) table.set(word, LEXICON_TAG);
    return table;
  }
}

/** Characters tagged through `nodejieba.tag` before the lookup table pays for itself. */
const TABLE_AFTER = 256 * 1024;

/** cppjieba's tag for a word not in the dictionary, from its ASCII characters (counted until half the word is ASCII). */
export function tagByCharacters(word: string): string {
  const chars = [...word];
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < chars.length && ascii < Math.floor(chars.length / 2); i++) {
    const c = chars[i]!.codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return "x";
  return digits === ascii ? "m" : "eng";
}

let loaded: { segmenter: JiebaTagger; dictionary: JiebaDictionary } | null = null;

/**
 * The process-wide jieba segmenter (nodejieba holds one dictionary per process). Loads the trimmed
 * dictionary when the build made one (unless `dictionary` is "full"), else jieba's full one, then adds `userWords` as single
 * words so a known name is one token. Later calls return the same segmenter and add their new words:
 * nodejieba keeps one dictionary per process, shared by every extractor in it. Asking for the other
 * dictionary once one is loaded is a programming error and throws.
 */
export function createJiebaSegmenter(userWords: Iterable<string> = [], dictionary: JiebaDictionary = "trimmed"): Segmenter {
  if (loaded !== null && loaded.dictionary !== dictionary) {
    throw new Error(`the ${loaded.dictionary} jieba dictionary is already loaded in this process; nodejieba cannot load the ${dictionary} one beside it`);
  }
  const words = [...userWords].filter(isJiebaWord);
  if (loaded === null) {
    const dict = `${TRIMMED_DIR}dict.utf8`;
    // The names go in as a user dictionary with a high frequency, so that a known name beats a
    // segmentation around it (2048张|华为, not 2048|张华|为); insertWord gives them only a median weight.
    const userDict = userDictionary(words);
    const main = existsSync(dict) && dictionary === "trimmed" ? dict : (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
    if (main === dict) {
      nodejieba.load({ dict, userDict, idfDict: `${TRIMMED_DIR}idf.utf8`, stopWordDict: `${TRIMMED_DIR}stop.utf8` });
    } else {
      nodejieba.load({ dict: main, userDict });
    }
    loaded = { segmenter: new JiebaTagger([main], words), dictionary };
    return loaded.segmenter;
  }
  for (const word of words) loaded.segmenter.insert(word);
  return loaded.segmenter;
}

/** Words with spaces cannot be jieba words. */
function isJiebaWord(word: string): boolean {
  return word.length > 0 && !/\s/.test(word);
}

/**
 * Segments the normalized text. nodejieba returns words without offsets, so offsets are rebuilt by
 * walking the text (UTF-16 units of the normalized copy, end exclusive); characters the segmenter
 * dropped are simply not covered by a token.
 */
export function segmentText(norm: NormalizedText, segmenter: Segmenter): SegmentedText {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of segmenter.tag(norm.text)) {
    if (word.length === 0) continue;
    const at = norm.text.startsWith(word, cursor) ? cursor : findNearby(norm.text, word, cursor);
    if (at < 0) continue; // a word the segmenter altered: skip it, keep the cursor
    tokens.push(...splitGlued({ word, tag, start: at, end: at + word.length }));
    cursor = at + word.length;
  }
  return { ...norm, tokens };
}

/** Characters that end the word before an unknown name rather than start the name: 旗舰版|星衡, 评估过|栖梧. */
const GLUED_BEFORE = new Set([..."版款型商过了着的在把被与及将让给由据是其该这那此也都还就又曾已等按对用称建"]);
/** Verbs the HMM glues onto the unknown name after them: 自建|睿衡, 采用|星河. */
const GLUED_VERBS = new Set(["自建", "自研", "新建", "采用", "使用", "基于", "部署", "接入", "推出", "发布", "开源", "上线", "调用", "训练", "微调", "迭代", "升级"]);
/** Characters that start the word after an unknown name: 严冬青|曾在, 周牧|说. */
const GLUED_AFTER = new Set([..."曾说称的了在也都已和与等则"]);
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * jieba's HMM joins an unknown name with a neighbouring function character (轻量|版岫元, 严冬|青曾); such
 * a word (tag x, Chinese only) is split back into the character, tagged as a particle, and the name.
 */
function splitGlued(t: Token): Token[] {
  if (t.tag !== "x" || t.word.length < 2 || !HAN_ONLY.test(t.word)) return [t];
  const piece = (from: number, to: number, tag: string): Token => ({ word: t.word.slice(from, to), tag, start: t.start + from, end: t.start + to });
  const n = t.word.length;
  if (n >= 3 && GLUED_BEFORE.has(t.word[0]!)) return [piece(0, 1, "u"), ...splitGlued(piece(1, n, "x"))];
  if (n >= 4 && GLUED_VERBS.has(t.word.slice(0, 2))) return [piece(0, 2, "v"), ...splitGlued(piece(2, n, "x"))];
  if (GLUED_AFTER.has(t.word[n - 1]!)) return [piece(0, n - 1, "x"), piece(n - 1, n, "u")];
  return [t];
}

/**
 * `word` within a short distance after `cursor`, or -1. Words come in order; looking only nearby means
 * one altered word (U+FFFD for a lone surrogate) cannot push every later offset to the wrong place.
 */
function findNearby(text: string, word: string, cursor: number): number {
  const at = text.slice(cursor, cursor + RESYNC_WINDOW + word.length).indexOf(word);
  return at < 0 ? -1 : cursor + at;
}
