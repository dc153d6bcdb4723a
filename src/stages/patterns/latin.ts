// Latin identifiers: Qwen2.5-Coder-32B-Instruct, Llama 3.1 405B, Claude 3.5 Sonnet, H20, LiveBench,
// Harbor Lane Ventures.
import * as cues from "../../lexicon/cues.js";
import type { EntityType } from "../../types.js";
import { compactKey, latinRuns, type DictionaryIndex, type LatinPiece } from "../recognize.js";
import { clauseAt, isLetter, startsWithAny } from "../text.js";
import { after, emit, generic, type Context } from "./context.js";

const SIZE_OR_VERSION = /^(?:[Vv]?\d+(?:\.\d+)*[BbMmKkTt]?|\d+x\d+[Bb])$/;
const CHIP_LIKE = /^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$/;
/**
 * Letter-digit identifiers that are standards, formats, versions, periods or techniques, not models:
 * 5G, H.264, USB-C, PCIe 5.0, HBM3e, FP16, INT4, Q3, FY2024, Python 3.11, v1.0, Top10, COVID-19…
 */
const NOT_A_NAME = new RegExp(
  "^(?:" +
    [
      "top", "no\\.?", "covid", "web\\d", "b2b", "b2c", "h5", "h\\.?26\\d", "av1", "mp[34]", "jpe?g", "png", "usb", "wi-?fi", "lte",
      "[2-6]g$", "[234]d$", "ipv", "iso(?:\\d|$)", "iec", "gb(?:\\d|$|/)", "rfc", "ieee", "cve", "sha", "md5", "utf", "x86", "x64", "arm\\d", "risc", "pcie",
      "nvme", "hbm", "g?ddr", "lpddr", "gddr", "fp\\d", "bf16", "int\\d", "q\\d", "fy\\d", "h[12]$", "\\d+k", "\\d+p",
      "a股", "apache", "mit$", "gpl", "lgpl", "bsd", "cc(?:-|$)", "api$", "sdk$", "ai$", "token", "version", "v\\d+(?:\\.\\d+)+$", "step \\d", "python",
      "java", "ubuntu", "centos", "debian", "ios", "macos", "android", "gguf", "awq", "gptq", "onnx", "json", "html", "css", "http",
      "gen\\s?\\d+$", "moe$", "moa$", "mla$", "rag$", "lora$", "qlora$", "rlhf$", "dpo$", "sft$", "sota$", "agi$", "ipo$", "kpi$", "roi$",
    ].join("|") +
    ")",
  "i",
);
const BENCHMARK_SUFFIX = /[A-Za-z0-9-](?:Bench|bench|BENCH|Eval|eval|QA|Arena)(?:[-_][A-Za-z0-9]{1,4})?$/;
export const variantWords = new Set(cues.MODEL_VARIANT_WORDS);
const latinOrgSuffixes = new Set(cues.LATIN_ORG_SUFFIXES);
const productLatinHeads = new Set(cues.PRODUCT_LATIN_HEADS);
const productLatinTails = new Set(cues.PRODUCT_LATIN_TAILS);

/** A named set before a Latin name: 推理集BiReason-1K, 问答集, 题集. */
const DATASET_BEFORE = /(?:测试|评测|测评|数据|基准|推理|问答|评估|题)集$/;
/** After a name: 上 and a score word, as in 在X上得分71.3, 在X上的准确率为…, 在X上拿到…. */
const MEASURED_ON = /^上[，,]?\s?(?:的)?[^。；，,]{0,6}?(?:得分|取得|拿到|拿下|成绩|准确率|正确率|通过率|pass@\d|分数|达到|获得)/;

/** Whether the name at [start, end) sits in 在…上 before a score word: what was measured on. */
export function measuredOnFrame(ctx: Context, start: number, end: number): boolean {
  const clauseBefore = ctx.doc.text.slice(Math.max(0, start - 20, clauseAt(ctx.doc.text, start)[0]), start);
  return /在/.test(clauseBefore) && MEASURED_ON.test(after(ctx, end));
}

/** The two to four Chinese characters of a brand ending at `end`, after any head or function word (评测集|北冥). */
export function hanBrandBefore(text: string, end: number): string {
  const han = /\p{Script=Han}{2,8}$/u.exec(text.slice(Math.max(0, end - 8), end))?.[0];
  const brand = han?.split(/集|榜|测试|评测|基准|[的在是为和与及对把被上中]/).pop() ?? "";
  return brand.length >= 2 && brand.length <= 4 ? brand : "";
}

/** Latin identifiers, classified by shape, lexicon families and the words around them. */
export function latinIdentifiers(ctx: Context): void {
  const familyKeys = latinFamilies(ctx.index);
  const byLetters = familiesByLetters(familyKeys);
  for (const pieces of latinRuns(ctx.doc.text)) {
    let i = 0;
    while (i < pieces.length) {
      const end = identifierEnd(ctx, pieces, i);
      classifyIdentifier(ctx, pieces.slice(i, end + 1), familyKeys, byLetters);
      i = end + 1;
    }
  }
}

/**
 * The last piece of the identifier starting at piece `i`: pieces joined by -_· always belong
 * together; a space continues it only before a version, a size or a variant word (Claude 3.5 Sonnet).
 */
function identifierEnd(ctx: Context, pieces: LatinPiece[], i: number): number {
  // Capitalized words up to an organization word belong together: Harbor Lane Ventures, MediaTek Research.
  if (/^[A-Z]/.test(pieces[i]!.text)) {
    for (let k = i + 1; k < pieces.length && k - i <= 5; k++) {
      if (ctx.doc.text.slice(pieces[k - 1]!.end, pieces[k]!.start) !== " " || !/^[A-Z]/.test(pieces[k]!.text)) break;
      if (latinOrgSuffixes.has(pieces[k]!.text)) {
        // Take the following organization words too: Jiyun Technology Group.
        while (k + 1 < pieces.length && latinOrgSuffixes.has(pieces[k + 1]!.text) && ctx.doc.text.slice(pieces[k]!.end, pieces[k + 1]!.start) === " ") k++;
        return k;
      }
    }
  }
  let j = i;
  while (j + 1 < pieces.length) {
    const gap = ctx.doc.text.slice(pieces[j]!.end, pieces[j + 1]!.start);
    const next = pieces[j + 1]!.text;
    if (gap !== " ") {
      j++;
      continue;
    }
    if (!/\d/.test(pieces[i]!.text) && j === i && /^\d/.test(next) && /^[A-Z]/.test(pieces[i]!.text)) {
      j++; // "Llama 3", "Gemini 2.5"
      continue;
    }
    const head = pieces[i]!.text;
    const nameLike = /^[A-Z]/.test(head) || (/\d/.test(head) && /[A-Za-z]/.test(head));
    // After a name that already has a number, a bare number is not part of it ("Qwen2.5-72B 1.2分").
    const numbered = pieces.slice(i, j + 1).some((p) => /\d/.test(p.text));
    const fits = numbered ? /^\d+(?:\.\d+)?[BbMmTt]$|^\d+x\d+[Bb]$/.test(next) || variantWords.has(next.toLowerCase()) : SIZE_OR_VERSION.test(next) || variantWords.has(next.toLowerCase());
    // "QL Toolkit", "Vektor Router": a capitalized software word ends the name.
    const tail = /^[A-Z]/.test(head) && /^[A-Z]/.test(next) && productLatinTails.has(next.toLowerCase());
    if (nameLike && (fits || tail)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const familyCache = new WeakMap<DictionaryIndex, Map<string, EntityType>>();

/** Compact keys of Latin lexicon names of models and products, the families a new version extends. */
function latinFamilies(index: DictionaryIndex): Map<string, EntityType> {
  let families = familyCache.get(index);
  if (families === undefined) {
    families = new Map();
    for (const [key, entry] of index.latin) {
      if ((entry.type === "model" || entry.type === "product") && key.length >= 2) families.set(key, entry.type);
    }
    familyCache.set(index, families);
  }
  return families;
}

const lettersCache = new WeakMap<Map<string, EntityType>, Map<string, EntityType>>();

/**
 * Letter prefixes of family names followed by a digit (qwen of qwen2, h of h100) → the family's type:
 * a new number after the same letters is a new version (Qwen3, H200). Chips need their chip shape.
 */
function familiesByLetters(families: Map<string, EntityType>): Map<string, EntityType> {
  let byLetters = lettersCache.get(families);
  if (byLetters === undefined) {
    byLetters = new Map();
    for (const [key, type] of families) {
      const letters = /^[a-z]+(?=\d)/.exec(key)?.[0];
      if (letters !== undefined && letters.length >= (type === "product" ? 1 : 2) && !byLetters.has(letters)) byLetters.set(letters, type);
    }
    lettersCache.set(families, byLetters);
  }
  return byLetters;
}

function classifyIdentifier(ctx: Context, pieces: LatinPiece[], families: Map<string, EntityType>, byLetters: Map<string, EntityType>): void {
  // "C-Eval 86.5": a known benchmark, organization or person followed by a spaced number is not a new name.
  for (let k = pieces.length - 2; k >= 0; k--) {
    const spacedNumber = ctx.doc.text.slice(pieces[k]!.end, pieces[k + 1]!.start) === " " && /^\d/.test(pieces[k + 1]!.text);
    if (!spacedNumber) continue;
    const known = ctx.index.latin.get(compactKey(pieces.slice(0, k + 1).map((p) => p.text).join("")));
    if (known !== undefined && known.type !== "model" && known.type !== "product") return;
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const start = first.start;
  const end = last.end;
  const text = ctx.doc.text.slice(start, end);
  const key = compactKey(text);
  if (!isLetter(text[0]) || ctx.index.latin.has(key) || NOT_A_NAME.test(text)) return;
  const next = after(ctx, end);
  const hasDigit = /\d/.test(text);
  const head = (/^[A-Za-z]+/.exec(first.text)?.[0] ?? "").toLowerCase();

  if (pieces.length >= 2 && /^[A-Z]/.test(text) && latinOrgSuffixes.has(last.text) && pieces.every((p) => /^[A-Z0-9]/.test(p.text))) {
    return emit(ctx, "organization", start, end, "latin-org-suffix");
  }
  if (startsWithAny(next, cues.CHIP_HEADS) && hasDigit) return emit(ctx, "product", start, end, "latin-chip");
  // QQ浏览器, UC输入法: a Latin brand and the kind of app it is make one product name.
  const app = startsWithAny(ctx.doc.text.slice(end, end + 4), ["浏览器", "输入法", "客户端"]);
  if (app !== undefined) return emit(ctx, "product", start, end + app.length, "latin-app");
  const previous = ctx.doc.text.slice(Math.max(0, start - 6), start).trimEnd();
  // "知识评测TMMLU+": after 评测 a new name without a version number is the evaluation itself.
  const afterHead = cues.BENCHMARK_HEADS.some((h) => previous.endsWith(h)) || (previous.endsWith("评测") && !hasDigit) || DATASET_BEFORE.test(previous);
  // "在…BiReason-1K上，它的得分是71.3": a new name between 在 and 上, before a score word, is what was measured on.
  const measuredOn = measuredOnFrame(ctx, start, end) && !families.has(key);
  // The extended edition of a known benchmark (MBPP+ after MBPP) is a benchmark of its own.
  const plusEdition = text.endsWith("+") && ctx.index.latin.get(key.slice(0, -1))?.type === "benchmark";
  // "TMMLU+评测": a new name (no model family's) before 评测 is the evaluation.
  const beforeEvaluation = next.startsWith("评测") && !families.has(key) && !byLetters.has((/^[A-Za-z]+/.exec(text)?.[0] ?? "").toLowerCase());
  if (startsWithAny(next, cues.BENCHMARK_HEADS) || BENCHMARK_SUFFIX.test(text) || afterHead || plusEdition || measuredOn || beforeEvaluation) {
    // A Chinese brand hyphenated before it is part of the name: 北冥-MathCN.
    const brand = ctx.doc.text[start - 1] === "-" ? hanBrandBefore(ctx.doc.text, start - 1) : "";
    const from = brand.length > 0 ? start - 1 - brand.length : start;
    return emit(ctx, "benchmark", from, end, "latin-benchmark");
  }
  if (hasDigit && productLatinHeads.has(head)) return emit(ctx, "product", start, end, "latin-product-head");
  // 路由系统Vektor Router, 官方插件QL Toolkit, 推理卡LX-9: the kind of product just before the name.
  if (/(?:插件|工具|系统|网关|框架|推理卡|加速卡|训练卡|芯片|晶片)$/.test(previous) && !families.has(key)) return emit(ctx, "product", start, end, "latin-after-product-head");
  // A tool named after a family (LLaMA-Factory, Qwen-Agent SDK): its last word says it is software.
  if (pieces.length >= 2 && /^[A-Z]/.test(last.text) && productLatinTails.has(last.text.toLowerCase())) {
    return emit(ctx, "product", start, end, "latin-product-tail");
  }

  // A new version or size of a known family: Qwen2.5-Coder-32B, Llama 3.1 405B, Gaudi 3.
  for (let k = pieces.length - 1; k >= 0; k--) {
    const prefix = compactKey(pieces.slice(0, k + 1).map((p) => p.text).join(""));
    const type = families.get(prefix);
    if (type !== undefined && k < pieces.length - 1) return emit(ctx, type, start, end, "latin-family-version");
    if (type !== undefined) break;
  }
  // Letter-prefix family: a new version glued to a known family (Qwen3 after Qwen2, H200 after H100).
  const letters = /^[A-Za-z]+(?=\d)/.exec(text)?.[0];
  const familyType = letters !== undefined && pieces.length === 1 ? byLetters.get(letters.toLowerCase()) : undefined;
  if (familyType !== undefined && (familyType === "model" || CHIP_LIKE.test(text))) {
    return emit(ctx, familyType, start, end, "latin-family-version");
  }

  // An all-capital acronym before 模型 names a kind of model (LLM, VLA, VLM), not a model.
  const acronym = /^[A-Z]{2,5}$/.test(text);
  // …and so does 家族 or 系列 (Arcwell Labs发布Quill家族).
  if (startsWithAny(next, [...cues.MODEL_HEADS, "家族", "系列"]) && /[A-Z]/.test(text) && text.length >= 3 && !acronym && !NOT_A_NAME.test(text)) {
    return emit(ctx, "model", start, end, "latin-model-head");
  }
  // A CamelCase name right after a release verb is a model: 推出FoxBrain.
  if (/^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(text) && /(?:发布|推出|开源|上线|亮相|发表|公布|升级)(?:了|的)?\s?$/.test(previous)) {
    return emit(ctx, "model", start, end, "latin-released");
  }
  // A capitalized identifier ending in a variant word is a model: Jingfan-Pro, Nova Lite (but A17 Pro and
  // M3 Max are chips).
  const chipNumber = CHIP_LIKE.test(first.text);
  if (pieces.length >= 2 && /^[A-Z]/.test(text) && variantWords.has(last.text.toLowerCase()) && !NOT_A_NAME.test(text) && !chipNumber) {
    return emit(ctx, "model", start, end, "latin-variant");
  }
  if (startsWithAny(next.toLowerCase(), cues.ORG_DESCRIPTORS) || startsWithAny(next, ["实验室", "研究院"])) {
    if (!generic.org.has(text) && text.length >= 3) return emit(ctx, "organization", start, end, "latin-org-head");
  }
  // A chip number with a variant (A17 Pro, M3 Max) is a chip, not a model.
  if (!hasDigit || NOT_A_NAME.test(text) || CHIP_LIKE.test(text) || chipNumber) return;
  if (/^[a-z0-9]{10,}$/.test(text)) return; // an identifier or hash (qeeccuggec56k9hd), not a name
  const letterCount = text.replace(/[^A-Za-z]/g, "").length;
  if (letterCount >= 2 && !/^[A-Z]{1,2}\d+$/.test(text)) emit(ctx, "model", start, end, "latin-alphanumeric");
}

