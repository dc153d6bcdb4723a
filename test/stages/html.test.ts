import { describe, expect, it } from "vitest";
import { extractHtml, isoDate } from "../../src/stages/html.js";

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>启明智能发布星河2 - 智能前沿网</title>
<meta property="og:title" content="启明智能发布星河2大模型">
<meta property="og:site_name" content="智能前沿网">
<meta name="author" content="林晓舟">
<meta property="article:published_time" content="2025-06-03T09:30:00+08:00">
<link rel="canonical" href="https://example.com/news/123">
<script>var x = "腾讯混元";</script><style>.a{}</style>
</head><body>
<header><nav><a href="/">首页</a><a>字节跳动专区</a></nav></header>
<div class="content">
  <article>
    <h1>启明智能发布星河2大模型</h1>
    <p>启明智能今天发布星河2，参数规模为700亿。</p>
    <p>星河2在MMLU上得分86.4。</p>
    <table><thead><tr><th>模型</th><th>MMLU</th></tr></thead><tbody><tr><td>星河2</td><td>86.4</td></tr></tbody></table>
    <div class="share-bar">分享到微信 微博</div>
  </article>
  <aside class="sidebar"><h3>热门文章</h3><ul><li>百度文心一言再升级</li></ul></aside>
  <h3>相关阅读</h3><ul><li>月之暗面发布Kimi新版</li></ul>
  <div id="comments"><p>网友张三：期待Claude 4</p></div>
</div>
<footer>© 2025 智能前沿网 版权所有</footer>
</body></html>`;

describe("extractHtml", () => {
  const page = extractHtml(PAGE);

  it("keeps the title and the article's paragraphs, one per line, with table cells tab-separated", () => {
    expect(page.text).toBe(["启明智能发布星河2大模型", "启明智能今天发布星河2，参数规模为700亿。", "星河2在MMLU上得分86.4。", "模型\tMMLU", "星河2\t86.4"].join("\n"));
  });

  it("drops scripts, navigation, sidebars, related lists, share bars, comments and footers", () => {
    for (const furniture of ["腾讯", "字节跳动", "文心一言", "Kimi", "Claude", "分享到", "版权所有"]) expect(page.text).not.toContain(furniture);
  });

  it("reads the metadata", () => {
    expect(page).toMatchObject({
      title: "启明智能发布星河2大模型",
      published: "2025-06-03T09:30:00+08:00",
      author: "林晓舟",
      siteName: "智能前沿网",
      url: "https://example.com/news/123",
    });
  });

  it("finds the densest text block when there is no article element", () => {
    const blog = `<html><head><title>我的博客_小林的技术笔记</title></head><body>
      <div class="menu"><p>首页</p></div>
      <div><div class="post"><p>今天试用了Qwen2-72B。</p><p>它在C-Eval上得分83.5。</p><pre><code>pip install vllm
vllm serve Qwen2-72B</code></pre></div></div>
      <div class="links"><p>友情链接</p></div></body></html>`;
    const post = extractHtml(blog);
    expect(post.title).toBe("我的博客");
    expect(post.text).toBe("我的博客\n\n今天试用了Qwen2-72B。\n它在C-Eval上得分83.5。\npip install vllm\nvllm serve Qwen2-72B");
  });

  it.each([
    ["truncated HTML", "<html><body><article><p>百度发布文心一言"],
    ["no body", "<html><head><title></title></head></html>"],
    ["not HTML at all", "just text"],
    ["unclosed tags everywhere", "<div><p>OpenAI<p>GPT-4<table><tr><td>1"],
  ])("never throws on %s", (_name, html) => {
    expect(() => extractHtml(html)).not.toThrow();
    expect(typeof extractHtml(html).text).toBe("string");
  });

  it("gives empty text for a page without content", () => {
    expect(extractHtml("<html><head><title></title></head><body></body></html>").text).toBe("");
  });
});

describe("isoDate", () => {
  it.each([
    ["2025-06-03", "2025-06-03"],
    ["2025-6-3", "2025-06-03"],
    ["2025-06-03T09:30:00Z", "2025-06-03T09:30:00Z"],
    ["发布于2025年6月3日 10:00", "2025-06-03"],
    ["2025/06/03", "2025-06-03"],
    ["no date", null],
    ["2025-13-40", null],
  ])("%s → %s", (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
