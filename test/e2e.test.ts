import { describe, expect, it } from "vitest";
import { findAnnotatedArticles, loadGold, scoreDocument, summarize } from "../src/eval.js";
import { readArticle } from "../src/stages/read.js";
import { validateDocument } from "../src/stages/validate.js";
import { createExtractor } from "../src/pipeline.js";
import { expectGrounded, extractor } from "./helpers/extract.js";

// Accuracy floors, a little under the figures in README.md: a change that loses accuracy fails here.
const FLOORS = { dev: 0.93, test: 0.85, "formats/raw": 0.87 };
const unvalidated = createExtractor({ validation: "off" });

describe.each(Object.entries(FLOORS))("fixtures/%s", (split, floor) => {
  const pairs = findAnnotatedArticles(`fixtures/${split}`);

  it("has annotated articles", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pairs.map((p) => [p.article, p.gold]))("%s: a valid, grounded document", async (article) => {
    const input = await readArticle(article);
    // Validation off in the extractor, so that this test is what checks it.
    const doc = unvalidated.extract(input);
    expect(validateDocument(doc, input.text)).toEqual([]);
    expectGrounded(doc, input.text);
  });

  it(`scores micro-F1 ≥ ${floor} against the gold files`, async () => {
    const scores = [];
    for (const { article, gold } of pairs) {
      const input = await readArticle(article);
      scores.push(scoreDocument(article, extractor().extract(input), loadGold(gold), input.text));
    }
    const report = summarize(scores);
    expect(report.spanMatchRate).toBe(1);
    expect(report.micro.f1).toBeGreaterThanOrEqual(floor);
  });
});
