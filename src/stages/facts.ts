// Facts: parameter counts and benchmark scores stated in the text, found over the normalized text.
// Which model a fact belongs to is decided in resolve.ts; a table row names its model itself.
import * as cues from "../lexicon/cues.js";
import type { MentionCandidate, ParameterCandidate, ScoreCandidate, SegmentedText } from "../types.js";
import { NUMERAL, QUALIFIER_PREFIX, parseQuantity } from "./numbers.js";
import {
  clauseAt, firstAtOrAfter, isRuleRow, lineStartAt, LIST_SEPARATOR, sentenceAt, startsWithAny, TABLE_LINE, tableRows, within, type Cell,
} from "./text.js";

const Q = QUALIFIER_PREFIX;
const N = NUMERAL;
/** Counts stated with the word parameters: 1750亿个参数, 千亿级参数, 70 billion parameters. */
const PARAMS_AFTER = new RegExp(`(?:${Q}\\s?)?${N}(?:\\s?(?:级别?|规模|量级))?(?:的)?\\s?(?:个)?(?:模型)?(?:参数|-?(?:total\\s|trainable\\s)?(?:parameters?|params?)\\b)`, "g");
/** Counts after the word: 参数量达到1750亿, 参数规模为70B. */
const PARAMS_BEFORE = new RegExp(`参数(?:量|规模|数量|总量)?(?:\\s?(?:为|达|达到|高达|仅|只有|是|共|总计|已|已经|也|将|则|就|:|：))*\\s?((?:${Q}\\s?)?${N})`, "g");
/** A size class: 7B级别的模型, 千亿级闭源模型. */
const SIZE_CLASS = new RegExp(`((?:${Q}\\s?)?${N})(?:级别?|量级)(?:的)?(?:开源|闭源|通用|语言|多模态)?(?:大)?模型`, "g");
/** A bare size in B or T: 0.5B、1.5B、7B、72B; 70B模型; 1.8T的MoE模型. */
const BARE_SIZE = /(?<![A-Za-z0-9.$])(\d+(?:\.\d+)?)\s?[BbTt](?![A-Za-z0-9])/g;

/** Whether what follows a quantity says it counts something else: 元, tokens, 次, 人 (1000亿元, 2万亿tokens). */
function notParameters(text: string, end: number): boolean {
  return startsWithAny(text.slice(end, end + 6).trimStart(), cues.NON_SCORE_UNITS) !== undefined || /^\s?(?:美元|元|tokens?|字节|次|人|个|条|港元)/i.test(text.slice(end, end + 6));
}

/** An estimated size: 估计在1300亿左右, 预计约为70B (only in a sentence that speaks of parameters). */
const ESTIMATE = new RegExp(`(?:估计|预计|推测|猜测|据传|外界估算)(?:其|为|在|有|达|约|大约|是)*\\s?(${N})(?:左右|上下)?`, "g");

const MIN_PARAMETERS = 1e6;
/** Words near a bare size that make it a model size: 70B模型, 参数量72B, 7B版本, Phi-3-mini (3.8B). */
const SIZE_CUE_AFTER = /^\s?(?:的)?(?:大?模型|参数|版本|尺寸|规格|规模|体量|级|量级|稠密|MoE|dense|model|param)/i;
const SIZE_CUE_BEFORE = /(?:参数|参数量|尺寸|规模|版本|规格|提供|包括|包含|包含了|分为|有|为|达|总计|共|激活|总参数)\s?(?:约|仅|只有)?\s?$|[A-Za-z0-9]\s?[（(]$/;

/** Finds parameter counts. Numbers inside an entity mention (the 72B of Qwen2-72B) are part of a name. */
export function findParameterCounts(doc: SegmentedText, mentions: MentionCandidate[]): ParameterCandidate[] {
  const text = doc.text;
  const inMention = coverage(text.length, mentions);
  const found: ParameterCandidate[] = [];
  const add = (start: number, end: number, numeral: string) => {
    if (inMention[start] || inMention[end - 1]) return;
    if (/^[十百千万亿]/.test(numeral) && /[数几上好]$/.test(text.slice(0, start))) return; // 数十亿, 几千亿: vague
    if (found.some((f) => start < f.end && f.start < end)) return;
    const q = parseQuantity(numeral);
    if (q === null || q.value < MIN_PARAMETERS) return;
    found.push({ start, end, value: q.value, qualifier: q.qualifier, subjects: [] });
  };
  for (const m of text.matchAll(PARAMS_AFTER)) {
    const numeral = leadingQuantity(m[0]);
    if (numeral !== null) add(m.index, m.index + m[0].length, numeral);
  }
  for (const m of text.matchAll(PARAMS_BEFORE)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (/[亿万千百兆BbMmTt]|billion|trillion|million/.test(m[1]!)) add(start, m.index + m[0].length, m[1]!);
  }
  // "星衡-Pro的参数量并未公开，业内估计在1300亿左右": an estimate in a sentence about parameters.
  for (const m of text.matchAll(ESTIMATE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const [sentenceStart, sentenceEnd] = sentenceAt(text, start);
    if (!/参数/.test(text.slice(sentenceStart, sentenceEnd)) || !SIZE_UNIT.test(m[1]!)) continue;
    if (notParameters(text, end)) continue;
    add(start, end, m[1]!);
  }
  for (const m of text.matchAll(SIZE_CLASS)) {
    if (/[亿万千百兆BbTt]|billion|trillion/.test(m[1]!)) add(m.index, m.index + m[1]!.length, m[1]!);
  }
  const sizes = [...text.matchAll(BARE_SIZE)];
  sizes.forEach((m, i) => {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 8);
    if (/^\s?(?:美元|元|dollars|USD|token|tokens|字节|bytes|像素)/i.test(after)) return;
    // A bare "7B" is a parameter count in a list of sizes (0.5B、7B、72B) or next to a model word.
    const listed = [sizes[i - 1], sizes[i + 1]].some((n) => n && LIST_SEPARATOR.test(n.index < m.index ? text.slice(n.index + n[0].length, m.index) : text.slice(end, n.index)));
    const cued = SIZE_CUE_AFTER.test(after) || SIZE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (listed || cued) add(m.index, end, m[0]);
  });
  // The last of a list before 三种参数规模 / 两个版本 / 四个尺寸 is a count.
  for (const m of text.matchAll(LIST_LAST)) {
    const numeral = m[1]!;
    if (SIZE_UNIT.test(numeral)) add(m.index + m[0].indexOf(numeral), m.index + m[0].indexOf(numeral) + numeral.length, numeral);
  }
  // "提供15亿、70亿和320亿三种参数规模", "20亿和80亿参数两个版本": a count in a list makes the list counts.
  for (const f of [...found]) {
    for (const m of listedQuantities(text, f.start, f.end)) if (!notParameters(text, m.end)) add(m.start, m.end, m.numeral);
  }
  for (const t of findTableParameterCounts(doc, mentions)) {
    if (!found.some((f) => t.start < f.end && f.start < t.end)) found.push(t);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The last item of a list of sizes and the words that say they are sizes: 和320亿三种参数规模, 与72B两个版本. */
const LIST_LAST = new RegExp(`(?:、|和|与|及)\\s?((?:${Q}\\s?)?${N})\\s?(?:[两三四五六七八九十\\d]+\\s?(?:种|个|款)的?)?(?:参数)?(?:规模|尺寸|版本|规格|档)`, "g");
const QUANTITY_AT_START = new RegExp(`^(?:${Q}\\s?)?${N}`);
const QUANTITY_AT_END = new RegExp(`(?:${Q}\\s?)?${N}$`);
const SIZE_UNIT = /[亿兆BbTt]|billion|trillion/;
const LIST_JOIN = "(?:、|和|与|及|以及)";

/** Quantities in 亿/兆/B/T joined to the count at [start, end) by 、/和/与/及/以及, walking out both ways. */
function listedQuantities(text: string, start: number, end: number): { start: number; end: number; numeral: string }[] {
  const out: { start: number; end: number; numeral: string }[] = [];
  // Rightwards: 、Y 和Z after the count's own number.
  let at = start + (QUANTITY_AT_START.exec(text.slice(start, end))?.[0].length ?? 0);
  for (;;) {
    const sep = new RegExp(`^\\s?${LIST_JOIN}\\s?`).exec(text.slice(at, at + 4));
    const next = sep ? QUANTITY_AT_START.exec(text.slice(at + sep[0].length, at + sep[0].length + 24)) : null;
    if (!sep || !next || !SIZE_UNIT.test(next[0])) break;
    out.push({ start: at + sep[0].length, end: at + sep[0].length + next[0].length, numeral: next[0] });
    at += sep[0].length + next[0].length;
  }
  // Leftwards: X、 and Y和 before it.
  let left = start;
  for (;;) {
    const before = text.slice(Math.max(0, left - 24), left);
    const sep = new RegExp(`${LIST_JOIN}\\s?$`).exec(before);
    const prev = sep ? QUANTITY_AT_END.exec(before.slice(0, before.length - sep[0].length)) : null;
    if (!sep || !prev || !SIZE_UNIT.test(prev[0])) break;
    const from = left - before.length + prev.index;
    out.push({ start: from, end: from + prev[0].length, numeral: prev[0] });
    left = from;
  }
  return out;
}

const CELL_QUANTITY = new RegExp(`^\\s*(${NUMERAL})\\s*$`);
const PARAMETER_COLUMN = /^\s*(?:参数量?|参数规模|规模|总参数|模型参数|params?|parameters|size)\s*$/i;

/** Parameter counts in a table column headed 参数量/Params, for the model leading each row. */
function findTableParameterCounts(doc: SegmentedText, mentions: MentionCandidate[]): ParameterCandidate[] {
  const found: ParameterCandidate[] = [];
  let column = -1;
  for (const cells of tableRows(doc.text)) {
    if (cells === null) {
      column = -1;
      continue;
    }
    const header = cells.findIndex((c) => PARAMETER_COLUMN.test(c.text));
    if (header >= 0) {
      column = header;
      continue;
    }
    const cell = cells[column];
    if (column < 0 || cell === undefined) continue;
    const lead = firstModelIn(mentions, cells.filter((_, k) => k !== column));
    const value = CELL_QUANTITY.exec(cell.text);
    const quantity = value ? parseQuantity(value[1]!) : null;
    if (lead < 0 || quantity === null || quantity.value < MIN_PARAMETERS) continue;
    const start = cell.start + cell.text.indexOf(value![1]!);
    found.push({ start, end: start + value![1]!.length, value: quantity.value, qualifier: quantity.qualifier, subjects: [lead] });
  }
  return found;
}

/** Index of the first model mention inside any of the cells, or -1 (mentions are sorted by start). */
function firstModelIn(mentions: MentionCandidate[], cells: Cell[]): number {
  let best = -1;
  for (const c of cells) {
    for (let i = firstAtOrAfter(mentions, c.start); i < mentions.length && mentions[i]!.start < c.end; i++) {
      if (mentions[i]!.type === "model" && mentions[i]!.end <= c.end && (best < 0 || i < best)) best = i;
    }
  }
  return best;
}

/** The quantity at the start of a PARAMS_AFTER match, without the words after it. */
function leadingQuantity(match: string): string | null {
  return QUANTITY_AT_START.exec(match)?.[0] ?? null;
}

function coverage(length: number, mentions: MentionCandidate[]): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return covered;
}

// ---------------------------------------------------------------------------------------------
// Benchmark scores

const SCORE = /(前|倒数|后|top\s?|bottom\s?|Top\s?)?(\d+(?:\.\d+)?)(?![,，]\d{3})\s?(%|分(?!钟)|points?\b)?/g;
/** After a number: a pass mark or cut-off line, not a result (29分的金牌线, 180分合格线). */
const THRESHOLD = /^\s?(?:分)?(?:的)?(?:金牌线|银牌线|铜牌线|分数线|合格线|及格线|录取线|特控线|门槛|线)/;
/** Before a number: a mark crossed (突破90的, 超过80大关), not a result, when no score word follows. */
const CROSSED = /(?:突破|跨过|迈过|越过|超过)\s?$/;
/** A score stated without its benchmark in the sentence: 以627分紧随其后, 只得到96分, 总分651分. */
const CARRIED_SCORE = /(?:(?:以|得到|拿到|拿下|取得|获得|考出|考了|总分|平均分为?|得分为?|成绩为?|只有|仅有|仅得)了?\s?(\d+(?:\.\d+)?)\s?(?:分(?!钟)|的平均分)|(?:准确率|正确率|通过率|得分率)(?:为|是|达到?|仅为?)?\s?(\d+(?:\.\d+)?)\s?(%)|在同一(?:数据集|基准|评测|测试集?|榜单)(?:上|中)(?:的(?:得分|成绩))?(?:为|是|达到?|仅为?)?\s?(\d+(?:\.\d+)?)\s?(%|分)?)/g;
/** Points or a percentile rank, carried only to an exam: 数学138分, 分别为119分和131分, 处于倒数20%. */
const EXAM_POINTS = /(?<![\dA-Za-z.])(\d+(?:\.\d+)?)\s?分(?![钟之差数别])|(前|倒数|后)\s?(\d+(?:\.\d+)?)\s?(%)/g;
/** An evaluation the text introduces without a name: 内部测试, 自建的测试集, 以5,000题进行测试. */
const OWN_EVALUATION = /内部|自建|自有|私有|(?:\d[\d,]*|[一二三四五六七八九十百千万两]+)\s?(?:道)?题[^目型]|测试集|评测集|数据集/;

/** A score after a copula or a verb of scoring, with a unit or a score word: 为79.5%, 拿到75.12分, Elo为1389. */
const MODEL_SCORE = /(Elo(?:分数)?|评分|得分|分数|成绩|平均分|准确率|正确率|通过率|成功率|完成率)?\s?(?:为|是|拿到了?|达到了?|取得了?|录得|得到了?|则为|以)\s?(\d+(?:\.\d+)?)\s?(%|分(?!钟))?/g;

/** People as the ones scoring: a sentence about them with no model in it states no model's score. */
const HUMAN_SUBJECT = /选手|考生|学生|人类|国家队|队员|对照组|真人|专家组|志愿者/;


/** How far back a score without a benchmark looks (within its paragraph) for the exam or benchmark. */
const CARRY_REACH = 300;

/** An evaluation the text does not name: 在我们自建的客服测试集上, 在内部业务数据中 (not 在同一数据集上). */
const UNNAMED_EVALUATION = /在(?![^，。；,;]{0,12}?(?:同一|相同|该|此|这))[^，。；,;：:]{0,12}?(?:测试集|数据集|评测集|题集|测试|评测|任务|场景|业务数据)(?:上|中|里)/;
/** A change word not followed by 到/至: "提升12%" is a change, "提升到68.2%" a score. */
const CHANGE = new RegExp(`(?:${cues.CHANGE_WORDS.join("|")})(?!到|至)`);
const SCALE_AFTER = /^\s?[（(]?\s?(?:满分|总分|满分为|out of)\s?(\d+(?:\.\d+)?)|^\s?\/\s?(\d+(?:\.\d+)?)/;
/**
 * A score cell: a number with an optional %, possibly bold (**88.2**), marked (88.2†, 88.2*) or followed
 * by a note in parentheses (88.2 (+1.2)). Groups: leading part, number, %.
 */
const CELL_SCORE = /^(\s*(?:\*\*|__)?)(\d+(?:\.\d+)?)(\s*%)?(?:\*\*|__)?\s*[†‡*]?\s*(?:[(（][^)）]{0,12}[)）])?\s*$/;
/** The longest line read as a possible table row, in characters. */
const MAX_ROW = 2000;
/** A column header that is a measure, not a benchmark: 准确率, 总体得分, Score. */
const METRIC_COLUMN = /^(?:\*\*)?(?:总体|整体|平均|综合)?(?:准确率|正确率|得分|分数|成绩|通过率|胜率|Accuracy|Score|pass@1)(?:\s?[(（]%[)）])?(?:\*\*)?$/i;
/** How far before a table the benchmark a metric column scores may be named, in characters. */
const METRIC_REACH = 400;

/** Finds benchmark scores in prose (after a benchmark mention) and in tables (header × row). */
export function findBenchmarkScores(doc: SegmentedText, mentions: MentionCandidate[]): ScoreCandidate[] {
  const tableScores = findTableScores(doc, mentions);
  const tableLines = new Set(tableScores.map((s) => lineStartAt(doc.text, s.start)));
  const prose = findProseScores(doc, mentions).filter((s) => !tableLines.has(lineStartAt(doc.text, s.start)));
  return [...tableScores, ...prose].sort((a, b) => a.start - b.start);
}

function findProseScores(doc: SegmentedText, mentions: MentionCandidate[]): ScoreCandidate[] {
  const text = doc.text;
  const inMention = coverage(text.length, mentions);
  const found: ScoreCandidate[] = [];
  const benchmarks = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === "benchmark");
  benchmarks.forEach(({ m, i }, k) => {
    const [, sentenceEnd] = sentenceAt(text, m.start);
    // A table row is short: a long line (a whole article on one line) is prose, and is not sliced.
    const lineStart = lineStartAt(text, m.start);
    const line = sentenceEnd - lineStart <= MAX_ROW ? text.slice(lineStart, sentenceEnd) : "";
    if (TABLE_LINE.test(line) && line.split(TABLE_LINE).length > 3) return;
    const nextBenchmark = benchmarks[k + 1]?.m.start ?? Infinity;
    // "；在我们自建的客服测试集上，准确率从81%提升到93%": an evaluation with no name ends the benchmark's reach.
    const unnamed = UNNAMED_EVALUATION.exec(text.slice(m.end, sentenceEnd));
    const listed = Math.min(sentenceEnd, nextBenchmark, unnamed ? m.end + unnamed.index : Infinity);
    // A benchmark followed at once by another one (MMLU、C-Eval上分别…) shares the numbers that follow.
    const region = text.slice(m.end, listed);
    if (LIST_SEPARATOR.test(region) && nextBenchmark < sentenceEnd) return;
    const [ownClauseStart, ownClauseEnd] = clauseAt(text, m.start);
    // A part named right after the benchmark (高考数学, SAT数学) holds for its scores unless one is nearer.
    const partAfter = subtasks.find((s) => text.startsWith(s, m.end)) ?? null;
    for (const s of text.slice(m.end, listed).matchAll(SCORE)) {
      const start = m.end + s.index;
      const numberStart = start + (s[1]?.length ?? 0);
      const end = start + s[0].trimEnd().length;
      if (inMention[numberStart] || inMention[end - 1]) continue;
      if (/[\d.@#]/.test(text[start - 1] ?? "") || /^[A-Za-z]/.test(text[numberStart - 1] ?? "")) continue;
      const unitAfter = text.slice(end, end + 6);
      if (!s[3] && startsWithAny(unitAfter.trimStart(), cues.NON_SCORE_UNITS) !== undefined) continue;
      if (THRESHOLD.test(unitAfter)) continue; // 29分的金牌线: a threshold, not a result
      // "唯一突破90的", "突破80大关": a mark crossed, not a result.
      if (CROSSED.test(text.slice(Math.max(0, start - 4), start)) && /^(?:大关|关口|的(?!成绩|得分|分数|准确率|水平))/.test(unitAfter)) continue;
      const [clauseStart] = clauseAt(text, numberStart);
      const before = text.slice(Math.max(clauseStart, numberStart - 6), start);
      // "成绩为满分150分": full marks as the score itself; elsewhere 满分 introduces the scale.
      const fullMarks = /(?:为|是|拿到|获得|取得|得到|拿下|考出)满分$/.test(before.trimEnd());
      if (!fullMarks && /第$|满分$|总分$|满分为$|\/$/.test(before.trimEnd())) continue;
      // "提升12%" is a change; "提升到68.2%" states the new score.
      if (CHANGE.test(before)) continue;
      const clause = text.slice(clauseStart, clauseAt(text, numberStart)[1]);
      const ownClause = clauseStart === ownClauseStart || (ownClauseStart <= numberStart && numberStart < ownClauseEnd);
      if (!ownClause && cues.NON_SCORE_WORDS.some((w) => clause.includes(w))) continue;
      const cued = s[3] !== undefined || s[1] !== undefined || cues.SCORE_CUES.some((w) => text.slice(clauseStart, start).includes(w));
      if (!cued && !ownClause) continue;
      const score = Number(s[2]);
      // A year (2020年, 发布于2020) is no score; a rating (评分为2029) is.
      const yearLike = /^(?:19|20)\d\d$/.test(s[2]!) && !s[3] && (/^\s?年/.test(text.slice(end, end + 2)) || !/(?:评分|rating|Elo|等级分|分数)[^，。；\d]{0,4}$/i.test(text.slice(Math.max(0, start - 10), start)));
      if (!Number.isFinite(score) || yearLike) continue;
      const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
      const rankWord = (s[1] ?? "").trim().toLowerCase();
      found.push({
        start,
        end,
        benchmark: i,
        model: null,
        subtask: subtaskBefore(text.slice(clauseStart, start)) ?? partAfter,
        score,
        scale: scale ? Number(scale[1] ?? scale[2]) : fullMarks ? score : null,
        unit: s[3] === "%" ? "%" : null,
        rank: rankWord === "前" || rankWord === "top" ? "top" : rankWord === "倒数" || rankWord === "后" || rankWord === "bottom" ? "bottom" : null,
      });
    }
  });
  return [...pairListedBenchmarks(doc, mentions, found), ...carriedScores(doc, mentions, found), ...englishScores(doc, mentions, found)];
}

const ENGLISH_SCORE = /(?:scored?|scores|scoring|achiev\w*|reach\w*|got|hits?|posts?|posted)\s+(?:a\s+|an\s+)?(\d+(?:\.\d+)?)\s*(%|percent|points?)?\s+(?:on|in)\s+(?:the\s+)?$/i;

/** English word order, the score before its benchmark: "scored 88.7 on MMLU". */
function englishScores(doc: SegmentedText, mentions: MentionCandidate[], found: ScoreCandidate[]): ScoreCandidate[] {
  const taken = new Set(found.map((s) => s.start));
  return mentions.flatMap((m, i) => {
    if (m.type !== "benchmark") return [];
    const lead = doc.text.slice(Math.max(0, m.start - 40), m.start);
    const e = ENGLISH_SCORE.exec(lead);
    if (!e) return [];
    const start = m.start - lead.length + e.index + e[0].indexOf(e[1]!, e[0].search(/\d/));
    if (taken.has(start)) return [];
    const end = start + e[1]!.length + (e[2] === "%" ? 1 : 0);
    return [{ start, end, benchmark: i, model: null, subtask: null, score: Number(e[1]), scale: null, unit: e[2] === "%" || e[2] === "percent" ? "%" : null, rank: null }];
  });
}

/**
 * Scores in a sentence that names no benchmark belong to the last benchmark or exam named shortly before
 * in the paragraph when a cue ties them to it: points after a score word ("天衍-R2以总分651分排名第一" after
 * "用当年高考卷考大模型"), an accuracy in percent ("准确率为41.5%"), or "在同一数据集上为71.0%".
 */
function carriedScores(doc: SegmentedText, mentions: MentionCandidate[], found: ScoreCandidate[]): ScoreCandidate[] {
  const text = doc.text;
  const taken = new Set(found.map((s) => s.start));
  const benchmarks = mentions.map((m, i) => ({ m, i, start: m.start, end: m.end })).filter(({ m }) => m.type === "benchmark");
  const models = mentions.filter((m) => m.type === "model");
  const modelNamedIn = (from: number, to: number) => within(models, from, to).length > 0;
  const out: ScoreCandidate[] = [];
  // After an exam, any points or percentile carry (明镜-2交出了数学138分, 大约处于倒数20%); after other
  // benchmarks the cued forms of CARRIED_SCORE do, and a score stated of a model named in its sentence
  // (Kimi k1.5拿到77.5%，QwQ-32B为79.5%, DeepSeek-V4的Elo分数为1441) in the benchmark's paragraph.
  const carry = (c: RegExpMatchArray, number: string, percent: boolean, kind: "cued" | "exam" | "model", rankWord?: string) => ({
    at: c.index!, start: c.index! + c[0].lastIndexOf(number), end: c.index! + c[0].length, number, percent, kind, rankWord,
  });
  const candidates = [
    // CARRIED_SCORE: points in 1, a percentage in 2 (with 3 = %), 在同一… in 4 (with 5 = unit).
    ...[...text.matchAll(CARRIED_SCORE)].map((c) => carry(c, c[1] ?? c[2] ?? c[4]!, c[3] === "%" || c[5] === "%", "cued")),
    // EXAM_POINTS: points in 1, or a rank word in 2 with its number in 3.
    ...[...text.matchAll(EXAM_POINTS)].map((c) => carry(c, c[1] ?? c[3]!, c[4] === "%", "exam", c[2])),
    ...[...text.matchAll(MODEL_SCORE)].filter((c) => c[1] !== undefined || c[3] !== undefined).map((c) => carry(c, c[2]!, c[3] === "%", "model")),
  ].sort((a, b) => a.at - b.at);
  for (const { at, start, end, number, percent, kind, rankWord } of candidates) {
    if (taken.has(start)) continue;
    const [sentenceStart] = sentenceAt(text, start);
    // The paragraph, or for an exam the one before when this one has named no benchmark yet ("结果显示，…").
    let paragraphStart = lineStartAt(text, start);
    if (within(benchmarks, paragraphStart, start).length === 0 && paragraphStart > 0) {
      let end = paragraphStart - 1;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--; // over blank lines
      paragraphStart = lineStartAt(text, end);
    }
    const before = within(benchmarks, Math.max(paragraphStart, start - CARRY_REACH - 64), start).filter(({ m }) => start - m.end <= CARRY_REACH);
    const last = before[before.length - 1];
    if (!last || last.m.start >= sentenceStart) continue; // a benchmark in the sentence had its chance
    if ((kind === "exam" || last.m.start < lineStartAt(text, start)) && !cues.EXAM_NAME.test(last.m.surface)) continue; // only an exam reaches past its paragraph
    const [clauseStart, clauseEnd] = clauseAt(text, start);
    if (kind === "model" && (!modelNamedIn(sentenceStart, start) || cues.NON_SCORE_WORDS.some((w) => text.slice(clauseStart, clauseEnd).includes(w)))) continue;
    // "公司内部以5,000题…进行测试，正确率为76%": an evaluation of its own came between, not the benchmark.
    const between = text.slice(last.m.end, start);
    if (OWN_EVALUATION.test(between) && !/同一|相同/.test(between)) continue;
    taken.add(start);
    if (THRESHOLD.test(text.slice(end, end + 6)) || CHANGE.test(text.slice(Math.max(0, at - 6), at))) continue;
    // "超过特控线100分以上": a margin over a line; "（满分750分）": the scale; "国家队团体总分231分": people.
    if (/线\s?$|满分为?\s?$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s?以上/.test(text.slice(end, end + 3))) continue;
    if (!modelNamedIn(sentenceStart, end) && HUMAN_SUBJECT.test(text.slice(sentenceStart, start))) continue;
    const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
    out.push({
      start, end, benchmark: last.i, model: null,
      subtask: subtaskBefore(text.slice(clauseStart, start)) ?? (subtasks.find((w) => text.startsWith(w, last.m.end)) ?? null),
      score: Number(number), scale: scale ? Number(scale[1] ?? scale[2]) : null, unit: percent ? "%" : null,
      rank: rankWord === undefined ? null : rankWord === "前" ? "top" : "bottom",
    });
  }
  return out;
}

/**
 * "在MMLU、C-Eval上分别取得86.4和68.7": a list of benchmarks followed by as many scores pairs them in
 * order. The prose pass gave every score to the last benchmark of the list; this re-assigns them.
 */
function pairListedBenchmarks(doc: SegmentedText, mentions: MentionCandidate[], found: ScoreCandidate[]): ScoreCandidate[] {
  const byBenchmark = new Map<number, ScoreCandidate[]>();
  for (const s of found) byBenchmark.set(s.benchmark, [...(byBenchmark.get(s.benchmark) ?? []), s]);
  for (const [last, scores] of byBenchmark) {
    const list = [last];
    let k = last - 1;
    while (k >= 0 && mentions[k]!.type === "benchmark" && LIST_SEPARATOR.test(doc.text.slice(mentions[k]!.end, mentions[list[0]!]!.start))) {
      list.unshift(k);
      k--;
    }
    if (list.length > 1 && scores.length === list.length) scores.forEach((s, j) => (s.benchmark = list[j]!));
  }
  return found;
}

const subtasks = [...cues.SUBTASKS].sort((a, b) => b.length - a.length);

/** The named part of an exam right before a score: "阅读写作中拿下" → 阅读写作. */
function subtaskBefore(before: string): string | null {
  const trimmed = before.replace(/(?:拿下|取得|获得|得到|得分|达到|考出|拿到|成绩|分数|为|了|中|的|上|部分|科目|单科|\s)+$/, "");
  return subtasks.find((s) => trimmed.endsWith(s)) ?? null;
}


/** Scores in a table: a header row of benchmarks (or models) and rows led by a model (or benchmark). */
function findTableScores(doc: SegmentedText, mentions: MentionCandidate[]): ScoreCandidate[] {
  const text = doc.text;
  const found: ScoreCandidate[] = [];
  let header: { kind: "benchmark" | "model"; columns: Map<number, number> } | null = null;
  for (const cells of tableRows(text)) {
    if (cells === null) {
      header = null;
      continue;
    }
    if (cells.length < 2 || isRuleRow(cells)) continue;
    const lineOffset = lineStartAt(text, cells[0]!.start);
    // The first mention inside a cell (mentions are sorted by start and do not overlap).
    const inCell = (c: { start: number; end: number }) => {
      const i = firstAtOrAfter(mentions, c.start);
      return i < mentions.length && mentions[i]!.end <= c.end ? i : -1;
    };
    const typed = cells.map((c) => {
      const i = inCell(c);
      return i >= 0 ? { i, type: mentions[i]!.type } : null;
    });
    const benchCols = typed.filter((t) => t?.type === "benchmark").length;
    const modelCols = typed.filter((t) => t?.type === "model").length;
    const numericCells = cells.filter((c) => CELL_SCORE.test(c.text)).length;
    if (numericCells === 0 && (benchCols >= 1 || modelCols >= 2)) {
      const kind = benchCols >= modelCols ? "benchmark" : "model";
      header = { kind, columns: new Map() };
      typed.forEach((t, col) => t?.type === kind && header!.columns.set(col, t.i));
      continue;
    }
    // | 模型 | 开发方 | 总体准确率 |: a metric column scores the benchmark the text named just before the table.
    const metric = cells.findIndex((c) => METRIC_COLUMN.test(c.text.trim()));
    if (numericCells === 0 && benchCols === 0 && metric >= 0) {
      header = null;
      // The benchmark the text is about: named most often before the table, the nearest one on a tie.
      const before = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === "benchmark" && m.end <= lineOffset);
      const counts = new Map<string, number>();
      for (const { m } of before) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
      const count = (surface: string) => counts.get(surface) ?? 0;
      const named = before.filter(({ m }) => lineOffset - m.end <= METRIC_REACH).sort((a, b) => count(b.m.surface) - count(a.m.surface) || b.m.start - a.m.start)[0];
      if (named) header = { kind: "benchmark", columns: new Map([[metric, named.i]]) };
      continue;
    }
    if (header === null) continue;
    const rowType = header.kind === "benchmark" ? "model" : "benchmark";
    const lead = typed.find((t) => t !== null && t.type === rowType);
    if (lead === undefined || lead === null) continue;
    cells.forEach((c, col) => {
      const columnMention = header!.columns.get(col);
      const value = CELL_SCORE.exec(c.text);
      if (columnMention === undefined || value === null) return;
      const start = c.start + value[1]!.length;
      const end = start + value[2]!.length + (value[3]?.length ?? 0);
      const benchmark = header!.kind === "benchmark" ? columnMention : lead.i;
      const model = header!.kind === "benchmark" ? lead.i : columnMention;
      found.push({ start, end, benchmark, model, subtask: null, score: Number(value[2]), scale: null, unit: value[3] ? "%" : null, rank: null });
    });
  }
  return found;
}

