// Versions and variants of names already found: 文心大模型4.0, 霁光4.0-Flash, 澜海1, 玄机智能的墨子4.
import * as cues from "../../lexicon/cues.js";
import type { MentionCandidate, SegmentedText } from "../../types.js";
import { cjkBoundaries } from "../recognize.js";
import { isHan } from "../text.js";
import { FUNCTION_CHARS, generic, nameStops } from "./context.js";
import { OWNED, SPACED_VARIANT } from "./chinese.js";
import { variantWords } from "./latin.js";

/** A version after a Chinese model name: V3.5, 4.0, or a bare number of one or two digits (通义千问3). */
const VERSION = String.raw`(?:[Vv]\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|\d{1,2})(?!\s?[\d.%亿万千百个年月日号位款家代次倍名种项条张台块卡人届期分:：BbMmKkTt])`;
const HYPHEN_PARTS = String.raw`(?:-[A-Za-z0-9][A-Za-z0-9.]*)+`;
const MODEL_VARIANT = new RegExp(`^(?:(?:大模型)?\\s?${VERSION}(?:${HYPHEN_PARTS})?${SPACED_VARIANT}|${HYPHEN_PARTS}${SPACED_VARIANT}|[A-Z][a-z]+(?![A-Za-z0-9]))`);
const NUMBERED_VARIANT = new RegExp(`^${HYPHEN_PARTS}${SPACED_VARIANT}(?![A-Za-z0-9])`);
const CHIP_VERSION = /^\s?(?:[Vv]\d+(?:\.\d+)*|\d+\.\d+|\d{1,4}[A-Z]?(?:\s?(?:Gen|Pro|Ultra|Max|Plus|Elite|至尊版|旗舰版)(?:\s?\d+)?)?)(?![\d.%亿万千百个年月日位款家张台块卡倍])/;

/**
 * Versions and variants of a found model or chip are models and chips of their own: 文心大模型4.0,
 * 霁光4.0-Flash, 星河2-Lite, 讯飞星火V3.5, 天枢Mini, 昇腾920. Runs over the decided mentions (lexicon,
 * discovered and propagated), since a variant often follows a name found elsewhere in the text.
 */
export function findVariants(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    if (m.type !== "model" && m.type !== "product") continue;
    const rest = doc.text.slice(m.end, m.end + 24);
    // 通义千问2.5-Max: a Chinese model name that ends in its version takes a hyphenated variant.
    const numbered = m.type === "model" && /\p{Script=Han}.*\d$/u.test(m.surface);
    if (!isHan(m.surface[m.surface.length - 1]) && !numbered) continue;
    const v = (numbered ? NUMBERED_VARIANT : m.type === "model" ? MODEL_VARIANT : CHIP_VERSION).exec(rest);
    if (!v) continue;
    // A glued capitalized word must be a variant word (Mini, Pro), not any English word.
    if (/^[A-Z][a-z]+$/.test(v[0]) && !variantWords.has(v[0].toLowerCase())) continue;
    const end = m.end + v[0].length;
    out.push({ ...m, end, surface: doc.text.slice(m.start, end), lexiconId: null, source: "pattern", rule: "variant" });
  }
  return [...out, ...brandVersions(doc, mentions), ...ownedVersions(doc, mentions), ...examPapers(doc, mentions), ...examSubjects(doc, mentions)];
}

/** An exam and the school subject right after it are one exam: 高考数学, 考研英语, SAT数学 (ANNOTATION.md's "SAT 数学"). */
const SCHOOL_SUBJECT = /^\s?(?:语文作文|英语作文|数学|语文|英语|物理|化学|生物|历史|地理|政治|理科综合|文科综合|理综|文综)/;

function examSubjects(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.flatMap((m) => {
    const subject = m.type === "benchmark" && cues.EXAM_NAME.test(m.surface) ? SCHOOL_SUBJECT.exec(doc.text.slice(m.end, m.end + 6)) : null;
    if (!subject) return [];
    const end = m.end + subject[0].length;
    return [{ ...m, end, surface: doc.text.slice(m.start, end), lexiconId: null, source: "pattern" as const, rule: "exam-subject" }];
  });
}

/** An exam paper after an exam's name: 高考数学新课标I卷, 高考全国甲卷 (the longest name wins). */
const EXAM_PAPER = /^(?:数学|语文|英语|物理|化学|生物|文综|理综)?(?:新课标|全国|新高考)?(?:[IⅠⅡⅢ]{1,3}|[一二三甲乙丙]|[A-Z])卷/;

function examPapers(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  return mentions.flatMap((m) => {
    const paper = m.type === "benchmark" ? EXAM_PAPER.exec(doc.text.slice(m.end, m.end + 12)) : null;
    if (!paper) return [];
    const end = m.end + paper[0].length;
    return [{ ...m, end, surface: doc.text.slice(m.start, end), lexiconId: null, source: "pattern" as const, rule: "exam-paper" }];
  });
}

/** An organization's numbered product is a model: 玄机智能的墨子4, 腾讯旗下的混元2 (after propagation, so
 * that an organization found anywhere in the text counts). */
function ownedVersions(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const d of mentions) {
    if (d.type !== "organization") continue;
    const m = OWNED.exec(doc.text.slice(d.end, d.end + 16));
    if (!m) continue;
    const name = m[1]!;
    if (generic.model.has(name) || [...name].some((ch) => FUNCTION_CHARS.has(ch) || nameStops.has(ch))) continue;
    const start = d.end + m[0].length - name.length - m[2]!.length;
    out.push({ type: "model", start, end: d.end + m[0].length, surface: doc.text.slice(start, d.end + m[0].length), lexiconId: null, source: "pattern", rule: "owned-version" });
  }
  return out;
}

const BRANDED = /^(\p{Script=Han}{2,4})(?:\d|[Vv]\d)/u;
const BRAND_VERSION = String.raw`(?:\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代BbMmKkTt])`;

/**
 * Other versions of a Chinese brand the text numbers its models with: after 澜海2-Ultra and 星河2,
 * 澜海1 and 星河1.0 are models too.
 */
function brandVersions(doc: SegmentedText, mentions: MentionCandidate[]): MentionCandidate[] {
  const taken = new Uint8Array(doc.text.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const brands = new Map<string, MentionCandidate>();
  for (const m of mentions) {
    const brand = m.type === "model" ? BRANDED.exec(m.surface)?.[1] : undefined;
    if (brand !== undefined && !brands.has(brand)) brands.set(brand, m);
  }
  const out: MentionCandidate[] = [];
  const { starts } = cjkBoundaries(doc);
  for (const [brand, model] of brands) {
    for (const v of doc.text.matchAll(new RegExp(`${brand}${BRAND_VERSION}`, "g"))) {
      if (taken[v.index] || !starts[v.index]) continue;
      const end = v.index + v[0].length;
      out.push({ ...model, start: v.index, end, surface: v[0], lexiconId: null, source: "pattern", rule: "brand-version" });
    }
  }
  return out;
}

