// HTML pages → the article's document text (title + body) and metadata, with cheerio. Page furniture
// (navigation, headers, footers, sidebars, comments, share bars, related-article lists) is dropped;
// paragraphs stay separate lines and table cells stay tab-separated, so sentences and tables survive.
import { load, type CheerioAPI } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import { RELATED_HEADINGS } from "../lexicon/cues.js";

/** What the HTML reader finds: the document text and the page's metadata (null when absent). */
export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
}

const DROP = "script, style, noscript, template, svg, iframe, button, input, select, textarea, nav, header, footer, aside, menu";
/** class/id words of page furniture. */
const FURNITURE = /(?:^|[\s_-])(?:comments?|share|sharing|social|related|recommend\w*|sidebar|side|footer|nav\w*|menu|breadcrumbs?|advert\w*|ads?|banner|subscribe|login|toolbar|copyright|hot|tags?|popular|widget|signature|sign|author|byline|meta|info|stats|actions?|vote|pagination|pager|reply-form)(?:$|[\s_-])/i;
/** Inline elements are never furniture by their class alone (a linked name inside a paragraph). */
const INLINE = new Set(["a", "span", "em", "strong", "b", "i", "u", "code", "sup", "sub", "small", "mark", "abbr", "time", "img"]);
/** Headings of related-article lists (相关文章, 热门文章, 推荐阅读…). */
const RELATED_HEADING = new RegExp(`^\\s*(?:${RELATED_HEADINGS.join("|")})`);
const BLOCKS = new Set(["p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "br", "hr"]);

/** Reads an HTML page. Never throws on malformed HTML (the parser recovers); may return an empty text. */
export function extractHtml(html: string): HtmlArticle {
  const $ = load(html);
  const meta = (selector: string) => $(selector).first().attr("content")?.trim() || null;
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const url = $('link[rel="canonical"]').first().attr("href")?.trim() || meta('meta[property="og:url"]');
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? ($('[rel="author"], .author, .byline').first().text().trim() || null);
  const published =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(meta('meta[name="pubdate"]')) ??
    isoDate(meta('meta[name="publishdate"]')) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    isoDate($("time[datetime]").first().attr("datetime") ?? null) ??
    isoDate($("time").first().text());

  $(DROP).remove();
  // Furniture by class or id, but never an element that holds the article or most of the page's text
  // (a wrapper named "container has-sidebar" or an ASP.NET <form> around everything).
  const total = paragraphText($, $.root().get(0) as unknown as Element);
  $("*").each((_, el) => {
    const marker = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    const tag = (el as Element).tagName;
    if (!FURNITURE.test(marker) || INLINE.has(tag) || ["html", "body", "article", "main"].includes(tag)) return;
    if ($(el).find("article, main").length > 0 || paragraphText($, el as Element) > total / 2) return;
    $(el).remove();
  });
  removeRelatedLists($);

  const h1 = $("article h1, main h1, h1").first().text().trim();
  const title = cleanTitle(meta('meta[property="og:title"]') ?? (h1 || $("title").first().text()), siteName);
  const body = mainContent($);
  let text = body ? blockText($, body) : "";
  // The title opens the document unless the body already starts with it (an <h1> inside <article>).
  if (title && !text.startsWith(title)) text = text.length > 0 ? `${title}\n\n${text}` : title;
  return { text, title, published, author, siteName, url: url ?? null };
}

/** Removes a "related articles" heading and the list right after it. */
function removeRelatedLists($: CheerioAPI): void {
  $("h1, h2, h3, h4, h5, h6, p, div, span, strong, dt").each((_, el) => {
    const node = $(el);
    // A heading: short text that is one of the related-list names (not "相关问题的研究表明…").
    if (node.children().length > 2 || node.text().trim().length > 12 || !RELATED_HEADING.test(node.text())) return;
    node.nextAll("ul, ol, div, dl").first().remove();
    node.remove();
  });
}

/**
 * The article element with the most text; else the element whose direct paragraphs hold the most text,
 * widened to its ancestors while they add more paragraph text that is not mostly links (a forum page:
 * the question and each answer are separate blocks of one thread).
 */
function mainContent($: CheerioAPI): Element | null {
  // An <article> (or articleBody) before a <main> that may hold other sections besides it.
  const largest = (els: Element[]) => els.sort((a, b) => $(b).text().length - $(a).text().length)[0] ?? null;
  for (const selector of ["article, [itemprop=articleBody]", "main, [role=main]"]) {
    const best = largest($(selector).toArray() as Element[]);
    if (best && $(best).text().trim().length > 0) return best;
  }
  let best: Element | null = null;
  let bestScore = 0;
  $("div, section, td, body, form").each((_, el) => {
    const score = $(el)
      .children("p, pre, table, ul, ol, blockquote, h2, h3")
      .toArray()
      .reduce((n, p) => n + $(p).text().trim().length, 0);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  });
  // htmlparser2 adds no <body> to a fragment: the document root holds it then.
  if (best === null) return ($("body").get(0) as Element | undefined) ?? ($.root().get(0) as unknown as Element);
  // Look a few levels up (wrappers add nothing by themselves) for an ancestor with much more text.
  let chosen: Element = best;
  let ancestor = (best as Element).parent;
  for (let level = 0; level < 4 && ancestor && ancestor.type === "tag" && ancestor.tagName !== "html"; level++) {
    const theirs = paragraphText($, ancestor);
    const linked = $(ancestor).find("a").text().length;
    if (theirs >= paragraphText($, chosen) * 1.3 && linked <= theirs * 0.5) chosen = ancestor;
    ancestor = ancestor.parent;
  }
  return chosen;
}

/** Length of the text in paragraphs, code blocks and table cells under an element. */
function paragraphText($: CheerioAPI, el: Element): number {
  return $(el).find("p, pre, td, blockquote").toArray().reduce((n, p) => n + $(p).text().trim().length, 0);
}

/** Text of an element with block structure: one line per block, tab-separated table cells. */
function blockText($: CheerioAPI, root: Element): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const trimmed = line.replace(/[ \t\u00a0]+/g, " ").trim();
    if (trimmed.length > 0) lines.push(trimmed);
    line = "";
  };
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      line += node.data.replace(/\s+/g, " ");
      return;
    }
    if (node.type !== "tag") return;
    const tag = node.tagName;
    if (tag === "pre") {
      flush();
      lines.push($(node).text().replace(/\n+$/, ""));
      return;
    }
    if (tag === "tr") {
      flush();
      const cells = $(node).children("th, td").toArray().map((c) => $(c).text().replace(/\s+/g, " ").trim());
      lines.push(cells.join("\t"));
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === "br") return;
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  if ((root as AnyNode).type === "root") for (const child of (root as unknown as { children: AnyNode[] }).children) walk(child);
  else walk(root);
  flush();
  return lines.join("\n");
}

/** "Title - Site" / "Title_Site" / "Title | Site" → "Title". */
function cleanTitle(title: string, siteName: string | null): string | null {
  const trimmed = title.trim();
  if (trimmed.length === 0) return null;
  // Separators of a site name: "|", "_", a dash with spaces around it; a bare hyphen is part of GPT-4o.
  const parts = trimmed.split(/\s*[|_]\s*|\s+[–—-]\s+|\s*[–—]\s*/);
  if (parts.length > 1 && (siteName === null || parts[parts.length - 1] === siteName || parts[parts.length - 1]!.length < parts[0]!.length)) {
    return parts.slice(0, -1).join(" - ");
  }
  return trimmed;
}

/** A date in ISO 8601 (YYYY-MM-DD, or with time when given as ISO) from an attribute or a Chinese byline. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  const zh = /(\d{4})\s*[年/.]\s*(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*日?/.exec(value);
  const m = iso ?? zh;
  if (!m) return null;
  const [y, mo, d] = [m[1]!, m[2]!.padStart(2, "0"), m[3]!.padStart(2, "0")];
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (iso && iso[4]) return `${y}-${mo}-${d}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${iso[7] ?? ""}`;
  return `${y}-${mo}-${d}`;
}
