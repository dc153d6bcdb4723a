// The library API: build an extractor once, then extract articles; the stages are exported for reuse.
export { createExtractor, type Extractor, type ExtractorOptions } from "./pipeline.js";
export { readArticle, decodeBytes } from "./stages/read.js";
export { normalizeText, toSourceSpan, nameKey } from "./stages/normalize.js";
export { segmentText, createJiebaSegmenter, type Segmenter } from "./stages/segment.js";
export { buildDictionaryIndex, createRecognizer, decideMentions, findDictionaryMentions } from "./stages/recognize.js";
export { findParameterCounts, findBenchmarkScores } from "./stages/facts.js";
export { resolveDocument } from "./stages/resolve.js";
export { validateDocument } from "./stages/validate.js";
export { parseNumber, parseQuantity } from "./stages/numbers.js";
export { loadLexicon, DEFAULT_LEXICON_DIR, type Lexicon, type LexiconEntry } from "./lexicon/load.js";
export { writers, type Writer, type OutputFormat } from "./writers/index.js";
export * from "./schema.js";
export * from "./errors.js";
export type { Article, Token, MentionCandidate } from "./types.js";
