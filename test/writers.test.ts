import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ExtractionDocument } from "../src/schema.js";
import { CSV_COLUMNS } from "../src/writers/csv.js";
import { writers } from "../src/writers/index.js";

const doc: ExtractionDocument = {
  schemaVersion: 1,
  source: { path: "a.txt", format: "text", title: null, encoding: "utf-8", length: 20, published: null, author: null, siteName: null, url: null },
  entities: [
    {
      type: "model", name: "GPT-3", aliases: ["GPT 3"], developer: "OpenAI", lexiconId: "model:gpt-3",
      mentions: [{ text: "GPT-3", start: 6, end: 11, source: "dictionary", rule: "lexicon:model" }],
    },
    {
      type: "organization", name: "OpenAI", aliases: [], lexiconId: "organization:openai",
      mentions: [{ text: "OpenAI", start: 0, end: 6, source: "dictionary", rule: "lexicon:organization" }],
    },
  ],
  parameterCounts: [{ model: "GPT-3", value: 175e9, qualifier: null, text: "1750亿个参数", start: 12, end: 20 }],
  benchmarkScores: [
    { model: "GPT-3", benchmark: "SAT", subtask: "数学", score: 700, scale: 800, unit: null, rank: null, text: '700分,"满分"', start: 1, end: 2 },
  ],
};

describe("json writer", () => {
  it("writes one document pretty or compact, and several as an array", () => {
    const one = writers.json({ pretty: true, many: false });
    expect(one.begin() + one.write(doc, 0) + one.end()).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    const many = writers.json({ pretty: false, many: true });
    const text = many.begin() + many.write(doc, 0) + many.write(doc, 1) + many.end();
    expect(JSON.parse(text)).toEqual([doc, doc]);
    expect(text).toContain("1750亿个参数"); // Chinese stays unescaped
  });
});

describe("jsonl writer", () => {
  it("writes one compact line per document", () => {
    const w = writers.jsonl({ pretty: true, many: true });
    const lines = (w.begin() + w.write(doc, 0) + w.write(doc, 1) + w.end()).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[0]!)).toEqual(doc);
  });
});

describe("csv writer", () => {
  it("writes the fixed header once, then a row per entity and per fact, RFC 4180 quoted", () => {
    const w = writers.csv({ pretty: false, many: true });
    const text = w.begin() + w.write(doc, 0) + w.end();
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.kind, r.name || r.model])).toEqual([
      ["entity", "GPT-3"], ["entity", "OpenAI"], ["parameterCount", "GPT-3"], ["benchmarkScore", "GPT-3"],
    ]);
    expect(rows[0]).toMatchObject({ source: "a.txt", type: "model", aliases: "GPT 3", developer: "OpenAI", text: "GPT-3", start: "6", end: "11", mentions: "1" });
    expect(rows[2]).toMatchObject({ value: "175000000000", text: "1750亿个参数" });
    expect(rows[3]).toMatchObject({ benchmark: "SAT", subtask: "数学", value: "700", scale: "800", text: '700分,"满分"' });
    expect(text).toContain('"700分,""满分"""');
  });
});
