// `extract eval`: scores extracted documents against gold files, following the scoring section of
// ../shared/ANNOTATION.md (names compared by nameKey, duplicates count as wrong, optional gold ignored,
// facts matched by value within 0.5 % and by model and benchmark).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "./errors.js";
import type { Lexicon } from "./lexicon/load.js";
import { EntityType, type ExtractionDocument } from "./schema.js";
import { nameKey, sliceCodePoints } from "./stages/normalize.js";

const GoldEntity = z.object({
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  developer: z.string().nullable().optional(),
  optional: z.boolean().default(false),
});
const GoldParameterCount = z.object({
  model: z.string().nullable().default(null),
  value: z.number(),
  text: z.string().optional(),
  optional: z.boolean().default(false),
});
const GoldBenchmarkScore = z.object({
  model: z.string().nullable().default(null),
  benchmark: z.string().nullable().default(null),
  score: z.number(),
  scale: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  rank: z.enum(["top", "bottom"]).nullable().optional(),
  text: z.string().optional(),
  optional: z.boolean().default(false),
});
/** A gold file (fixtures/README.md). */
export const GoldFile = z.object({
  entities: z.array(GoldEntity),
  parameterCounts: z.array(GoldParameterCount).default([]),
  benchmarkScores: z.array(GoldBenchmarkScore).default([]),
  notes: z.string().optional(),
});
/** A parsed gold file. */
export type GoldFile = z.infer<typeof GoldFile>;

/** The scored categories: the five entity types and the two fact kinds. */
export const CATEGORIES = ["organization", "model", "person", "benchmark", "product", "parameterCounts", "benchmarkScores"] as const;
/** One scored category. */
export type Category = (typeof CATEGORIES)[number];
/** The categories micro-F1 is averaged over (the guideline's headline figure). */
export const MICRO_CATEGORIES: Category[] = ["organization", "model", "parameterCounts", "benchmarkScores"];

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One wrong or missed item, for `--verbose`. */
export interface EvalError {
  file: string;
  category: Category;
  /** False positive, false negative, or a found model with the wrong developer. */
  kind: "FP" | "FN" | "DEV";
  text: string;
  start?: number;
  end?: number;
}

/** The scores of one annotated article. */
export interface FileScore {
  counts: Record<Category, Counts>;
  developer: { correct: number; total: number };
  spans: { matching: number; total: number };
  /** Gold entities none of whose names the lexicon holds: found / total. */
  unseen: { found: number; total: number };
  /** False-positive facts whose value matches a missed gold fact: the number was found, the model or benchmark was wrong. */
  misattributed: number;
  errors: EvalError[];
}

const emptyCounts = (): Record<Category, Counts> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;

const keysOf = (names: Iterable<string | null | undefined>) => new Set([...names].filter((n): n is string => !!n).map(nameKey));
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
const closeTo = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/** Scores one extracted document against its gold file and the document text. */
export function scoreDocument(file: string, doc: ExtractionDocument, gold: GoldFile, text: string, lexicon?: Lexicon): FileScore {
  const counts = emptyCounts();
  const errors: EvalError[] = [];
  const predKeys = new Map(doc.entities.map((e) => [e.name, keysOf([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])]));
  const goldKeys = new Map(gold.entities.map((g) => [g.name, keysOf([g.name, ...g.aliases])]));
  const refKeys = (keys: Map<string, Set<string>>, name: string | null | undefined) => (name ? (keys.get(name) ?? keysOf([name])) : new Set<string>());

  // Entities: first an unmatched required gold entity of the same type, else an optional one of any type.
  const matchedGold = new Set<number>();
  const goldOfPred = new Map<string, number>();
  for (const e of doc.entities) {
    const keys = predKeys.get(e.name)!;
    const same = gold.entities.findIndex((g, i) => !g.optional && g.type === e.type && !matchedGold.has(i) && intersects(keys, goldKeys.get(g.name)!));
    if (same >= 0) {
      matchedGold.add(same);
      goldOfPred.set(e.name, same);
      counts[e.type].tp++;
      continue;
    }
    if (gold.entities.some((g) => g.optional && intersects(keys, goldKeys.get(g.name)!))) continue;
    counts[e.type].fp++;
    errors.push({ file, category: e.type, kind: "FP", text: e.name, start: e.mentions[0]!.start, end: e.mentions[0]!.end });
  }
  gold.entities.forEach((g, i) => {
    if (g.optional || matchedGold.has(i)) return;
    counts[g.type].fn++;
    errors.push({ file, category: g.type, kind: "FN", text: g.name });
  });

  // Developers, over correctly found models whose gold developer is known.
  const developer = { correct: 0, total: 0 };
  for (const e of doc.entities) {
    const gi = goldOfPred.get(e.name);
    if (e.type !== "model" || gi === undefined) continue;
    const g = gold.entities[gi]!;
    if (!g.developer) continue;
    developer.total++;
    if (e.developer && intersects(refKeys(predKeys, e.developer), refKeys(goldKeys, g.developer))) developer.correct++;
    else errors.push({ file, category: "model", kind: "DEV", text: `${e.name}: ${e.developer ?? "null"} (gold ${g.developer})` });
  }

  let misattributed = 0;
  const factMatch = <P extends { text: string; start: number; end: number }, G extends { optional: boolean; text?: string }>(
    category: Category,
    predicted: P[],
    golden: G[],
    same: (p: P, g: G) => boolean,
    sameValue: (p: P, g: G) => boolean,
  ) => {
    const used = new Set<number>();
    const wrong: P[] = [];
    for (const p of predicted) {
      const gi = golden.findIndex((g, i) => !g.optional && !used.has(i) && same(p, g));
      if (gi >= 0) {
        used.add(gi);
        counts[category].tp++;
      } else if (!golden.some((g) => g.optional && same(p, g))) {
        counts[category].fp++;
        wrong.push(p);
        errors.push({ file, category, kind: "FP", text: p.text, start: p.start, end: p.end });
      }
    }
    const missed = golden.filter((g, i) => !g.optional && !used.has(i));
    misattributed += wrong.filter((p) => missed.some((g) => sameValue(p, g))).length;
    golden.forEach((g, i) => {
      if (g.optional || used.has(i)) return;
      counts[category].fn++;
      errors.push({ file, category, kind: "FN", text: g.text ?? "?" });
    });
  };
  const modelOk = (pred: string | null, goldModel: string | null) =>
    goldModel === null || (pred !== null && intersects(refKeys(predKeys, pred), refKeys(goldKeys, goldModel)));
  factMatch("parameterCounts", doc.parameterCounts, gold.parameterCounts, (p, g) => closeTo(p.value, g.value) && modelOk(p.model, g.model), (p, g) => closeTo(p.value, g.value));
  factMatch("benchmarkScores", doc.benchmarkScores, gold.benchmarkScores, (p, g) => {
    if (!closeTo(p.score, g.score) || !modelOk(p.model, g.model)) return false;
    if (g.benchmark === null) return true;
    // The benchmark matches by any name of its entity, alone or with the subtask (SAT + 数学 = SAT 数学).
    const names = refKeys(predKeys, p.benchmark);
    if (p.subtask) for (const k of [...names]) names.add(k + nameKey(p.subtask));
    return intersects(names, refKeys(goldKeys, g.benchmark));
  }, (p, g) => closeTo(p.score, g.score));

  // Grounding: every span's text is the source slice.
  const spans = { matching: 0, total: 0 };
  const spanList = [...doc.entities.flatMap((e) => e.mentions), ...doc.parameterCounts, ...doc.benchmarkScores];
  for (const s of spanList) {
    spans.total++;
    if (sliceCodePoints(text, s.start, s.end) === s.text) spans.matching++;
  }

  const unseen = { found: 0, total: 0 };
  if (lexicon) {
    gold.entities.forEach((g, i) => {
      if (g.optional || [g.name, ...g.aliases].some((n) => lexicon.byNameKey.has(nameKey(n)))) return;
      unseen.total++;
      if (matchedGold.has(i)) unseen.found++;
    });
  }
  return { counts, developer, spans, unseen, misattributed, errors };
}

/** Figures over a whole corpus. */
export interface EvalReport {
  files: number;
  perCategory: Record<Category, Counts & { precision: number; recall: number; f1: number }>;
  micro: Counts & { precision: number; recall: number; f1: number };
  developerAccuracy: number | null;
  spanMatchRate: number | null;
  unseenRecall: number | null;
  unseen: { found: number; total: number };
  /** False-positive facts whose number matches a missed gold fact (wrong model or benchmark). */
  misattributedFacts: number;
  errors: EvalError[];
}

function prf(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Adds up file scores into corpus figures. */
export function summarize(scores: FileScore[]): EvalReport {
  const total = emptyCounts();
  const dev = { correct: 0, total: 0 };
  const spans = { matching: 0, total: 0 };
  const unseen = { found: 0, total: 0 };
  for (const s of scores) {
    for (const c of CATEGORIES) {
      total[c].tp += s.counts[c].tp;
      total[c].fp += s.counts[c].fp;
      total[c].fn += s.counts[c].fn;
    }
    dev.correct += s.developer.correct;
    dev.total += s.developer.total;
    spans.matching += s.spans.matching;
    spans.total += s.spans.total;
    unseen.found += s.unseen.found;
    unseen.total += s.unseen.total;
  }
  const micro = MICRO_CATEGORIES.reduce((acc, c) => ({ tp: acc.tp + total[c].tp, fp: acc.fp + total[c].fp, fn: acc.fn + total[c].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    files: scores.length,
    perCategory: Object.fromEntries(CATEGORIES.map((c) => [c, prf(total[c])])) as EvalReport["perCategory"],
    micro: prf(micro),
    developerAccuracy: dev.total === 0 ? null : dev.correct / dev.total,
    spanMatchRate: spans.total === 0 ? null : spans.matching / spans.total,
    unseenRecall: unseen.total === 0 ? null : unseen.found / unseen.total,
    unseen,
    misattributedFacts: scores.reduce((n, s) => n + s.misattributed, 0),
    errors: scores.flatMap((s) => s.errors),
  };
}

const ARTICLE = /\.(?:txt|html?|md)$/i;

/** Every article under `dir` (recursively, sorted) that has `<name>.gold.json` beside it. */
export function findAnnotatedArticles(dir: string): { article: string; gold: string }[] {
  let info;
  try {
    info = statSync(dir);
  } catch (cause) {
    throw new InputError(dir, "NOT_FOUND", "no such directory", { cause });
  }
  if (!info.isDirectory()) throw new InputError(dir, "NOT_A_DIRECTORY", "is not a directory");
  const found: { article: string; gold: string }[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (cause) {
      throw new InputError(d, (cause as NodeJS.ErrnoException).code ?? "READ_FAILED", "cannot list this folder", { cause });
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".")) walk(path);
      else if (entry.isFile() && ARTICLE.test(entry.name)) {
        const gold = path.replace(ARTICLE, ".gold.json");
        if (statSync(gold, { throwIfNoEntry: false })?.isFile()) found.push({ article: path, gold });
      }
    }
  };
  walk(dir);
  return found;
}

/** Reads and validates a gold file; InputError naming the file and field when it is malformed. */
export function loadGold(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new InputError(path, "BAD_GOLD", `cannot read gold file (${(cause as Error).message})`, { cause });
  }
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(path, "BAD_GOLD", `gold file invalid at ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
