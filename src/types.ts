import type { EntityType, Span } from "./schema.js";

export type { EntityType, Span };

/** A decoded input document. `text` is the document text that every output offset indexes. */
export interface Article {
  path: string | null;
  format: "text" | "html";
  title: string | null;
  encoding: string;
  text: string;
  /** Page metadata (HTML): publication date (ISO 8601), author, site name, canonical URL. */
  published?: string | null;
  author?: string | null;
  siteName?: string | null;
  url?: string | null;
}

/**
 * The matching copy of a document: full-width folded to half-width (NFKC) and Traditional
 * folded to Simplified, one source code point at a time. `origin[i]` is the code point offset
 * in the original text of UTF-16 unit `i` of `text`; `origin[text.length]` is the original length.
 */
export interface NormalizedText {
  original: string;
  text: string;
  origin: Int32Array;
  /** `sourceUnit[k]` is the UTF-16 offset in `original` of code point `k` (and one past the end). */
  sourceUnit: Int32Array;
}

/** A word from the segmenter, with UTF-16 offsets into the normalized text (end exclusive). */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A segmented document: the normalized text and its tokens in order. */
export interface SegmentedText extends NormalizedText {
  tokens: Token[];
}

/** A candidate entity mention, in UTF-16 offsets of the normalized text (end exclusive). */
export interface MentionCandidate {
  type: EntityType;
  start: number;
  end: number;
  /** The normalized surface text, `text.slice(start, end)` of the normalized copy. */
  surface: string;
  /** Lexicon id for dictionary hits, null for discovered names. */
  lexiconId: string | null;
  source: "dictionary" | "pattern";
  rule: string;
  /** For a name the text defines as short for another (以下简称“启元矩阵”): the start of that mention. */
  aliasOf?: number;
}

/** A parameter count found in the normalized text, before attribution to a model. */
export interface ParameterCandidate {
  start: number;
  end: number;
  value: number;
  qualifier: "about" | "over" | "under" | null;
  /** Models the count is stated for when the pattern itself names them ("A与B均为…"), else empty. */
  subjects: number[];
}

/** A benchmark score found in the normalized text, before attribution to a model. */
export interface ScoreCandidate {
  start: number;
  end: number;
  /** Index of the benchmark mention the score refers to. */
  benchmark: number;
  /** Index of the model mention the pattern itself ties the score to (tables), else null. */
  model: number | null;
  subtask: string | null;
  score: number;
  scale: number | null;
  unit: string | null;
  rank: "top" | "bottom" | null;
}
