import { z } from "zod";

/** The five entity labels of the guideline. */
export const EntityType = z.enum(["organization", "model", "person", "benchmark", "product"]);

/** A non-blank name, checked as it is (no trimming: output names are written as validated). */
const name = z.string().regex(/\S/, "must not be blank");

/** One row of a lexicon data file (src/lexicon/data/*.json). `id` is the key aliases share. */
export const LexiconRow = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, "ids are lowercase kebab-case"),
  name,
  aliases: z.array(name).default([]),
  /** Organizations: the parent organization id (阿里云 → alibaba). */
  parent: z.string().nullable().optional(),
  /** Models and products: the developer organization id. */
  developer: z.string().nullable().optional(),
  /** People: the organization id they are best known with. */
  org: z.string().nullable().optional(),
});
export type LexiconRow = z.infer<typeof LexiconRow>;
/** A whole lexicon data file: an array of rows. */
export const LexiconFile = z.array(LexiconRow);

const offset = z.number().int().nonnegative();

/** A span of the document text: code point offsets, end exclusive. */
export const Span = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
});

/** One occurrence of an entity in the document text, with how it was found. */
export const Mention = Span.extend({
  /** How the mention was found: a lexicon entry or a discovery pattern. */
  source: z.enum(["dictionary", "pattern"]),
  /** The rule that found it (lexicon file or pattern name). */
  rule: z.string(),
});

/** A named thing, however often and under however many names the text mentions it. */
export const Entity = z.object({
  type: EntityType,
  name,
  aliases: z.array(z.string()),
  /** Models only: canonical name of the developer organization in `entities`, or null. */
  developer: z.string().nullable().optional(),
  /** The lexicon id when the entity is a known one, else null (discovered by a pattern). */
  lexiconId: z.string().nullable(),
  mentions: z.array(Mention).min(1),
});

/** A stated number of model parameters, as a plain number, grounded in its span. */
export const ParameterCount = Span.extend({
  model: z.string().nullable(),
  value: z.number().positive(),
  /** "about" for 约/近/左右, "over" for 超/逾/以上, "under" for 不到/以下, else null. */
  qualifier: z.enum(["about", "over", "under"]).nullable(),
});

/** A result of a model on a named benchmark or exam, grounded in its span. */
export const BenchmarkScore = Span.extend({
  model: z.string().nullable(),
  benchmark: z.string(),
  /** A named part of the benchmark the score is for (SAT 数学 → "数学"), or null. */
  subtask: z.string().nullable(),
  score: z.number(),
  scale: z.number().positive().nullable(),
  unit: z.string().nullable(),
  rank: z.enum(["top", "bottom"]).nullable(),
});

/** Where a document came from and how it was read. */
export const Source = z.object({
  path: z.string().nullable(),
  format: z.enum(["text", "html"]),
  title: z.string().nullable(),
  encoding: z.string(),
  /** Length of the document text in code points. */
  length: offset,
  /** Publication date, ISO 8601 (HTML pages), or null. */
  published: z.string().nullable(),
  author: z.string().nullable(),
  siteName: z.string().nullable(),
  /** Canonical URL (HTML pages), or null. */
  url: z.string().nullable(),
});

/** The output contract, schema version 1 (../shared/ANNOTATION.md). */
export const ExtractionDocument = z
  .object({
    schemaVersion: z.literal(1),
    source: Source,
    /** The document text every offset indexes (with --with-text). */
    text: z.string().optional(),
    entities: z.array(Entity),
    parameterCounts: z.array(ParameterCount),
    benchmarkScores: z.array(BenchmarkScore),
  })
  .superRefine((doc, ctx) => {
    const names = new Map(doc.entities.map((e) => [e.name, e.type]));
    const expect = (value: string | null | undefined, type: string, path: (string | number)[]) => {
      if (value != null && names.get(value) !== type) {
        ctx.addIssue({ code: "custom", path, message: `"${value}" is not the name of a ${type} entity` });
      }
    };
    doc.entities.forEach((e, i) => {
      if ((e.type === "model") !== (e.developer !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["entities", i, "developer"], message: "developer is present exactly on models" });
      }
      expect(e.developer, "organization", ["entities", i, "developer"]);
    });
    doc.parameterCounts.forEach((f, i) => expect(f.model, "model", ["parameterCounts", i, "model"]));
    doc.benchmarkScores.forEach((f, i) => {
      expect(f.model, "model", ["benchmarkScores", i, "model"]);
      expect(f.benchmark, "benchmark", ["benchmarkScores", i, "benchmark"]);
    });
  });

// Output types, inferred from the schemas so that the writers and the schema cannot drift apart.
export type EntityType = z.infer<typeof EntityType>;
export type Span = z.infer<typeof Span>;
export type Mention = z.infer<typeof Mention>;
export type Entity = z.infer<typeof Entity>;
export type ParameterCount = z.infer<typeof ParameterCount>;
export type BenchmarkScore = z.infer<typeof BenchmarkScore>;
export type Source = z.infer<typeof Source>;
export type ExtractionDocument = z.infer<typeof ExtractionDocument>;
