// Writes the trimmed jieba dictionary that src/stages/segment.ts loads (run by `npm run prepare`).
// Loading jieba's full 349k-word dictionary costs about 0.6 s and 300 MB per process; the most
// frequent words plus every organization, place and proper-noun word (nt, ns, nz) segment news text the same way
// at a fraction of that. The files are derived from the installed nodejieba, never committed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const KEEP_MOST_FREQUENT = Number(process.env.EXTRACT_DICT_WORDS ?? 50_000);
const KEEP_TAGS = new Set(["nt", "nz", "ns"]);

const require = createRequire(import.meta.url);
const jiebaDir = join(dirname(require.resolve("nodejieba")), "submodules/cppjieba/dict");
const outDir = join(dirname(fileURLToPath(import.meta.url)), "../dist/jieba");

const rows = readFileSync(join(jiebaDir, "jieba.dict.utf8"), "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => {
    const [word, freq, tag] = line.split(" ");
    return { line, word, freq: Number(freq), tag };
  });
const byFrequency = [...rows].sort((a, b) => b.freq - a.freq);
const kept = new Set(byFrequency.slice(0, KEEP_MOST_FREQUENT));
for (const row of rows) if (KEEP_TAGS.has(row.tag)) kept.add(row);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "dict.utf8"), rows.filter((r) => kept.has(r)).map((r) => r.line).join("\n") + "\n");
// The keyword extractor's files are required by nodejieba.load but unused here: keep them tiny.
writeFileSync(join(outDir, "user.utf8"), "");
writeFileSync(join(outDir, "idf.utf8"), "的 1.0\n");
writeFileSync(join(outDir, "stop.utf8"), "的\n");
process.stderr.write(`extract: wrote trimmed jieba dictionary (${kept.size} of ${rows.length} words)\n`);
