import { expect } from "vitest";
import { createExtractor, type Extractor } from "../../src/pipeline.js";
import type { ExtractionDocument } from "../../src/schema.js";

let shared: Extractor | null = null;

/** One extractor for the whole test run (nodejieba holds one dictionary per process). */
export function extractor(): Extractor {
  shared ??= createExtractor();
  return shared;
}

/** Extracts a text given inline, as a plain-text article. */
export function extractText(text: string): ExtractionDocument {
  return extractor().extract({ path: null, format: "text", title: null, encoding: "utf-8", text });
}

/** Every span in the document is the exact source slice (LangExtract's interval check). */
export function expectGrounded(doc: ExtractionDocument, text: string): void {
  const cps = Array.from(text);
  const spans = [...doc.entities.flatMap((e) => e.mentions), ...doc.parameterCounts, ...doc.benchmarkScores];
  for (const s of spans) expect(cps.slice(s.start, s.end).join(""), `span [${s.start}, ${s.end})`).toBe(s.text);
}

/** The entity of a type whose name or alias is `name`. */
export function entity(doc: ExtractionDocument, type: string, name: string) {
  return doc.entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
}

/** Each entity of a type as its sorted names (canonical name and aliases): one entity, all its names. */
export function entityNames(doc: ExtractionDocument, type: string): string[][] {
  return doc.entities.filter((e) => e.type === type).map((e) => [e.name, ...e.aliases].sort());
}
