import { describe, expect, it } from "vitest";
import { entity, entityNames, extractText } from "../helpers/extract.js";

describe("aliases", () => {
  it("merges the names of one organization (阿里/阿里巴巴/Alibaba)", () => {
    const doc = extractText("阿里巴巴发布财报。阿里表示将加大投入，Alibaba的股价上涨。");
    const orgs = doc.entities.filter((e) => e.type === "organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: "阿里巴巴", aliases: ["阿里", "Alibaba"] });
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(["阿里巴巴", "阿里", "Alibaba"]);
  });

  it("keeps a distinct unit apart (阿里云 is not 阿里巴巴)", () => {
    const doc = extractText("阿里巴巴旗下的阿里云和达摩院都在招人。");
    expect(doc.entities.map((e) => e.name)).toEqual(["阿里巴巴", "阿里云", "达摩院"]);
  });

  it("merges a quoted name with the Latin name in parentheses after it (“千帙”（QianZhi-Bench）)", () => {
    const doc = extractText("团队还发布了自建评测“衡尺”（HengChi-Bench），Heron-2在该评测上得分78.2。");
    expect(entityNames(doc, "benchmark")).toEqual([["HengChi-Bench", "衡尺"]]);
  });

  it("merges a defined abbreviation with the full name", () => {
    const doc = extractText("杭州云启智能科技有限公司（以下简称“云启”）今天发布新品。云启表示将开源。");
    const orgs = doc.entities.filter((e) => e.type === "organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(["杭州云启智能科技有限公司", "云启", "云启"]);
  });

  it("merges a discovered name with its pinyin spelling (知衍-2 = Zhiyan-2)", () => {
    const doc = extractText("知衍科技发布知衍-2。开发者可以在Hugging Face下载Zhiyan-2的权重。");
    const models = doc.entities.filter((e) => e.type === "model");
    expect(models).toHaveLength(1);
    expect(models[0]!.mentions.map((m) => m.text)).toEqual(["知衍-2", "Zhiyan-2"]);
  });

  it("keeps versions apart (GPT-4 ≠ GPT-3.5)", () => {
    const doc = extractText("GPT-4比GPT-3.5更强，GPT-4o又更快。");
    expect(doc.entities.map((e) => e.name)).toEqual(["GPT-4", "GPT-3.5", "GPT-4o"]);
  });
});

describe("people", () => {
  it("merges a surname and a form of address (韦总) with the one person of that surname, named in full", () => {
    const doc = extractText("“数据比参数重要。”韦总说。联合创始人韦清远此前在高校任教。");
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: "韦清远", aliases: ["韦总"] });
  });

  it("keeps a form of address apart when two people share the surname", () => {
    const doc = extractText("韦总说。韦清远与韦一鸣都是创始人：创始人韦清远、创始人韦一鸣。");
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toContain("韦总");
  });
});

describe("developers", () => {
  it.each([
    ["a company before its model", "百度文心一言正式发布。", "文心一言", "百度"],
    ["a release verb", "OpenAI发布GPT-4，引发关注。", "GPT-4", "OpenAI"],
    ["以", "腾讯以HunYuan大模型切入市场。", "混元", "腾讯"],
    ["a passive 由", "Lumen-3由北辰智算研发。", "Lumen-3", "北辰智算"],
    ["a new model after its maker", "深言科技推出了Lumen-3模型。", "Lumen-3", "深言科技"],
  ])("links %s", (_name, text, model, developer) => {
    expect(entity(extractText(text), "model", model)?.developer).toBe(developer);
  });

  it("links a Latin model name to the company whose name it spells in pinyin", () => {
    const doc = extractText("Qiyun-V3-Lite-4B在端侧表现不错。另外，栖云智能今天宣布完成融资。");
    expect(entity(doc, "model", "Qiyun-V3-Lite-4B")?.developer).toBe("栖云智能");
  });

  it("spells a CamelCase brand as one pinyin word (TianQu-8B and 天衢科技)", () => {
    const doc = extractText("TianQu-8B在客服场景表现稳定。天衢科技表示会继续迭代。");
    expect(entity(doc, "model", "TianQu-8B")?.developer).toBe("天衢科技");
  });

  it("gives a model the developer of another model of its brand", () => {
    const doc = extractText("岚图智能发布了新一代模型澄岚3。相比之下，去年的澄岚2只有70亿参数。");
    expect(entity(doc, "model", "澄岚3")?.developer).toBe("岚图智能");
    expect(entity(doc, "model", "澄岚2")?.developer).toBe("岚图智能");
  });

  it("does not take the platform a model was released on for its maker (在Hugging Face上发布了X)", () => {
    const doc = extractText("汀兰智能本周在Hugging Face上发布了Heron-2。");
    expect(entity(doc, "model", "Heron-2")?.developer).toBe("汀兰智能");
  });

  it("does not read 尤其 or 其中 as 其 (its)", () => {
    const doc = extractText("百度今天开了发布会，尤其值得关注的澜海-7B也很强。");
    expect(entity(doc, "model", "澜海-7B")?.developer).toBeNull();
  });

  it("links 其开源的X to the organization of the sentence before", () => {
    const doc = extractText("压轴登场的是柏林初创公司Lindenfeld Labs。其开源的Birke-MoE由64个专家组成。");
    expect(entity(doc, "model", "Birke-MoE")?.developer).toBe("Lindenfeld Labs");
  });

  it("links a model in parentheses after its maker's name in a list heading (青鸾-34B（云岫智能）)", () => {
    const doc = extractText("3. Heron-2（汀兰智能）\n这款模型主打长文本。");
    expect(entity(doc, "model", "Heron-2")?.developer).toBe("汀兰智能");
  });

  it("gives a new model the one new company its paragraph is about, and its siblings too", () => {
    const doc = extractText("苏州潮声智能科技有限公司创始人邵明远出身于复旦大学。潮声-34B拥有340亿个参数，潮声-7B则面向端侧。");
    expect(entity(doc, "model", "潮声-34B")?.developer).toBe("苏州潮声智能科技有限公司");
    expect(entity(doc, "model", "潮声-7B")?.developer).toBe("苏州潮声智能科技有限公司");
  });

  it("reads 公司 before a new model as the company the article is about", () => {
    const doc = extractText("汀澜科技今日发布财报。汀澜科技营收增长。汀澜科技表示将加大投入。\n模型方面，公司9月发布的新一代模型Tidal-3参数规模达6700亿。");
    expect(entity(doc, "model", "Tidal-3")?.developer).toBe("汀澜科技");
  });

  it("falls back to the lexicon when the developer is in the document", () => {
    const doc = extractText("Claude 3.5 Sonnet表现出色。另一边，Anthropic正在融资。");
    expect(entity(doc, "model", "Claude 3.5 Sonnet")?.developer).toBe("Anthropic");
  });

  it("leaves the developer null when the text names no organization", () => {
    expect(entity(extractText("GPT-4表现出色。"), "model", "GPT-4")?.developer).toBeNull();
  });
});

describe("fact attribution", () => {
  it("attributes a fact to the model of its clause, not an earlier one", () => {
    const doc = extractText("GPT-4很强，而Llama 3的参数量为700亿。");
    expect(doc.parameterCounts.map((p) => p.model)).toEqual(["Llama 3"]);
  });

  it("does not take a model named for comparison as what 其 refers to", () => {
    const doc = extractText("Claude 3.5 Sonnet的代码能力最强，比GPT-4o多出1.8分。不过其数学成绩略逊一筹，GSM8K为91.6。");
    expect(doc.benchmarkScores.map((s) => [s.model, s.score])).toEqual([["Claude 3.5 Sonnet", 91.6]]);
  });

  it("does not give a later clause to a model the sentence only compares against", () => {
    const doc = extractText("通义千问2.5的C-Eval成绩为82.1，超出Llama 3近十分；MMLU上则为79.4。");
    expect(doc.benchmarkScores.map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["通义千问2.5", "C-Eval", 82.1],
      ["通义千问2.5", "MMLU", 79.4],
    ]);
  });

  it("does not give a score to the model on the other side of 与…不相上下", () => {
    const doc = extractText("Yi-Large在推理任务上与GPT-4 Turbo不相上下，GSM8K得分达到89.2。");
    expect(doc.benchmarkScores.map((s) => s.model)).toEqual(["Yi-Large"]);
  });

  it("does not take the earlier generation of 比上一代X for the subject of 其", () => {
    const doc = extractText("Yi-Lightning在CMMLU上得分83.2，比上一代Yi-Large提升6.3分；在GSM8K上，其得分为88.4。");
    expect(doc.benchmarkScores.map((s) => s.model)).toEqual(["Yi-Lightning", "Yi-Lightning"]);
  });

  it("attributes a count to a model named after a quantifier (一款…模型X：总参数量为…)", () => {
    const doc = extractText("同时发布的还有一款混合专家模型Hunyuan-Large：总参数量为3890亿。");
    expect(doc.parameterCounts.map((p) => [p.model, p.value])).toEqual([["Hunyuan-Large", 389e9]]);
  });

  it("follows 它 past a model it was compared with", () => {
    const doc = extractText("Gemma 2的推理成绩高出Mistral 7B三分。它在GSM8K上得分86.5。");
    expect(doc.benchmarkScores.map((s) => s.model)).toEqual(["Gemma 2"]);
  });

  it("reads 后者 and 前者 as the last and the one before of the models just named", () => {
    const later = extractText("Qwen2发布后不久，百川智能推出了Baichuan 2。百川在发布会上称后者拥有530亿参数。");
    expect(later.parameterCounts.map((p) => p.model)).toEqual(["Baichuan 2"]);
    const former = extractText("评测覆盖了GLM-4和Yi-34B。前者的参数量为1300亿。");
    expect(former.parameterCounts.map((p) => p.model)).toEqual(["GLM-4"]);
  });

  it("follows 它 back to the model of the previous sentence", () => {
    const doc = extractText("Qwen2表现稳定。它在C-Eval上得分83.5。");
    expect(doc.benchmarkScores.map((s) => s.model)).toEqual(["Qwen2"]);
  });

  it("sees a comparison through an owner or a place before the compared model", () => {
    const owner = extractText("Mixtral 8x22B的表现超过了谷歌的Gemma 2。该模型总参数1410亿。");
    expect(owner.parameterCounts.map((p) => p.model)).toEqual(["Mixtral 8x22B"]);
    const place = extractText("GLM-4在C-Eval上得分88.2，领先第二名Yi-34B近两分；这款模型的参数量为1300亿。");
    expect(place.parameterCounts.map((p) => p.model)).toEqual(["GLM-4"]);
  });

  it("does not give a fact to the base model another was built on (在Qwen2.5-32B基础上)", () => {
    const doc = extractText("背后是自研的推理模型栈桥-R，它是在阿里巴巴开源的Qwen2.5-32B基础上做后训练得到的，参数量大约320亿。");
    expect(doc.parameterCounts.map((p) => p.model)).toEqual(["栈桥-R"]);
    const arch = extractText("DeepSeek-R1沿用了DeepSeek-V3的架构，总参数6710亿。");
    expect(arch.parameterCounts.map((p) => p.model)).toEqual(["DeepSeek-R1"]);
  });

  it("gives a count to the model it modifies (一个约10亿参数的精简版X)", () => {
    const doc = extractText("鸿图大模型（HongTu）在手机本地运行一个约10亿参数的精简版鸿图Mini。");
    expect(doc.parameterCounts.map((p) => p.model)).toEqual(["鸿图Mini"]);
  });

  it("reads a sized version (13B版本) as the family whose sizes listed it", () => {
    const doc = extractText(
      "启明星团队开源了“北极星2”系列，包含3B、13B和70B三个尺寸。评测中Llama 3 70B的MMLU为79.5。其中13B版本在C-Eval上得分71.2，它在GSM8K上的准确率为68.4%。",
    );
    expect(doc.parameterCounts.map((p) => [p.model, p.value])).toEqual([
      ["北极星2", 3e9],
      ["北极星2", 13e9],
      ["北极星2", 70e9],
      ["北极星2", 13e9],
    ]);
    expect(doc.benchmarkScores.map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["Llama 3 70B", "MMLU", 79.5],
      ["北极星2", "C-Eval", 71.2],
      ["北极星2", "GSM8K", 68.4],
    ]);
  });
});
