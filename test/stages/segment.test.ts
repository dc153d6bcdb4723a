import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/load.js";
import { normalizeText } from "../../src/stages/normalize.js";
import { buildDictionaryIndex } from "../../src/stages/recognize.js";
import { createJiebaSegmenter, segmentText, tagByCharacters, type Segmenter } from "../../src/stages/segment.js";

describe("segmentText", () => {
  it("rebuilds token offsets over the normalized text, skipping what the segmenter dropped", () => {
    const fake: Segmenter = { tag: () => [{ word: "百度", tag: "n" }, { word: "发布", tag: "v" }, { word: "GPT", tag: "eng" }] };
    const doc = segmentText(normalizeText("百度 发布ＧＰＴ"), fake);
    expect(doc.tokens).toEqual([
      { word: "百度", tag: "n", start: 0, end: 2 },
      { word: "发布", tag: "v", start: 3, end: 5 },
      { word: "GPT", tag: "eng", start: 5, end: 8 },
    ]);
  });

  it("makes every lexicon name one jieba token", () => {
    const segmenter = createJiebaSegmenter(buildDictionaryIndex(loadLexicon()).cjkNames);
    const words = segmentText(normalizeText("百度文心一言和阿里巴巴的通义千问，昇腾910B"), segmenter).tokens.map((t) => t.word);
    // Matching runs on the folded text, where OpenCC also folds the variant 昇 to 升.
    expect(words).toEqual(expect.arrayContaining(["百度", "文心一言", "阿里巴巴", "通义千问", "升腾910B"]));
  });

  it("keeps Latin letters together (HMM on)", () => {
    const segmenter = createJiebaSegmenter();
    const words = segmentText(normalizeText("OpenAI发布GPT"), segmenter).tokens.map((t) => t.word);
    expect(words).toContain("OpenAI");
  });
});

describe("the jieba tagger (cut + dictionary lookup once a process has tagged enough text)", () => {
  it("gives exactly nodejieba.tag's words and tags, lexicon names and inserted words included", () => {
    const segmenter = createJiebaSegmenter(buildDictionaryIndex(loadLexicon()).cjkNames);
    createJiebaSegmenter(["栖云深算"]); // a second extractor's new name, inserted after loading
    const dir = join(import.meta.dirname, "../../fixtures/dev");
    const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => normalizeText(readFileSync(join(dir, f), "utf8")).text);
    texts.push("栖云深算发布了新模型，ＧＰＴ－４o和Qwen2.5-72B、2024年、3.5%、α-β测试");
    // Past the threshold the lookup table is in use; before it, nodejieba.tag itself is.
    segmenter.tag(texts.join("\n").repeat(Math.ceil(300_000 / texts.join("\n").length)));
    for (const text of texts) expect(segmenter.tag(text)).toEqual(nodejieba.tag(text));
    expect(segmenter.tag("栖云深算").map((t) => t.tag)).toEqual(["lex"]);
  });

  it("tags a word the dictionary lacks as jieba does: m for digits, eng for Latin, x otherwise", () => {
    expect(tagByCharacters("2024")).toBe("m");
    expect(tagByCharacters("GPT4")).toBe("eng");
    expect(tagByCharacters("栖云")).toBe("x");
    // Only the ASCII characters count, as in cppjieba: Chinese with one digit is m, with one letter eng.
    expect(tagByCharacters("栖云深算7")).toBe("m");
    expect(tagByCharacters("栖云深算V")).toBe("eng");
  });
});
