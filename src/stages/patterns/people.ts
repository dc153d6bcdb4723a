// People: after a title (首席科学家李明, CEO Sam Altman), before a verb of saying (李明表示), as an
// interview speaker, or a transliterated foreign name (山姆·奥特曼).
import * as cues from "../../lexicon/cues.js";
import { isHan, isLetter } from "../text.js";
import { emit, nameStops, speechVerbs, surnames, titles, tokenIndexAt, type Context } from "./context.js";
import { ORG_SUFFIX_TEST } from "./chinese.js";

const LATIN_PERSON = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}/;
const TRANSLITERATED = /[\p{Script=Han}]{1,6}·[\p{Script=Han}]{1,8}/gu;

const TITLE_RE = new RegExp([...cues.PERSON_TITLES].sort((a, b) => b.length - a.length).join("|"), "g");
/** An interview speaker: a name at the start of a line, then （organization title） or a colon. */
const SPEAKER = /(?:^|\n)[ \t]*((?:[A-Z][a-z]+[ -])+[A-Z][a-z]+|\p{Script=Han}{2,4})[ \t]*(?=[（(][^）)\n]{1,40}[）)][ \t]*[:：]|[:：])/gu;

const BYLINE = /(?:^|\n)[ \t]*(?:文|作者|撰文|记者|编辑|口述|整理)[ \t]*[｜|/／:：][ \t]*/g;

/** People by title, verb of saying, interview-speaker layout and transliteration. */
export function people(ctx: Context): void {
  const { doc } = ctx;
  // Titles are found by character: the segmenter often splits them (首席|财务官).
  for (const m of doc.text.matchAll(TITLE_RE)) {
    const end = m.index + m[0].length;
    if (isLetter(doc.text[m.index - 1]) && /^[A-Z]/.test(m[0])) continue; // CEO inside a word
    personAfter(ctx, end);
  }
  doc.tokens.forEach((t, ti) => {
    if (speechVerbs.has(t.word) && ti > 0) personBefore(ctx, t.start);
  });
  for (const m of doc.text.matchAll(SPEAKER)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    const han = isHan(name[0]);
    if (han && !(surnames.has(name[0]!) || surnames.has(name.slice(0, 2)))) continue;
    if (han && (ctx.startingAt[start] ?? -1) < 0) continue;
    // A dictionary word (简介：, 记者：) is a label, not a speaker's name.
    const token = han ? ctx.doc.tokens[ctx.startingAt[start]!] : undefined;
    if (token && token.end === start + name.length && !["nr", "nrt", "x"].includes(token.tag)) continue;
    if (ctx.covering[start] !== undefined || titles.has(name)) continue;
    emit(ctx, "person", start, start + name.length, "interview-speaker");
  }
  // A byline: 文｜沈见川, 文／程一舟, 作者：陈默.
  for (const m of doc.text.matchAll(BYLINE)) personAfter(ctx, m.index + m[0].length);
  for (const m of doc.text.matchAll(TRANSLITERATED)) {
    // 约翰斯·霍普金斯大学 is an organization: leave it to the suffix rule.
    if (ORG_SUFFIX_TEST.test(m[0])) continue;
    const span = transliteratedSpan(ctx, m.index, m.index + m[0].length);
    if (span) emit(ctx, "person", span[0], span[1], "transliterated-name");
  }
}

/**
 * The name parts around the middle dots of a regex match (山姆·奥特曼 of 山姆·奥特曼再次发声): the word
 * before the first dot and the word after the last one, as the segmenter cut them.
 */
function transliteratedSpan(ctx: Context, from: number, to: number): [number, number] | null {
  const text = ctx.doc.text;
  const firstDot = text.indexOf("·", from);
  const lastDot = text.lastIndexOf("·", to - 1);
  const left = tokenIndexAt(ctx, firstDot - 1);
  const right = tokenIndexAt(ctx, lastDot + 1);
  if (left < 0 || right < 0) return null;
  const start = Math.max(from, ctx.doc.tokens[left]!.start);
  let end = Math.min(to, ctx.doc.tokens[right]!.end);
  // Single characters after the last part are fragments of a longer foreign name (赫尔|曼): take them.
  for (let k = right + 1; k < ctx.doc.tokens.length; k++) {
    const next = ctx.doc.tokens[k]!;
    if (next.start !== end || next.word.length !== 1 || !isHan(next.word) || nameStops.has(next.word) || next.end - lastDot - 1 > 5) break;
    end = Math.min(to, next.end);
  }
  return end > lastDot + 1 && start < firstDot ? [start, end] : null;
}

function personAfter(ctx: Context, pos: number): void {
  const { doc } = ctx;
  let p = pos;
  while (doc.text[p] === " ") p++;
  const rest = doc.text.slice(p, p + 40);
  const latin = LATIN_PERSON.exec(rest);
  if (latin) return emit(ctx, "person", p, p + latin[0].length, "title-latin-name");
  // 研究员蔡允中、郑芷宁: a list of names after one title.
  for (;;) {
    const length = chineseNameLength(ctx, p);
    if (length <= 0) return;
    emit(ctx, "person", p, p + length, "title-name");
    if (doc.text[p + length] !== "、") return;
    p += length + 1;
  }
}

/** Length of a Chinese personal name starting at `p` (surname + one or two characters), or 0. */
function chineseNameLength(ctx: Context, p: number): number {
  const { doc } = ctx;
  const text = doc.text;
  const d = ctx.covering[p];
  if (d !== undefined) return 0;
  const surname = surnames.has(text.slice(p, p + 2)) ? 2 : surnames.has(text[p] ?? "") ? 1 : 0;
  if (surname === 0) return 0;
  // Prefer the segmenter's word when it is a 2–4 character name token.
  const ti = ctx.startingAt[p] ?? -1;
  const token = ti >= 0 ? doc.tokens[ti] : undefined;
  if (token && (token.tag === "nr" || token.tag === "nrt" || token.tag === "x") && token.word.length >= 2 && token.word.length <= 4 && [...token.word].every(isHan)) {
    // The segmenter often splits a three-character name as 2 + 1 (沈知 + 远): take the single character too.
    const next = doc.tokens[ti + 1];
    const third = text[token.end];
    if (token.word.length === 2 && surname === 1 && next && next.start === token.end && next.word.length === 1 && isHan(third) && !nameStops.has(third!)) return 3;
    // The segmenter may glue the next verb to an unknown name (沈听澜称): leave it out.
    let length = token.word.length;
    while (length > surname + 1 && nameStops.has(token.word[length - 1]!)) length--;
    return length;
  }
  let given = 0;
  // A given name stops before a dictionary word (林棹|毕业于): the segmenter knows that word, not the name.
  const wordAt = (q: number) => {
    const t = doc.tokens[ctx.startingAt[q] ?? -1];
    return t !== undefined && t.word.length >= 2 && !["x", "nr", "nrt", "nrfg"].includes(t.tag);
  };
  while (given < 2 && isHan(text[p + surname + given]) && !nameStops.has(text[p + surname + given]!) && !(given > 0 && wordAt(p + surname + given))) given++;
  if (given === 0) return 0;
  return surname + given;
}

function personBefore(ctx: Context, pos: number): void {
  const { doc } = ctx;
  let p = pos;
  while (p > 0 && doc.text[p - 1] === " ") p--;
  const before = doc.text.slice(Math.max(0, p - 40), p);
  const latin = /(?:^|[^A-Za-z])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})$/.exec(before);
  if (latin) return emit(ctx, "person", p - latin[1]!.length, p, "latin-name-verb");
  const ti = ctx.endingAt[p] ?? -1;
  if (ti < 0) return;
  const t = doc.tokens[ti]!;
  if (ctx.covering[t.start] !== undefined) return;
  const hanName = [...t.word].every(isHan) && t.word.length >= 2 && t.word.length <= 4;
  const bySurname = surnames.has(t.word[0] ?? "") || surnames.has(t.word.slice(0, 2));
  if (hanName && bySurname && (t.tag === "nr" || t.tag === "nrt" || t.tag === "x")) {
    emit(ctx, "person", t.start, t.end, "name-verb");
    return;
  }
  // A single-character surname token split from its given name: 李 + 明 + 表示.
  const prev = ti > 0 ? doc.tokens[ti - 1] : undefined;
  if (prev && prev.end === t.start && surnames.has(prev.word) && t.word.length <= 2 && [...t.word].every(isHan) && (t.tag === "nr" || t.tag === "x" || prev.tag === "nr")) {
    emit(ctx, "person", prev.start, t.end, "name-verb");
  }
}

