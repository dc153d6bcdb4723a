// The baseline `extract eval --baseline` scores beside us: what a user gets from nodejieba and a regex
// alone (organizations = nt tags, people = nr tags, models = alphanumeric eng tokens, parameter counts =
// a number before 参数). It loads jieba's own dictionary, without our lexicon. jieba splits GPT-4 into
// GPT / - / 4, so "alphanumeric eng tokens" are read with a regex over the text, as a script would.
import { describeSource } from "./pipeline.js";
import type { Entity, ExtractionDocument, ParameterCount } from "./schema.js";
import { normalizeText, toSourceSpan } from "./stages/normalize.js";
import { parseNumber } from "./stages/numbers.js";
import { createJiebaSegmenter, segmentText } from "./stages/segment.js";
import type { Article } from "./types.js";

const TYPE_BY_TAG: Record<string, Entity["type"]> = { nt: "organization", nr: "person", nrt: "person" };
const PARAMETERS = /(\d+(?:\.\d+)?)\s*(万亿|亿|万)?\s*个?参数/g;
const ALPHANUMERIC = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;

/** Extracts an article the baseline way; one entity per distinct surface form. */
export function createBaselineExtractor(): { extract(article: Article): ExtractionDocument } {
  const segmenter = createJiebaSegmenter([], "full");
  return {
    extract(article) {
      const doc = segmentText(normalizeText(article.text), segmenter);
      const entities = new Map<string, Entity>();
      const found: { type: Entity["type"]; start: number; end: number; rule: string }[] = [];
      for (const t of doc.tokens) {
        const type = TYPE_BY_TAG[t.tag];
        if (type !== undefined) found.push({ type, start: t.start, end: t.end, rule: `baseline:${t.tag}` });
      }
      for (const m of doc.text.matchAll(ALPHANUMERIC)) {
        if (/\d/.test(m[0])) found.push({ type: "model", start: m.index, end: m.index + m[0].length, rule: "baseline:alphanumeric" });
      }
      for (const { type, start, end, rule } of found) {
        const span = toSourceSpan(doc, start, end);
        const key = `${type}:${span.text}`;
        const entity = entities.get(key) ?? {
          type, name: span.text, aliases: [], lexiconId: null, ...(type === "model" ? { developer: null } : {}), mentions: [],
        };
        entity.mentions.push({ ...span, source: "pattern", rule });
        entities.set(key, entity);
      }
      const parameterCounts: ParameterCount[] = [];
      for (const m of doc.text.matchAll(PARAMETERS)) {
        const value = parseNumber(`${m[1]}${m[2] ?? ""}`);
        if (value !== null) parameterCounts.push({ model: null, value, qualifier: null, ...toSourceSpan(doc, m.index, m.index + m[0].length) });
      }
      return {
        schemaVersion: 1,
        source: describeSource(article, doc.origin[doc.text.length] ?? 0),
        entities: [...entities.values()],
        parameterCounts,
        benchmarkScores: [],
      };
    },
  };
}
