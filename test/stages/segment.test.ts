import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/load.js";
import { normalizeText } from "../../src/stages/normalize.js";
import { buildDictionaryIndex } from "../../src/stages/recognize.js";
import { createJiebaSegmenter, segmentText, type Segmenter } from "../../src/stages/segment.js";

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
