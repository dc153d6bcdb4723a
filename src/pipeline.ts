import { loadLexicon, type Lexicon } from "./lexicon/load.js";
import type { ExtractionDocument, Source } from "./schema.js";
import { findBenchmarkScores, findParameterCounts } from "./stages/facts.js";
import { normalizeText } from "./stages/normalize.js";
import { buildDictionaryIndex, createRecognizer } from "./stages/recognize.js";
import { resolveDocument } from "./stages/resolve.js";
import { createJiebaSegmenter, segmentText, type JiebaDictionary, type Segmenter } from "./stages/segment.js";
import { findOutOfScope } from "./stages/scope.js";
import { enforceValid, type ValidationLevel } from "./stages/validate.js";
import type { Article } from "./types.js";

/** How to build an extractor; every field has a default. */
export interface ExtractorOptions {
  /** Folder with the five lexicon files; defaults to the bundled lexicon. */
  lexiconDir?: string;
  /** A segmenter to use instead of nodejieba (tests); it is given no user dictionary. */
  segmenter?: Segmenter;
  /** The jieba dictionary: "trimmed" (default, fast start) or "full" (jieba's own, for comparison). */
  jiebaDictionary?: JiebaDictionary;
  /** What to do when an output document fails its schema or span check (default "error"). */
  validation?: ValidationLevel;
}

/** Turns articles into validated output documents. Set-up (lexicon, dictionary) happens once. */
export interface Extractor {
  extract(article: Article): ExtractionDocument;
  lexicon: Lexicon;
}

/**
 * Builds the extractor: loads the lexicon, loads the segmenter with the lexicon's names as user
 * words, compiles the recognizer. The stages then run in order for each article:
 * scope → normalize → segment → recognize → facts → resolve → validate.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const lexicon = loadLexicon(options.lexiconDir);
  const index = buildDictionaryIndex(lexicon);
  const segmenter = options.segmenter ?? createJiebaSegmenter(index.cjkNames, options.jiebaDictionary);
  const recognize = createRecognizer(index);
  const validation = options.validation ?? "error";

  return {
    lexicon,
    extract(article) {
      const normalized = normalizeText(article.text, findOutOfScope(article.text));
      const segmented = segmentText(normalized, segmenter);
      const mentions = recognize(segmented);
      const params = findParameterCounts(segmented, mentions);
      const scores = findBenchmarkScores(segmented, mentions);
      const resolved = resolveDocument(segmented, mentions, params, scores, lexicon);
      const doc: ExtractionDocument = {
        schemaVersion: 1,
        source: describeSource(article, normalized.origin[normalized.text.length] ?? 0),
        ...resolved,
      };
      enforceValid(doc, article.text, article.path ?? "<stdin>", validation);
      return doc;
    },
  };
}

/** The `source` record of an article's document; `length` is the document text in code points. */
export function describeSource(article: Article, length: number): Source {
  return {
    path: article.path,
    format: article.format,
    title: article.title,
    encoding: article.encoding,
    length,
    published: article.published ?? null,
    author: article.author ?? null,
    siteName: article.siteName ?? null,
    url: article.url ?? null,
  };
}
