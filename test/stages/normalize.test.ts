import { describe, expect, it } from "vitest";
import { nameKey, normalizeText, sliceCodePoints, toSourceSpan } from "../../src/stages/normalize.js";

describe("normalizeText", () => {
  it("folds full-width Latin and digits to half-width", () => {
    expect(normalizeText("ＧＰＴ－４有１７５０亿参数").text).toBe("GPT-4有1750亿参数");
  });

  it("folds Traditional to Simplified", () => {
    // NFKC also folds full-width punctuation (，→ ,): the stages accept both forms.
    expect(normalizeText("騰訊發布混元大模型，輝達參數").text).toBe("腾讯发布混元大模型,辉达参数");
  });

  it("keeps one origin entry per UTF-16 unit, pointing at source code points", () => {
    const norm = normalizeText("a𝟘騰");
    // 𝟘 (U+1D7D8, two UTF-16 units) folds to "0": one unit, code point 1.
    expect(norm.text).toBe("a0腾");
    expect([...norm.origin]).toEqual([0, 1, 2, 3]);
  });

  it("maps a normalized span back to the original characters", () => {
    const original = "据悉，ＧＰＴ－４與騰訊";
    const norm = normalizeText(original);
    const at = norm.text.indexOf("GPT-4");
    expect(toSourceSpan(norm, at, at + 5)).toEqual({ text: "ＧＰＴ－４", start: 3, end: 8 });
    const tx = norm.text.indexOf("腾讯");
    expect(toSourceSpan(norm, tx, tx + 2)).toEqual({ text: "騰訊", start: 9, end: 11 });
  });

  it("maps spans after astral characters in code points, not UTF-16 units", () => {
    const original = "😀😀OpenAI";
    const norm = normalizeText(original);
    const at = norm.text.indexOf("OpenAI");
    expect(toSourceSpan(norm, at, at + 6)).toEqual({ text: "OpenAI", start: 2, end: 8 });
    expect([...original].slice(2, 8).join("")).toBe("OpenAI");
  });

  it("maps a character that NFKC expands to several back to the one source character", () => {
    const norm = normalizeText("㎏x");
    expect(norm.text).toBe("kgx");
    expect(toSourceSpan(norm, 0, 2)).toEqual({ text: "㎏", start: 0, end: 1 });
  });
});

describe("nameKey", () => {
  it.each([
    ["GPT-4", "gpt4"],
    ["ＧＰＴ－４", "gpt4"],
    ["Claude 3.5 Sonnet", "claude3.5sonnet"],
    ["盘古大模型", "盘古"],
    ["混元模型", "混元"],
    ["騰訊", "腾讯"],
    ["DALL·E 3", "dalle3"],
    ["大模型", "大模型"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("sliceCodePoints", () => {
  it("slices by code points", () => {
    expect(sliceCodePoints("😀ab😀c", 1, 4)).toBe("ab😀");
  });
});
