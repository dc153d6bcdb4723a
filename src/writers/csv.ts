import { stringify } from "csv-stringify/sync";
import type { ExtractionDocument } from "../schema.js";
import type { Writer } from "./index.js";

/** The fixed CSV header: one row per entity and one per fact (see README "CSV columns"). */
export const CSV_COLUMNS = [
  "source", "kind", "type", "name", "aliases", "developer", "model", "benchmark", "subtask",
  "value", "unit", "scale", "rank", "qualifier", "text", "start", "end", "mentions",
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** RFC 4180 CSV (csv-stringify): header once, then entity rows and fact rows for each document. */
export function createCsvWriter(): Writer {
  return {
    begin: () => stringify([[...CSV_COLUMNS]], { record_delimiter: "windows" }),
    write: (doc) => {
      const rows = toRows(doc);
      return rows.length === 0 ? "" : stringify(rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? "")), { record_delimiter: "windows" });
    },
    end: () => "",
  };
}

function toRows(doc: ExtractionDocument): Row[] {
  const source = doc.source.path ?? "-";
  const rows: Row[] = doc.entities.map((e) => ({
    source,
    kind: "entity",
    type: e.type,
    name: e.name,
    aliases: e.aliases.join("|"),
    developer: e.developer ?? null,
    text: e.mentions[0]!.text,
    start: e.mentions[0]!.start,
    end: e.mentions[0]!.end,
    mentions: e.mentions.length,
  }));
  for (const f of doc.parameterCounts) {
    rows.push({ source, kind: "parameterCount", model: f.model, value: f.value, qualifier: f.qualifier, text: f.text, start: f.start, end: f.end });
  }
  for (const f of doc.benchmarkScores) {
    rows.push({
      source, kind: "benchmarkScore", model: f.model, benchmark: f.benchmark, subtask: f.subtask, value: f.score,
      unit: f.unit, scale: f.scale, rank: f.rank, text: f.text, start: f.start, end: f.end,
    });
  }
  return rows;
}
