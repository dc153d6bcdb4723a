// Scope: the parts of a document that are page furniture, not article (ANNOTATION.md "Scope of a
// document"): a leading product/ad block, image placeholders, like/share counters and a trailing list
// of related articles. Their text stays in the document (offsets do not move); nothing is found there.
import { RELATED_HEADINGS } from "../lexicon/cues.js";

const AD_BLOCK = /^\s*本文涉及的产品/;
const AD_BLOCK_END = /^\s*(?:简介|摘要|导语)\s*[:：]/;
const IMAGE_LINE = /^\s*(?:[\w-]+\.(?:png|jpe?g|gif|webp)|!\[[^\]]*\]\([^)]*\)|\[图片\]|\[image\]|图片来源[:：].{0,40})\s*$/i;
const COUNTER_WORDS = /点赞|赞同|赞|收藏|评论|分享到|分享|转发|阅读量|阅读|浏览|举报|关注|打赏|喜欢|在看|人看过/g;
const RELATED_HEADING = new RegExp(`^\\s*(?:${RELATED_HEADINGS.join("|")})\\s*[:：]?\\s*$`);
/** The article's own sign-off (【关于XX】…) is in scope, even after a related list. */
const SIGN_OFF = /^\s*【关于/;
/** A related-articles list runs over short lines; a long paragraph ends it. */
const LIST_LINE_MAX = 80;

/** Out-of-scope ranges of `text`, as UTF-16 offsets `[start, end)`, in order. */
export function findOutOfScope(text: string): [number, number][] {
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (AD_BLOCK.test(line.text)) {
      let j = i;
      while (j + 1 < lines.length && lines[j + 1]!.text.trim() !== "" && !AD_BLOCK_END.test(lines[j + 1]!.text)) j++;
      out.push([line.start, lines[j]!.end]);
      i = j;
    } else if (IMAGE_LINE.test(line.text) || isCounterLine(line.text)) {
      out.push([line.start, line.end]);
    } else if (RELATED_HEADING.test(line.text)) {
      let j = i;
      while (j + 1 < lines.length && lines[j + 1]!.text.trim().length <= LIST_LINE_MAX && !SIGN_OFF.test(lines[j + 1]!.text)) j++;
      out.push([line.start, lines[j]!.end]);
      i = j;
    }
  }
  return out;
}

/** "点赞 12 收藏 3", "赞(3) | 分享": counter words, numbers and punctuation only. */
function isCounterLine(line: string): boolean {
  // A tab makes it a table row (阅读\t85.2), not a counter.
  if (line.trim().length === 0 || line.length > 40 || line.includes("\t") || !COUNTER_WORDS.test(line)) return false;
  COUNTER_WORDS.lastIndex = 0;
  return line.replace(COUNTER_WORDS, "").replace(/[\s\d.,，:：|/()（）·•kKwW万+-]/g, "").length === 0;
}
