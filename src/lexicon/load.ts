import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LexiconError } from "../errors.js";
import { LexiconFile } from "../schema.js";
import { nameKey } from "../stages/normalize.js";
import type { EntityType } from "../types.js";

/** One lexicon entity with all its names. `key` is `<type>:<id>`, unique across files. */
export interface LexiconEntry {
  key: string;
  type: EntityType;
  name: string;
  /** Every name the entry answers to: its name first, then its aliases. */
  names: string[];
  /** Key of the developer (models, products), parent (organizations) or org (people), or null. */
  related: string | null;
}

/** The loaded lexicon: entries by key, and every name's comparison key → entries. */
export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  byNameKey: Map<string, LexiconEntry[]>;
  /** Short content hash of the data files: results depend on it (cache keys). */
  version: string;
}

const FILES: Record<EntityType, string> = {
  organization: "organizations.json",
  model: "models.json",
  person: "people.json",
  benchmark: "benchmarks.json",
  product: "products.json",
};

/** The lexicon data folder shipped with the package (the same path from src/ and dist/). */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL("../../src/lexicon/data/", import.meta.url));

/** Reads and validates the five lexicon files of `dir`; throws LexiconError naming the file and row. */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  const hash = createHash("sha256");
  for (const [type, file] of Object.entries(FILES) as [EntityType, string][]) {
    const path = join(dir, file);
    let raw: string;
    try {
      raw = readFileSync(path, "utf8");
    } catch (cause) {
      throw new LexiconError(`${path}: cannot read lexicon file`, { cause });
    }
    hash.update(raw);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (cause) {
      throw new LexiconError(`${path}: not valid JSON (${(cause as Error).message})`, { cause });
    }
    const parsed = LexiconFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LexiconError(`${path}: row ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
    }
    for (const row of parsed.data) {
      const key = `${type}:${row.id}`;
      if (entries.has(key)) throw new LexiconError(`${path}: duplicate id "${row.id}"`);
      const relatedId = row.developer ?? row.parent ?? row.org ?? null;
      entries.set(key, {
        key,
        type,
        name: row.name,
        names: [...new Set([row.name, ...row.aliases])],
        related: relatedId === null ? null : `organization:${relatedId}`,
      });
    }
  }
  for (const entry of entries.values()) {
    if (entry.related !== null && !entries.has(entry.related)) {
      throw new LexiconError(`${join(dir, FILES[entry.type])}: "${entry.key}" refers to unknown organization "${entry.related}"`);
    }
  }
  const byNameKey = new Map<string, LexiconEntry[]>();
  for (const entry of entries.values()) {
    for (const name of entry.names) {
      const k = nameKey(name);
      const list = byNameKey.get(k) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byNameKey.set(k, list);
    }
  }
  return { entries, byNameKey, version: hash.digest("hex").slice(0, 12) };
}
