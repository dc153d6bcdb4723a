// Chinese names before and after head words: 星河大模型, 玄鸟-70B, 发布星河2, 深言科技, 天工基准,
// 太极机器学习平台, 芯片“霁芯一号”.
import * as cues from "../../lexicon/cues.js";
import type { EntityType, Token } from "../../types.js";
import { isHan } from "../text.js";
import {
  demonstratives, emit, FUNCTION_CHARS, generic, isNameToken, knownModelEndingAt, nameStops,
  nameTokensBefore, titles, tokenIndexAt, wordStartBefore, type Context,
} from "./context.js";
import { samePinyinName } from "../pinyin.js";
import { hanBrandBefore, measuredOnFrame, variantWords } from "./latin.js";

/** A size or size class before 模型, not a name: 千亿级, 多千亿级, 70B. */
const SIZE_WORDS = /^(?:更?多|几|数|上)?[\d.零〇一二两三四五六七八九十百千万亿兆]+\s?[BbTtKkMm]?(?:级别?|量级|参数)?$/;

/** Names before a model head word: 星河大模型, “星河2”大模型, 盘古气象大模型 (the head is not part of the name). */
export function chineseModelNames(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(/大语言模型|大模型|语言模型|多模态模型|推理模型|系列模型|模型/g)) {
    if (m[0] === "模型" && doc.text[m.index - 1] === "大") continue;
    const headEnd = m.index + m[0].length;
    const wordStart = wordStartBefore(ctx, m.index, headEnd);
    if (wordStart < 0) continue;
    const { tokens, quoted } = nameTokensBefore(ctx, wordStart, { kind: "model", maxChars: 8, include: "model", fragmentEnd: m.index });
    if (tokens.length === 0) continue;
    if (!quoted && m[0] === "模型" && !tokens.some(isNameToken)) continue;
    if (!quoted && tokens.every((t) => t.tag === "ns")) continue;
    const start = tokens[0]!.start;
    let end = tokens[tokens.length - 1]!.end;
    if (SIZE_WORDS.test(doc.text.slice(start, end))) continue; // 更多千亿级模型: a size class, not a name
    const version = /^\s?[Vv]?\d+(?:\.\d+)+|^\s?[Vv]\d+/.exec(doc.text.slice(headEnd));
    if (version && !quoted) end = headEnd + version[0].length;
    if (tokens.length === 1 && end === tokens[0]!.end && ctx.covering[start]?.type === "model") continue;
    emit(ctx, "model", start, end, quoted ? "quoted-model-head" : "model-head");
  }
}

const RELEASED = /(?:发布|推出|开源|上线|亮相|发表|公布|升级至|迭代至|升级到|更新至)(?:了|的)?(?:(?:新一代|全新|最新|新款|新版|下一代)的?)?(?:大语言模型|多模态大模型|大模型|语言模型|推理模型|模型)?(?:家族|系列)?(\p{Script=Han}{2,4}?)(\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代张台块卡次倍项种BbMmKkTt])/gu;

/** An organization's numbered product is a model: 玄机智能的墨子4, 腾讯旗下的混元2. */
export const OWNED = /^(?:的|旗下的?|自研的?|推出的)(\p{Script=Han}{2,4}?)(\d+(?:\.\d+)*|[Vv]\d+(?:\.\d+)*)(?![\d.%亿万千百个年月日位款家代张台块卡次倍项种分BbMmKkTt])/u;

/** A Chinese name with a version right after a release verb is a model: 发布星河2, 迭代至霁光4.0, 推出新一代模型澄岚3. */
export function releasedVersions(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(RELEASED)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length - m[2]!.length;
    if (generic.model.has(name) || demonstratives.has(name) || /^(?:第|新|全新|最新|首款|一款|多款|大?模型)/.test(name)) continue;
    if ([...name].some((ch) => FUNCTION_CHARS.has(ch) || nameStops.has(ch))) continue; // 开源模型则在8张…: a clause
    const d = ctx.covering[start];
    if (d !== undefined && d.type !== "model") continue;
    emit(ctx, "model", start, start + name.length + m[2]!.length, "released-version");
  }
}

/** Start of the longest model name found so far (lexicon or pattern) that ends at `end`. */

/** Up to two versions or variant words after a space (not a tab: table cells) end a model name: 星衡-Pro 2.0, 鲸语-3 Pro, 睿衡-Fin 2 Mini. */
export const SPACED_VARIANT = String.raw`(?: (?:\d+(?:\.\d+)+|[Vv]\d+(?:\.\d+)*|Pro|Max|Mini|Plus|Ultra|Lite|Turbo|Flash|Air|Nano)|(?<=[A-Za-z]) \d(?![\d.%亿万千百个年月日号位款家代次倍名种项条张台块卡人届期BbMmKkTt])){0,2}`;
const CJK_IDENTIFIER = new RegExp(
  String.raw`(\d*(?:\.\d+)?)(-[A-Za-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9][A-Za-z0-9.]*)*${SPACED_VARIANT}|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9][A-Za-z0-9.]*)*)(?![A-Za-z0-9])`,
  "g",
);

/**
 * Chinese names with a Latin or numbered variant: 玄鸟-70B, 观澜-13B-Chat, 星河2-Lite, 天枢Mini,
 * 混元DiT. A hyphen after a Chinese name, or a capitalized variant word glued to a known model, makes
 * a model identifier.
 */
export function chineseIdentifiers(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(CJK_IDENTIFIER)) {
    const at = m.index;
    const hanEnd = at;
    if (!isHan(doc.text[hanEnd - 1])) continue;
    const glued = !m[2]!.startsWith("-");
    if (glued && m[1] !== "") continue;
    const ti = ctx.endingAt[hanEnd] ?? -1;
    if (ti < 0 || FUNCTION_CHARS.has(doc.text[hanEnd - 1]!)) continue; // 豆包和Kimi: two names, not one
    let start = doc.tokens[ti]!.start;
    const prev = ti > 0 ? doc.tokens[ti - 1] : undefined;
    if (doc.tokens[ti]!.word.length === 1 && prev && prev.end === start && isHan(prev.word[0]) && isNameToken(prev)) start = prev.start;
    // A model name already found ending here (霁光 of 霁光大模型) fixes where the name starts.
    const known = knownModelEndingAt(ctx, hanEnd + m[1]!.length) ?? knownModelEndingAt(ctx, hanEnd);
    if (known !== undefined) start = known;
    while (start < hanEnd - 1 && FUNCTION_CHARS.has(doc.text[start]!)) start++;
    const head = doc.text.slice(start, hanEnd);
    const d = ctx.covering[start];
    if (d !== undefined && d.type !== "model") continue;
    if (generic.model.has(head) || demonstratives.has(head) || head.length > 6) continue;
    const name = doc.tokens[ti]!;
    if (glued) {
      // Glued Latin after a Chinese word names a variant only after a model name or with a variant word.
      const word = m[2]!.split("-")[0]!; // Coder of 青鸾Coder-2-Lite
      // …or a capitalized word with a numbered part: 星弧Nova-2.
      const isVariant = variantWords.has(word.toLowerCase()) || /^[A-Z][a-z]+[A-Z][a-z]*$/.test(word) || /^[A-Z][a-z]+-\d/.test(m[2]!);
      if (!(d?.type === "model" || (isVariant && isNameToken(name))) || /^(?:App|APP|API|SDK|AI)$/.test(word)) continue;
    } else if (!(d?.type === "model" || isNameToken(name) || name.tag === "n")) {
      continue;
    }
    // "在评测集北冥-MathCN上得分…": between 在 and 上, before a score word, it is what was measured on.
    if (!glued && d === undefined && measuredOnFrame(ctx, hanEnd, at + m[0].length)) {
      const brand = hanBrandBefore(doc.text, hanEnd);
      if (brand) emit(ctx, "benchmark", hanEnd - brand.length, at + m[0].length, "hyphenated-benchmark");
      continue;
    }
    emit(ctx, "model", start, at + m[0].length, glued ? "model-variant" : "hyphenated-model");
  }
}

const orgSuffixes = new Set(cues.ORG_SUFFIXES);
const unitSuffixes = new Set(cues.ORG_UNIT_SUFFIXES);
const departmentSuffixes = new Set(cues.ORG_DEPARTMENT_SUFFIXES);
const ORG_SUFFIX_RE = new RegExp(
  [...new Set([...cues.ORG_SUFFIXES, ...cues.ORG_DEPARTMENT_SUFFIXES, ...cues.ORG_DESCRIPTORS.filter((d) => isHan(d[0]))])]
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);
export const ORG_SUFFIX_TEST = new RegExp(ORG_SUFFIX_RE.source);

/** Suffixes that make even a common noun before them a company name, in subject position. */
const BRAND_SUFFIXES = new Set(["智能", "科技", "智算", "智慧", "数科", "创投"]);
const SUBJECT_FOLLOWERS = /^(?:宣布|表示|发布|推出|完成|获得|称|透露|旗下|成立|领投|跟投|参投|投资了|创始人|联合创始人|CEO|首席|总裁|董事长|副总裁|今天|今日|近日|日前|此前|也|还|则|正在|已经|已)/;

/** Whether a Latin gloss in parentheses follows `end`: 港湾智算（HarbourMind）. */
function glossedAt(text: string, end: number): boolean {
  return /^[（(][A-Z][A-Za-z]+/.test(text.slice(end, end + 3));
}

/** Whether a name ending at `end` is followed by what follows a subject (a verb, a title, 旗下) or by its Latin gloss. */
function inSubjectPosition(ctx: Context, end: number): boolean {
  // A Latin gloss in parentheses gives a name, not a common noun: 港湾智算（HarbourMind）.
  if (glossedAt(ctx.doc.text, end)) return true;
  const ti = ctx.startingAt[end] ?? -1;
  const next = ti >= 0 ? ctx.doc.tokens[ti] : undefined;
  return SUBJECT_FOLLOWERS.test(ctx.doc.text.slice(end, end + 4)) || (next !== undefined && next.tag.startsWith("v") && next.word.length >= 2);
}

/**
 * Organizations by their suffix: 深言科技, 上海人工智能实验室, 杭州启元矩阵科技有限公司 (suffix kept);
 * 云启公司 (descriptor dropped: 云启); 清华大学计算机系 (a department of a found organization).
 * Suffixes are found by character, since the segmenter often splits an unknown name across its
 * suffix (云|睿智|能): a word cut by the suffix contributes its left part to the name.
 */
export function organizationsBySuffix(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(ORG_SUFFIX_RE)) {
    const suffix = m[0];
    const p = m.index;
    const end = p + suffix.length;
    // The suffix must end a word, or a word the HMM glued onto what follows a subject (朝霞创投|领 投).
    const glued = ctx.doc.tokens[tokenIndexAt(ctx, end)];
    if (ctx.startingAt[end]! < 0 && isHan(doc.text[end]) && !(glued?.tag === "x" && SUBJECT_FOLLOWERS.test(doc.text.slice(end, end + 4)))) continue;
    const isSuffix = orgSuffixes.has(suffix) || departmentSuffixes.has(suffix);
    const wordStart = wordStartBefore(ctx, p, end);
    if (wordStart < 0) continue;
    const { tokens, commonNoun } = nameTokensBefore(ctx, wordStart, { kind: "org", maxChars: 12, include: "organization", fragmentEnd: p, commonNounBrand: BRAND_SUFFIXES.has(suffix) });
    if (tokens.length === 0) continue;
    // A common noun names a company only in subject position: 玄机智能CEO…, 潮汐智算宣布… (not 金融科技的…).
    if (commonNoun && !inSubjectPosition(ctx, end)) continue;
    let start = tokens[0]!.start;
    while (start < p - 1 && FUNCTION_CHARS.has(doc.text[start]!)) start++;
    const head = doc.text.slice(start, p);
    // 启衡科技首席技术官: a title, not an organization ending in 技术.
    if ((/技术|科技|信息|资讯/.test(suffix) && /^官(?![网方宣微博])/.test(doc.text.slice(end, end + 2))) || /首席|执行|副/.test(head.slice(-2))) continue;
    const last = tokens[tokens.length - 1];
    const d = ctx.covering[start];
    const onlyDictionary = d !== undefined && d.start === start && d.end === p;
    if (departmentSuffixes.has(suffix) && !orgSuffixes.has(suffix) && (d?.type !== "organization" || onlyDictionary)) continue;
    if (onlyDictionary && !unitSuffixes.has(suffix) && !departmentSuffixes.has(suffix)) continue;
    // "阿里更重技术": a known organization, more words, then a generic suffix is a clause, not a name.
    if (d?.type === "organization" && d.start === start && !unitSuffixes.has(suffix) && !departmentSuffixes.has(suffix)) continue;
    const glossed = glossedAt(doc.text, end); // 港湾智算（HarbourMind）: a name
    if (tokens.length > 0 && wordStart === p && tokens.every((c) => c.tag === "ns") && !unitSuffixes.has(suffix) && !glossed) continue;
    if (tokens.some((c) => titles.has(c.word)) || generic.org.has(head)) continue;
    if (cues.FACILITY_WORDS.some((f) => doc.text.slice(0, end).endsWith(f))) continue;
    // After a name that already ends like an organization, 集团/公司 is part of the full name (霁云科技集团).
    const fullName = !isSuffix && cues.ORG_SUFFIXES.some((x) => head.endsWith(x) && head.length > x.length);
    // "法国创业公司": a descriptor after a generic word describes, it does not name.
    if (!isSuffix && !fullName && wordStart === p && last !== undefined && generic.org.has(last.word)) continue;
    emit(ctx, "organization", start, isSuffix || fullName ? end : p, isSuffix ? "org-suffix" : "org-descriptor");
  }
}

/** Endings of the segmenter's nt words that are institutions (its nt tag alone is noisy: 招人, 上进心). */
const INSTITUTION_END = /(?:[院部局委会所校社署厅办司台馆]|中心|银行|集团|公司|大学|联盟)$/;

/** Gatherings end like institutions (会) but are events: 里民大会, 股东大会, 博览会. */
const EVENT_END = /(?:大会|峰会|年会|博览会|展览会|发布会|研讨会|座谈会|交流会|论坛)$/;

/** Organization names the segmenter's dictionary tags nt (机构团体): 国务院, 中国科学院. */
export function organizationsByTag(ctx: Context): void {
  for (const t of ctx.doc.tokens) {
    if (t.tag !== "nt" || t.word.length < 3 || !INSTITUTION_END.test(t.word) || EVENT_END.test(t.word) || generic.org.has(t.word)) continue;
    emit(ctx, "organization", t.start, t.end, "jieba-nt");
  }
}

const RELEASE_BEFORE = /(?:发布|推出|上线|开源|发表|打造|推出了|发布了|上线了|开源了)$/;

/** Chinese brands of the models and organizations found so far: 星河 of 星河2, 霁云 of 霁云智能. */
function documentBrands(ctx: Context): Set<string> {
  const brands = new Set<string>();
  const add = (m: { type: EntityType; surface: string }) => {
    if (m.type !== "model" && m.type !== "organization") return;
    const brand = /^(\p{Script=Han}{2,4}?)(?:\d|[-VvA-Z]|智能|科技|智算|大模型|$)/u.exec(m.surface)?.[1];
    if (brand !== undefined && !generic.model.has(brand) && !generic.org.has(brand)) brands.add(brand);
  };
  for (const m of ctx.out) add(m);
  for (const d of new Set(ctx.covering)) if (d) add(d);
  return brands;
}

const EXAM_HEADS = new Set(["考试", "资格考试", "测验", "竞赛", "联考"]);
const examNouns = cues.EXAM_NOUNS;

/** A proper name before a head word of the type: 天工基准 (benchmark), 太极机器学习平台 (product). */
export function headedNames(ctx: Context, heads: readonly string[], type: EntityType, rule: string): void {
  const { doc } = ctx;
  const headSet = new Set(heads);
  const headEnds = new Set(heads.flatMap((h) => [...h].map((_, i) => h.slice(i))));
  const keepHead = new Set(["机器学习平台", "深度学习平台", "开发平台", "开放平台", "训练平台", "平台", "深度学习框架", "框架", "操作系统", "智能体平台", "开发者平台"]);
  const brands = type === "product" ? documentBrands(ctx) : new Set<string>();
  doc.tokens.forEach((t, ti) => {
    if (!headEnds.has(t.word)) return;
    // Heads may be split by the segmenter (机器学习 + 平台): try the longest head ending at this token.
    let headStart = -1;
    for (let k = ti; k >= Math.max(0, ti - 2); k--) {
      const word = doc.text.slice(doc.tokens[k]!.start, t.end);
      if (headSet.has(word)) headStart = doc.tokens[k]!.start;
    }
    if (headStart < 0) return;
    const head = doc.text.slice(headStart, t.end);
    // An exam is named by plain nouns (公务员考试, 模拟律师资格考试); other heads need a proper name.
    const exam = type === "benchmark" && EXAM_HEADS.has(head);
    // A product named after a brand the text already uses (星河开放平台 beside 星河2), or right after a
    // release verb (推出星图平台), may be made of plain nouns.
    const chunk = nameTokensBefore(ctx, headStart, { kind: "model", maxChars: 8, include: type, nounsAreNames: exam || type === "product" }).tokens;
    if (chunk.length === 0) return;
    const released = RELEASE_BEFORE.test(doc.text.slice(Math.max(0, chunk[0]!.start - 4), chunk[0]!.start));
    const branded = brands.has(chunk.map((c) => c.word).join(""));
    if (!exam && !chunk.some(isNameToken) && !(type === "product" && (released || branded))) return;
    if (exam && !chunk.some((c) => isNameToken(c) || examNouns.some((w) => c.word.includes(w)))) return;
    let start = chunk[0]!.start;
    if (exam && doc.text.slice(start - 2, start) === "模拟") start -= 2;
    if (ctx.covering[start] !== undefined && ctx.covering[start]!.end === headStart && chunk.length === 1) return;
    if (chunk.every((c) => c.tag === "ns" || c.tag === "nt" || c.tag === "nr")) return;
    const keep = (keepHead.has(head) && type === "product") || exam;
    // A quoted name before its head (“澜江e家”App) is the name, without the quotation marks.
    let end = keep ? t.end : headStart;
    while (end > start && /[”"」』]/.test(doc.text[end - 1]!)) end--;
    let from = start;
    while (from < end && /[“"「『]/.test(doc.text[from]!)) from++;
    emit(ctx, type, from, end, rule);
  });
}

// ---------------------------------------------------------------------------------------------
// Quoted names next to a head word: 自研推理芯片“霁芯一号”, “穹顶”训练框架, AI助手“小霁”.

/** Heads that type a quoted name only before it (短视频应用“霁影”); after it they follow catchwords ("套壳"应用). */
const WEAK_PRODUCT_HEADS = ["应用", "软件", "工具"];

/** Head words that type a quoted name, longest first. Assistants are models (model-backed assistants). */
const QUOTED_HEADS: [string, EntityType][] = (
  [
    ...cues.MODEL_HEADS.map((h): [string, EntityType] => [h, "model"]),
    ["助手", "model"], ["智能助手", "model"], ["AI助手", "model"], ["对话机器人", "model"], ["聊天机器人", "model"],
    // A generation: 上一代「曜石一号」, 新一代“星河3”.
    ["上一代", "model"], ["上代", "model"], ["前代", "model"], ["前一代", "model"], ["新一代", "model"], ["下一代", "model"],
    ...cues.CHIP_HEADS.map((h): [string, EntityType] => [h, "product"]),
    ...cues.PRODUCT_HEADS.map((h): [string, EntityType] => [h, "product"]),
    ...WEAK_PRODUCT_HEADS.map((h): [string, EntityType] => [h, "product"]),
    ...cues.BENCHMARK_HEADS.map((h): [string, EntityType] => [h, "benchmark"]),
    // Only next to quotation marks: 评测「寶島題庫」 (an unquoted 月度评测 is no benchmark name).
    ["评测", "benchmark"], ["题库", "benchmark"], ["测试", "benchmark"], ["题集", "benchmark"], ["测试题", "benchmark"],
  ] as [string, EntityType][]
).sort((a, b) => b[0].length - a[0].length);
const QUOTED = /[“「『"]((?:[^“”「」『』"\s，。、：；！？,.:;!?]|(?<=\d)\.(?=\d)){2,12})[”」』"]/g;
/** Words that may stand between a head and a quoted name (芯片“X”, 框架，名为“X”). */
const NAMING = /(?:[，,]?\s?(?:名为|名叫|叫做|代号|命名为|取名))?$/;

/** Quoted names next to a head word that types them: 自研推理芯片“霁芯一号”, “穹顶”训练框架, AI助手“小霁”. */
export function quotedNames(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const after = doc.text.slice(end + 1, end + 12).replace(/^(?:训练|推理|开发|深度学习|机器学习|开源|自研|自主|国产|算力|智算|模型服务|服务|系列|的)+/, "");
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index).replace(NAMING, "");
    const headAfter = QUOTED_HEADS.find(([h]) => after.startsWith(h) && !WEAK_PRODUCT_HEADS.includes(h));
    // A name after its head (芯片“霁芯一号”, 語言模型「曜石二號」). After 大模型 or 评测 a quoted word is as
    // often a catchword (大模型“赶考”成绩单), so there the name must end its phrase and look like a name.
    const closing = doc.text[end + 1] ?? "";
    const endsPhrase = closing === "" || /[，,、。：:；;（(上中里的\s]/.test(closing);
    // Name-like: a version, Latin letters, or a word the segmenter does not know (not 下半场 or 深水|区, common words).
    const inside: Token[] = [];
    for (let k = Math.max(0, tokenIndexAt(ctx, start)); k < ctx.doc.tokens.length && ctx.doc.tokens[k]!.start < end; k++) {
      const t = ctx.doc.tokens[k]!;
      if (t.start >= start && t.end <= end) inside.push(t);
    }
    const fragments = inside.some((t, k) => t.word.length === 1 && inside[k + 1]?.word.length === 1); // 通|远: an unknown word
    const numbered = /[\dA-Za-z]|[一二三四五六七八九十]号|[一二三四五六七八九十]代/.test(m[1]!);
    const nameLike = numbered || fragments || inside.some((t) => (isNameToken(t) && t.tag !== "ns") || t.tag === "lex");
    // After a release verb (推出大模型“星河”) even a common word is the name given.
    const released = (h: string) => RELEASE_BEFORE.test(before.slice(0, before.length - h.length).replace(/(?:了|的|新一代|全新)+$/, ""));
    // After 评测 a quoted word names the evaluation (评测「长卷」), common word or not.
    const named = (h: string, t: EntityType) => (t === "benchmark" ? numbered || isNameToken({ word: m[1]!, tag: "x", start, end }) : nameLike || released(h));
    const headBefore = QUOTED_HEADS.find(
      ([h, t]) => before.endsWith(h) && ((!cues.MODEL_HEADS.includes(h) && t !== "benchmark") || ((endsPhrase || numbered || t === "benchmark") && named(h, t))),
    );
    // 开源了“北极星2”系列: a released series is a model family.
    const releasedSeries = RELEASE_BEFORE.test(before) && /^(?:系列|家族)/.test(doc.text.slice(end + 1, end + 3)) && nameLike;
    // A name that ends in its own head is that: 评测平台“天枢推理榜” is a leaderboard, not a platform.
    const ownHead = m[1]!.length >= 3 && /(?:榜|榜单|基准|评测|测评|测试集|评测集|题库|Bench)$/.test(m[1]!) ? "benchmark" : undefined; // not 刷榜
    // “会思考”的推理模型: a quoted verb phrase describes the model, it does not name one.
    const verbPhrase = !fragments && inside.some((t) => t.tag.startsWith("v") && t.tag !== "vn") && inside.every((t) => /^(?:v|d|a|p|c|u)/.test(t.tag));
    const type = ownHead ?? (verbPhrase ? undefined : (headAfter?.[1] ?? headBefore?.[1] ?? (releasedSeries ? "model" : undefined)));
    if (type === undefined || generic.model.has(m[1]!) || ctx.covering[start] !== undefined) continue;
    emit(ctx, type, start, end, "quoted-name");
  }
}

/** A Latin gloss in parentheses: a pinyin brand and an organization word (Xihe AI, Qiheng Technology). */
const PINYIN_GLOSS = /[（(]\s?([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?:[ -]?(?:AI|Tech|Technology|Technologies|Labs?|Intelligence|Data|Research|Robotics|Cloud|Capital|Ventures|Inc\.?|Ltd\.?|Group))\s?[)）,，]/g;

/**
 * An organization glossed in pinyin: 新竹新創公司曦和智慧（Xihe AI）. The segmenter often breaks such a
 * name (曦|和|智慧); the gloss says where it starts, at the characters whose pinyin is its brand.
 */
export function glossedOrganizations(ctx: Context): void {
  const { doc } = ctx;
  for (const m of doc.text.matchAll(PINYIN_GLOSS)) {
    const end = m.index;
    if (ctx.covering[end - 1] !== undefined) continue;
    const han = /\p{Script=Han}{2,10}$/u.exec(doc.text.slice(Math.max(0, end - 10), end))?.[0];
    if (han === undefined) continue;
    for (let i = 0; i + 2 <= han.length; i++) {
      const name = han.slice(i);
      if (name.length - 2 > 4 || !samePinyinName(m[1]!, name, true)) continue;
      emit(ctx, "organization", end - name.length, end, "pinyin-gloss");
      break;
    }
  }
}

/** A chip's name after the kind of chip: 推理卡澈芯T2, NPU芯片澜芯A1 (a Chinese brand and a Latin model number). */
const CHIP_AFTER_HEAD = /(?:芯片|晶片|推理卡|加速卡|训练卡|计算卡)(\p{Script=Han}{1,4}[A-Za-z]*\d[A-Za-z0-9-]*)(?![A-Za-z0-9])/gu;

export function chipsAfterHead(ctx: Context): void {
  for (const m of ctx.doc.text.matchAll(CHIP_AFTER_HEAD)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (ctx.covering[start] !== undefined || FUNCTION_CHARS.has(m[1]![0]!)) continue;
    emit(ctx, "product", start, start + m[1]!.length, "chip-after-head");
  }
}

/** A hospital affiliated to a university: 江州医科大学附属第一医院, 浙江大学医学院附属邵逸夫医院. */
const AFFILIATED = /^(?:医学院)?附属(?:第[一二三四五六七八九十]{1,2}|[\p{Script=Han}]{0,5}?)(?:人民)?医院/u;

export function affiliatedHospitals(ctx: Context): void {
  const universities = [...ctx.covering.filter((m) => m !== undefined), ...ctx.out].filter((m) => m!.type === "organization" && /(?:大学|学院)$/.test(m!.surface));
  for (const u of new Set(universities)) {
    const h = AFFILIATED.exec(ctx.doc.text.slice(u!.end, u!.end + 16));
    if (h) emit(ctx, "organization", u!.start, u!.end + h[0].length, "affiliated-hospital");
  }
}
