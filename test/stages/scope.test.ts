import { describe, expect, it } from "vitest";
import { findOutOfScope } from "../../src/stages/scope.js";
import { extractText } from "../helpers/extract.js";

const PASTED = [
  "星河2发布：国产大模型再进一步",
  "",
  "本文涉及的产品",
  "模型训练 PAI-DLC，5000CU*H 3个月",
  "交互式建模 PAI-DSW，每月250计算时",
  "简介：一场属于巨头的游戏",
  "",
  "启明智能发布星河2，参数规模为700亿。",
  "image.png",
  "星河2在MMLU上得分86.4。",
  "点赞 12 收藏 3 评论 5",
  "【关于启明智能】启明智能成立于2021年，总部位于杭州。",
  "",
  "相关文章",
  "百度文心一言再升级",
  "腾讯混元开源新模型",
].join("\n");

describe("findOutOfScope", () => {
  it("finds the ad block, image placeholders, counters and the trailing related list", () => {
    const ranges = findOutOfScope(PASTED).map(([s, e]) => PASTED.slice(s, e));
    expect(ranges).toEqual([
      "本文涉及的产品\n模型训练 PAI-DLC，5000CU*H 3个月\n交互式建模 PAI-DSW，每月250计算时",
      "image.png",
      "点赞 12 收藏 3 评论 5",
      "相关文章\n百度文心一言再升级\n腾讯混元开源新模型",
    ]);
  });

  it("keeps an ordinary article whole", () => {
    expect(findOutOfScope("OpenAI发布GPT-4。\n\n点赞这一做法的人很多，包括不少研究者和开发者，他们认为这是正确的方向。")).toEqual([]);
  });
});

describe("extraction on a pasted page", () => {
  const doc = extractText(PASTED);
  const names = doc.entities.map((e) => e.name);

  it("finds nothing in the furniture but keeps the article and its sign-off", () => {
    expect(names).not.toEqual(expect.arrayContaining(["PAI-DLC"]));
    for (const furniture of ["PAI-DLC", "PAI-DSW", "文心一言", "混元", "腾讯", "百度"]) expect(names).not.toContain(furniture);
    expect(names).toEqual(expect.arrayContaining(["启明智能", "星河2", "MMLU"]));
    expect(doc.entities.find((e) => e.name === "启明智能")!.mentions.length).toBeGreaterThanOrEqual(3); // sign-off included
  });

  it("keeps offsets on the original text", () => {
    const cps = [...PASTED];
    for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join("")).toBe(m.text);
  });
});
