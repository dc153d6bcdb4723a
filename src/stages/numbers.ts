/** A number read from text, with the hedge that came with it. */
export interface Quantity {
  value: number;
  qualifier: "about" | "over" | "under" | null;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LATIN_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
const WORD_SUFFIX: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The numeral part of a quantity: Arabic (with thousands separators and decimals) or Chinese digits,
 * then any chain of 十/百/千/万/亿 units (多/余 may stand inside), then an optional K/M/B/T suffix
 * or English scale word. Used by the fact patterns; parse the match with {@link parseNumber}.
 */
export const NUMERAL = String.raw`(?<![\d零〇一二两三四五六七八九十百千万亿.,])(?:\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,12}|(?=万亿|亿|兆))(?:\s?[多余]?(?:万亿|[十百千]?[万亿兆]))?(?:\s?[KMBTkmbt](?![A-Za-z])|[\s-]?(?:thousand|million|billion|trillion)\b)?`;

/** Hedges before a quantity and what they mean; the prefix regexes are built from this one table. */
const PREFIX_QUALIFIERS: [string[], Quantity["qualifier"]][] = [
  [["大约", "约为", "约", "大概", "接近", "将近", "近", "左右"], "about"],
  [["超过", "超", "逾", "高达", "多达", "达"], "over"],
  [["不到", "不足", "少于", "低于"], "under"],
];
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const PREFIX_RES = PREFIX_QUALIFIERS.map(([words, q]): [RegExp, Quantity["qualifier"]] => [new RegExp(`^(?:${byLength(words).join("|")})`), q]);

/** Qualifier words that may precede a quantity ("约1750亿", "超过千亿"). */
export const QUALIFIER_PREFIX = `(?:${byLength(PREFIX_QUALIFIERS.flatMap(([w]) => w).filter((w) => w !== "达")).join("|")})`;

/**
 * Parses an Arabic or Chinese numeral with Chinese units and Latin suffixes into a number:
 * "1750亿" → 175000000000, "1.8万亿" → 1.8e12, "一千七百五十亿" → 175000000000, "7B" → 7e9.
 * Returns null when the text is not a number. Vague numerals (数千亿, 几十亿) are not numbers.
 */
export function parseNumber(input: string): number | null {
  const text = input.replace(/[\s,]|-(?=[a-z])/g, "").replace(/[多余]/g, "");
  if (text.length === 0) return null;
  const suffix = /(?:([KMBTkmbt])|(thousand|million|billion|trillion))$/.exec(text);
  let body = text;
  let scale = 1;
  if (suffix) {
    body = text.slice(0, suffix.index);
    scale = suffix[1] ? LATIN_SUFFIX[suffix[1].toLowerCase()]! : WORD_SUFFIX[suffix[2]!]!;
    if (body.length === 0) return null;
  }
  const value = parseChineseUnits(body);
  return value === null ? null : round(value * scale);
}

/** Parses a quantity with an optional hedge before or after it: "约1750亿" → {1.75e11, "about"}. */
export function parseQuantity(input: string): Quantity | null {
  let text = input.trim();
  let qualifier: Quantity["qualifier"] = null;
  for (const [re, q] of PREFIX_RES) {
    const m = re.exec(text);
    if (m) {
      qualifier = q;
      text = text.slice(m[0].length);
      break;
    }
  }
  const tail = /(?:左右|上下|以上|以下|多|余)$/.exec(text);
  if (tail) {
    text = text.slice(0, tail.index);
    qualifier = tail[0] === "以下" ? "under" : tail[0] === "左右" || tail[0] === "上下" ? "about" : "over";
  } else if (/[多余]/.test(text)) {
    qualifier = "over";
  }
  const value = parseNumber(text);
  return value === null ? null : { value, qualifier };
}

/** Digits and unit characters, evaluated section by section (亿 > 万 > 千/百/十). */
function parseChineseUnits(text: string): number | null {
  let total = 0; // everything already multiplied by 亿
  let wan = 0; // the 万 section
  let section = 0; // below 万
  let current = 0; // the last digit group, not yet multiplied
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      current = Number(arabic[0]);
      i += arabic[0].length;
      continue;
    }
    if (ch in DIGITS) {
      current = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      // A bare unit means one of it: 十二 = 12, 千亿 = 1000亿.
      section += (current || 1) * SMALL_UNITS[ch]!;
      current = 0;
    } else if (ch === "万") {
      wan = (section + current || 1) * 1e4;
      section = 0;
      current = 0;
    } else if (ch === "兆") {
      // 兆 is 10^12 in Taiwan and in AI news (1.5兆參數); mainland technical 10^6 does not occur with 参数.
      total = (total + (wan + section + current || 1)) * 1e12;
      wan = 0;
      section = 0;
      current = 0;
    } else if (ch === "亿") {
      total = (total + (wan + section + current || 1)) * 1e8;
      wan = 0;
      section = 0;
      current = 0;
    } else {
      return null;
    }
    i++;
  }
  const value = total + wan + section + current;
  return Number.isFinite(value) && (value > 0 || /[0零〇]/.test(text)) ? value : null;
}

/** Removes binary floating-point noise (1.8 * 1e12 = 1799999999999.9998) by keeping 12 significant digits. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
