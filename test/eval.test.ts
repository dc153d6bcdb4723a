import { describe, expect, it } from "vitest";
import { GoldFile, scoreDocument, summarize } from "../src/eval.js";
import type { Entity, ExtractionDocument } from "../src/schema.js";

const TEXT = "OpenAI发布GPT-4，阿里发布Qwen2";

function ent(type: Entity["type"], name: string, mentions: string[], developer?: string | null): Entity {
  return {
    type, name, aliases: [], lexiconId: null,
    ...(type === "model" ? { developer: developer ?? null } : {}),
    mentions: mentions.map((text) => {
      const start = [...TEXT.slice(0, TEXT.indexOf(text))].length; // code points, as the output counts
      return { text, start, end: start + [...text].length, source: "dictionary" as const, rule: "test" };
    }),
  };
}

function doc(entities: Entity[], facts: Partial<ExtractionDocument> = {}): ExtractionDocument {
  return {
    schemaVersion: 1,
    source: { path: null, format: "text", title: null, encoding: "utf-8", length: [...TEXT].length, published: null, author: null, siteName: null, url: null },
    entities, parameterCounts: [], benchmarkScores: [], ...facts,
  };
}

const gold = GoldFile.parse({
  entities: [
    { type: "organization", name: "OpenAI", aliases: [] },
    { type: "organization", name: "阿里巴巴", aliases: ["阿里"] },
    { type: "model", name: "GPT-4", aliases: [], developer: "OpenAI" },
    { type: "model", name: "Qwen2", aliases: [], developer: "阿里巴巴", optional: true },
  ],
  parameterCounts: [{ model: "GPT-4", value: 1.8e12 }],
  benchmarkScores: [{ model: "GPT-4", benchmark: "SAT 数学", score: 700 }],
});

describe("scoreDocument", () => {
  it("matches entities by name, alias or mention text after normalization", () => {
    const s = scoreDocument("t", doc([ent("organization", "OPENAI", ["OpenAI"]), ent("organization", "Alibaba", ["阿里"])]), gold, TEXT);
    expect(s.counts.organization).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.counts.model).toEqual({ tp: 0, fp: 0, fn: 1 }); // Qwen2 is optional: not missed
  });

  it("counts a second entity for the same gold entity as wrong (aliases must merge)", () => {
    const s = scoreDocument("t", doc([ent("organization", "阿里巴巴", ["阿里"]), ent("organization", "阿里", ["阿里"])]), gold, TEXT);
    expect(s.counts.organization).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("neither rewards nor penalizes an optional gold item, whatever type it is given", () => {
    const s = scoreDocument("t", doc([ent("product", "Qwen2", ["Qwen2"])]), gold, TEXT);
    expect(s.counts.product).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("requires the same type", () => {
    const s = scoreDocument("t", doc([ent("product", "OpenAI", ["OpenAI"])]), gold, TEXT);
    expect(s.counts.product.fp).toBe(1);
    expect(s.counts.organization.fn).toBe(2);
  });

  it("matches facts by value within 0.5 % and by model through the entity's names", () => {
    const entities = [ent("model", "GPT4", ["GPT-4"], "OpenAI"), ent("organization", "OpenAI", ["OpenAI"])];
    const near = { model: "GPT4", value: 1.805e12, qualifier: null, text: "GPT-4", start: 8, end: 13 };
    expect(scoreDocument("t", doc(entities, { parameterCounts: [near] }), gold, TEXT).counts.parameterCounts).toEqual({ tp: 1, fp: 0, fn: 0 });
    const far = { ...near, value: 1.9e12 };
    expect(scoreDocument("t", doc(entities, { parameterCounts: [far] }), gold, TEXT).counts.parameterCounts).toEqual({ tp: 0, fp: 1, fn: 1 });
    const wrongModel = { ...near, model: null };
    expect(scoreDocument("t", doc(entities, { parameterCounts: [wrongModel] }), gold, TEXT).counts.parameterCounts.tp).toBe(0);
    const twice = [near, near];
    expect(scoreDocument("t", doc(entities, { parameterCounts: twice }), gold, TEXT).counts.parameterCounts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("matches a benchmark named with its part (SAT + 数学 = SAT 数学)", () => {
    const entities = [ent("model", "GPT-4", ["GPT-4"]), { ...ent("benchmark", "SAT", ["OpenAI"]) }];
    const score = { model: "GPT-4", benchmark: "SAT", subtask: "数学", score: 700, scale: 800, unit: null, rank: null, text: "GPT-4", start: 8, end: 13 };
    expect(scoreDocument("t", doc(entities, { benchmarkScores: [score] }), gold, TEXT).counts.benchmarkScores).toEqual({ tp: 1, fp: 0, fn: 0 });
    const noPart = { ...score, subtask: null };
    expect(scoreDocument("t", doc(entities, { benchmarkScores: [noPart] }), gold, TEXT).counts.benchmarkScores.tp).toBe(0);
  });

  it("scores developers over correctly found models with a known gold developer", () => {
    const s = scoreDocument("t", doc([ent("model", "GPT-4", ["GPT-4"], "OpenAI"), ent("organization", "OpenAI", ["OpenAI"])]), gold, TEXT);
    expect(s.developer).toEqual({ correct: 1, total: 1 });
    const wrong = scoreDocument("t", doc([ent("model", "GPT-4", ["GPT-4"], null)]), gold, TEXT);
    expect(wrong.developer).toEqual({ correct: 0, total: 1 });
  });

  it("counts spans that do not match the source", () => {
    const bad = ent("organization", "OpenAI", ["OpenAI"]);
    bad.mentions[0]!.start = 1;
    expect(scoreDocument("t", doc([bad]), gold, TEXT).spans).toEqual({ matching: 0, total: 1 });
  });
});

describe("summarize", () => {
  it("computes P/R/F1 per category and micro-F1 over organizations, models and facts", () => {
    const s = scoreDocument("t", doc([ent("organization", "OpenAI", ["OpenAI"]), ent("person", "X", ["阿里"])]), gold, TEXT);
    const r = summarize([s]);
    expect(r.perCategory.organization).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(r.perCategory.organization.f1).toBeCloseTo(2 / 3);
    // micro: org 1/0/1, model 0/0/1, params 0/0/1, scores 0/0/1 (the person FP is not in micro)
    expect(r.micro).toMatchObject({ tp: 1, fp: 0, fn: 4 });
  });
});
