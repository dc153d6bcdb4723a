// --cache DIR: results keyed by the input's content and everything that shapes the result (tool
// version, lexicon version, reading options), so a nightly run over a growing archive only pays for
// new or changed articles. One JSON file per result, written atomically.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractionDocument } from "../schema.js";
import { writeFileAtomic } from "./output.js";

/** A folder of cached documents. Unreadable or invalid entries are misses, never errors. */
export class ResultCache {
  private readonly dir: string;
  private readonly salt: string;

  /** `salt` names everything besides the input that the result depends on (versions, options). */
  constructor(dir: string, salt: string) {
    this.dir = dir;
    this.salt = salt;
    mkdirSync(dir, { recursive: true });
  }

  private pathFor(bytes: Uint8Array, kind: string): string {
    const key = createHash("sha256").update(this.salt).update("\0").update(kind).update("\0").update(bytes).digest("hex");
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached document for these bytes, or undefined. `kind` is what else about the input shapes its
   * result (its extension decides text or HTML).
   */
  get(bytes: Uint8Array, kind: string): ExtractionDocument | undefined {
    try {
      const json: unknown = JSON.parse(readFileSync(this.pathFor(bytes, kind), "utf8"));
      // Checked, but returned as stored: the parsed copy would order keys by the schema, not as written.
      return ExtractionDocument.safeParse(json).success ? (json as ExtractionDocument) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a serialized document; a failure to write only costs the next run a miss. */
  set(bytes: Uint8Array, kind: string, json: string): void {
    try {
      writeFileAtomic(this.pathFor(bytes, kind), json);
    } catch {
      /* a read-only or full cache folder: go on without it */
    }
  }
}
