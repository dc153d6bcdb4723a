import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/errors.js";
import { enforceValid, validateDocument } from "../../src/stages/validate.js";

const doc = (overrides: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  source: { path: null, format: "text", title: null, encoding: "utf-8", length: 9, published: null, author: null, siteName: null, url: null },
  entities: [
    {
      type: "organization", name: "OpenAI", aliases: [], lexiconId: "organization:openai",
      mentions: [{ text: "OpenAI", start: 0, end: 6, source: "dictionary", rule: "lexicon:organization" }],
    },
  ],
  parameterCounts: [],
  benchmarkScores: [],
  ...overrides,
});

describe("validateDocument", () => {
  it("accepts a grounded document", () => {
    expect(validateDocument(doc(), "OpenAI发布了")).toEqual([]);
  });

  it("reports a span whose text is not the source slice", () => {
    expect(validateDocument(doc(), "OpenAi发布了")).toEqual([
      { path: "entities/0/mentions/0", message: 'span text "OpenAI" does not match source "OpenAi"' },
    ]);
  });

  it("reports a span outside the text", () => {
    expect(validateDocument(doc(), "Open")[0]?.message).toMatch(/outside the text/);
  });

  it("reports a fact pointing at a model that is not an entity", () => {
    const bad = doc({ parameterCounts: [{ model: "GPT-9", value: 1e9, qualifier: null, text: "OpenAI", start: 0, end: 6 }] });
    expect(validateDocument(bad, "OpenAI发布了")).toEqual([
      { path: "parameterCounts/0/model", message: '"GPT-9" is not the name of a model entity' },
    ]);
  });

  it("reports a developer on a non-model", () => {
    const bad = doc();
    (bad.entities[0] as Record<string, unknown>).developer = null;
    expect(validateDocument(bad, "OpenAI发布了")[0]?.path).toBe("entities/0/developer");
  });
});

describe("enforceValid", () => {
  it("throws a SchemaError naming the source at level error, reports at warn, skips at off", () => {
    expect(() => enforceValid(doc(), "x", "a.txt", "error")).toThrow(SchemaError);
    expect(() => enforceValid(doc(), "x", "a.txt", "error")).toThrow(/^a\.txt: output failed validation at entities\/0\/mentions\/0/);
    expect(enforceValid(doc(), "x", "a.txt", "warn")).toHaveLength(1);
    expect(enforceValid(doc(), "x", "a.txt", "off")).toEqual([]);
  });
});
