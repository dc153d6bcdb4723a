// Discovery patterns: names the lexicon lacks, found from token classes, POS tags and closed-class cues
// (src/lexicon/cues.ts). Each rule only proposes candidates; recognize.ts decides overlaps.
import * as cues from "../../lexicon/cues.js";
import type { MentionCandidate, SegmentedText } from "../../types.js";
import type { DictionaryIndex } from "../recognize.js";
import {
  affiliatedHospitals, chineseIdentifiers, chineseModelNames, chipsAfterHead, glossedOrganizations, headedNames, organizationsBySuffix,
  organizationsByTag, quotedNames, releasedVersions,
} from "./chinese.js";
import type { Context } from "./context.js";
import { latinIdentifiers } from "./latin.js";
import { people } from "./people.js";
import { tableModels } from "./tables.js";

export { findVariants } from "./variants.js";

/** Runs every discovery rule over the document; `dictionary` holds the lexicon hits already found. */
export function findPatternMentions(
  doc: SegmentedText,
  dictionary: MentionCandidate[],
  index: DictionaryIndex,
): MentionCandidate[] {
  const n = doc.text.length;
  const covering: (MentionCandidate | undefined)[] = new Array(n);
  for (const m of dictionary) for (let i = m.start; i < m.end; i++) covering[i] = m;
  const endingAt = new Int32Array(n + 1).fill(-1);
  const startingAt = new Int32Array(n + 1).fill(-1);
  doc.tokens.forEach((t, i) => {
    endingAt[t.end] = i;
    startingAt[t.start] = i;
  });
  const ctx: Context = { doc, index, covering, endingAt, startingAt, out: [] };
  latinIdentifiers(ctx);
  chineseModelNames(ctx);
  chineseIdentifiers(ctx);
  releasedVersions(ctx);
  organizationsBySuffix(ctx);
  organizationsByTag(ctx);
  glossedOrganizations(ctx);
  chipsAfterHead(ctx);
  affiliatedHospitals(ctx);
  headedNames(ctx, cues.BENCHMARK_HEADS, "benchmark", "benchmark-head");
  headedNames(ctx, cues.PRODUCT_HEADS, "product", "product-head");
  people(ctx);
  quotedNames(ctx);
  tableModels(ctx);
  return ctx.out;
}

