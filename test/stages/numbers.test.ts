import { describe, expect, it } from "vitest";
import { parseNumber, parseQuantity } from "../../src/stages/numbers.js";

describe("parseNumber", () => {
  it.each([
    ["Arabic integer", "175", 175],
    ["Arabic with thousands separators", "1,750", 1750],
    ["Arabic decimal", "1.5", 1.5],
    ["亿", "1750亿", 175_000_000_000],
    ["亿 with a space", "70 亿", 7_000_000_000],
    ["decimal 亿", "1.3亿", 130_000_000],
    ["万", "1.2万", 12_000],
    ["万亿", "1.8万亿", 1_800_000_000_000],
    ["bare 万亿", "万亿", 1_000_000_000_000],
    ["千亿", "千亿", 100_000_000_000],
    ["百亿", "百亿", 10_000_000_000],
    ["十亿", "十亿", 1_000_000_000],
    ["千万", "三千万", 30_000_000],
    ["Arabic + 千亿", "5千亿", 500_000_000_000],
    ["Arabic + 千", "3千", 3000],
    ["Chinese numerals with 亿", "一千七百五十亿", 175_000_000_000],
    ["两 as two", "两千亿", 200_000_000_000],
    ["Chinese tens", "十二", 12],
    ["bare 十", "十", 10],
    ["zero inside", "一百零五", 105],
    ["Chinese 万 section", "三千五百万", 35_000_000],
    ["亿 then 万", "1亿2千万", 120_000_000],
    ["two 万亿", "两万亿", 2_000_000_000_000],
    ["Chinese tens of 亿", "六百七十一亿", 67_100_000_000],
    ["多 inside", "1000多亿", 100_000_000_000],
    ["B suffix", "7B", 7_000_000_000],
    ["decimal B", "1.5B", 1_500_000_000],
    ["small B", "0.5B", 500_000_000],
    ["large B", "405B", 405_000_000_000],
    ["lower-case b", "13b", 13_000_000_000],
    ["M suffix", "350M", 350_000_000],
    ["T suffix", "1.8T", 1_800_000_000_000],
    ["K suffix", "32K", 32_000],
    ["English billion", "7 billion", 7_000_000_000],
    ["English billion with a hyphen", "405-billion", 405_000_000_000],
    ["English trillion", "1 trillion", 1_000_000_000_000],
    ["English million", "125 million", 125_000_000],
    ["full 175B", "175B", 175_000_000_000],
    ["thousands separator with 亿", "1,750亿", 175_000_000_000],
  ])("%s: %s → %d", (_name, input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([
    ["vague 数千亿", "数千亿"],
    ["vague 几十亿", "几十亿"],
    ["empty", ""],
    ["letters", "abc"],
    ["a unit alone", "B"],
  ])("%s is not a number", (_name, input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe("parseQuantity", () => {
  it.each([
    ["约1750亿", { value: 175_000_000_000, qualifier: "about" }],
    ["近1万亿", { value: 1_000_000_000_000, qualifier: "about" }],
    ["超过千亿", { value: 100_000_000_000, qualifier: "over" }],
    ["超1000亿", { value: 100_000_000_000, qualifier: "over" }],
    ["逾百亿", { value: 10_000_000_000, qualifier: "over" }],
    ["低于1750亿", { value: 175_000_000_000, qualifier: "under" }],
    ["3000亿左右", { value: 300_000_000_000, qualifier: "about" }],
    ["1000多亿", { value: 100_000_000_000, qualifier: "over" }],
    ["不到100亿", { value: 10_000_000_000, qualifier: "under" }],
    ["70亿", { value: 7_000_000_000, qualifier: null }],
  ])("%s", (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected);
  });
});
