import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findAnnotatedArticles } from "../src/eval.js";
import type { ExtractionDocument } from "../src/schema.js";
import { readArticle } from "../src/stages/read.js";
import { extractor } from "./helpers/extract.js";

// Every messy input in fixtures/formats/raw (HTML pages, pasted pages, GBK, Big5) has a clean UTF-8 twin
// in fixtures/formats/clean holding only the article. Reading the messy one must give the same result.
const raw = findAnnotatedArticles("fixtures/formats/raw").map((p) => p.article);
const twin = (path: string) => path.replace("/raw/", "/clean/").replace(/\.html$/, ".txt");

const summary = (doc: ExtractionDocument) => ({
  entities: doc.entities.map((e) => `${e.type}:${e.name}`).sort(),
  parameterCounts: doc.parameterCounts.map((f) => `${f.model}:${f.value}`).sort(),
  benchmarkScores: doc.benchmarkScores.map((f) => `${f.model}:${f.benchmark}:${f.score}`).sort(),
});

describe("fixtures/formats", () => {
  it("has HTML pages, pasted pages and legacy encodings", () => {
    expect(raw.filter((p) => p.endsWith(".html"))).toHaveLength(4);
    expect(raw.length).toBeGreaterThanOrEqual(8);
  });

  it.each(raw)("%s gives the same entities and facts as its clean twin", async (path) => {
    const messy = extractor().extract(await readArticle(path));
    const clean = extractor().extract(await readArticle(twin(path)));
    expect(summary(messy)).toEqual(summary(clean));
  });

  it.each(raw.filter((p) => p.endsWith(".html")))("%s: offsets index the extracted text", async (path) => {
    const article = await readArticle(path);
    const doc = extractor().extract(article);
    const cps = [...article.text];
    for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join("")).toBe(m.text);
    expect(doc.source.format).toBe("html");
    expect(doc.source.title).not.toBeNull();
  });

  it.each([
    ["news-sidebar.html", ["商汤", "日日新5.5", "昆仑万维", "李开复", "Cursor"]],
    ["blog-post.html", ["网易", "Ollama", "SGLang", "Telegram"]],
    ["forum-qa.html", ["Mistral 7B", "Gemma 2", "百川智能", "Yi-34B"]],
    ["benchmark-table.html", ["MiniMax", "王小川", "Gemini 1.5 Pro"]],
    ["pasted-news.txt", ["李彦宏", "豆包", "字节跳动", "通义灵码", "OSS"]],
  ])("%s: names only in sidebars, related lists, comments or signatures are absent", async (file, furniture) => {
    const doc = extractor().extract(await readArticle(`fixtures/formats/raw/${file}`));
    const names = doc.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const name of furniture) expect(names).not.toContain(name);
  });

  it("reads page metadata", async () => {
    const doc = extractor().extract(await readArticle("fixtures/formats/raw/news-sidebar.html"));
    expect(doc.source).toMatchObject({ published: "2024-11-18T20:35:00+08:00", author: "周晓岚", siteName: "智远科技网" });
    expect(doc.source.url).toMatch(/^https:\/\//);
  });

  it.each([
    ["gbk-news.txt", "gb18030"],
    ["big5-news.txt", "big5"],
  ])("%s decodes (%s) to the text of its twin", async (file, encoding) => {
    const article = await readArticle(`fixtures/formats/raw/${file}`);
    expect(article.encoding).toBe(encoding);
    expect(article.text.replace(/\r\n/g, "\n").trimEnd()).toBe(readFileSync(`fixtures/formats/clean/${file}`, "utf8").trimEnd());
  });
});
