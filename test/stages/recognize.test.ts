import { describe, expect, it } from "vitest";
import { decideMentions } from "../../src/stages/recognize.js";
import type { MentionCandidate } from "../../src/types.js";
import { entity, entityNames, extractText } from "../helpers/extract.js";

const names = (text: string, type?: string) =>
  extractText(text).entities.filter((e) => !type || e.type === type).map((e) => e.name);

describe("dictionary matching", () => {
  it("does not match a name inside a longer word", () => {
    expect(names("我们去阿里山看日出。")).not.toContain("阿里巴巴");
    expect(names("这台o10服务器。")).not.toContain("o1");
    expect(names("OpenAI发布了o1。")).toContain("o1");
  });

  it("matches Latin names across spacing and hyphen variants", () => {
    const doc = extractText("Meta的Llama-3.1和Llama 3.1是同一个模型。");
    expect(doc.entities.filter((e) => e.type === "model").map((e) => e.name)).toEqual(["Llama 3.1"]);
  });

  it("matches full-width and Traditional text against the Simplified lexicon", () => {
    const doc = extractText("騰訊發布了ＧＰＴ－４的對手");
    expect(entity(doc, "organization", "腾讯")?.mentions[0]).toMatchObject({ text: "騰訊", start: 0, end: 2 });
    expect(entity(doc, "model", "GPT-4")?.mentions[0]).toMatchObject({ text: "ＧＰＴ－４", start: 5, end: 10 });
  });

  it("splits a company from its product or model (英伟达H100, 百度文心一言)", () => {
    expect(names("英伟达H100供不应求。")).toEqual(["英伟达", "H100"]);
    expect(names("百度文心一言正式发布。")).toEqual(["百度", "文心一言"]);
  });
});

describe("discovery patterns", () => {
  it.each([
    ["a Latin model id with size and variant", "阿里开源了Qwen2-72B-Instruct。", "Qwen2-72B-Instruct"],
    ["a family name with version and size", "Meta发布Llama 3 405B。", "Llama 3 405B"],
    ["a new alphanumeric model", "初创公司发布了Lumen-3，表现亮眼。", "Lumen-3"],
    ["a quoted name before 大模型", "公司推出“星河”大模型。", "星河"],
    ["a hyphenated Chinese model id", "玄鸟-70B在评测中表现出色。", "玄鸟-70B"],
    ["a quoted name after its head", "公司发表第二代大型语言模型「曜石二號」，總參數達1.5兆。", "曜石二號"],
    ["a version after a release verb", "启明智能今天发布星河2，参数规模为700亿。", "星河2"],
    ["a CamelCase name after a release verb", "鸿海研究院推出FoxBrain，同样采用70B规模。", "FoxBrain"],
    ["an organization's numbered product", "最后是百度的墨子4。它主打小而精。", "墨子4"],
  ])("finds %s", (_name, text, expected) => {
    expect(names(text, "model")).toContain(expected);
  });

  it("finds a new Latin benchmark after 评测 and the + edition of a known one", () => {
    expect(names("团队在法律知识评测LexiJudge上做了测试。", "benchmark")).toEqual(["LexiJudge"]);
    expect(names("它在HumanEval+和MBPP+上都领先，而C++代码仍是短板。", "benchmark")).toEqual(["HumanEval+", "MBPP+"]);
    expect(names("我们评测了Lumen-3的代码能力。", "benchmark")).toEqual([]);
  });

  it("finds organizations by suffix, keeping the longest name", () => {
    expect(names("深言科技今天宣布完成融资。", "organization")).toContain("深言科技");
    expect(names("清华大学智能产业研究院发布报告。", "organization")).toEqual(["清华大学智能产业研究院"]);
    expect(names("上海人工智能实验室开源了新模型。", "organization")).toContain("上海人工智能实验室");
    expect(names("该系统已在江北中心医院试用。", "organization")).toEqual(["江北中心医院"]);
    expect(names("本轮融资由朝霞创投领投。", "organization")).toEqual(["朝霞创投"]);
  });

  it("tells chips from models by their numbers and words (A17 Pro, Cortex-X4 vs X1 Turbo)", () => {
    const doc = extractText("苹果A17 Pro芯片、Arm的Cortex-X4，以及百度的X1 Turbo模型。");
    expect(doc.entities.filter((e) => e.type !== "organization").map((e) => `${e.type}:${e.name}`)).toEqual(["product:A17 Pro", "product:Cortex-X4", "model:X1 Turbo"]);
  });

  it("does not take standards and versions for models (5G, Wi-Fi 7, FP16, Python 3.11)", () => {
    expect(names("支持5G、Wi-Fi 7和FP16推理，基于Python 3.11开发。", "model")).toEqual([]);
  });

  it("does not take a quoted catchword for a model", () => {
    expect(names("大模型“赶考”成绩单出炉。", "model")).toEqual([]);
  });

  it("does not take descriptions for names", () => {
    const found = names("这家创业公司推出了通用大模型和行业大模型，国内大模型厂商纷纷跟进。");
    expect(found).toEqual([]);
  });

  it("finds people next to titles and verbs of saying", () => {
    expect(names("启明智能创始人兼CEO陈一鸣表示，公司将继续投入。", "person")).toEqual(["陈一鸣"]);
    expect(names("OpenAI首席执行官Sam Altman说，这是最强模型。", "person")).toEqual(["Sam Altman"]);
    expect(extractText("山姆·奥特曼再次发声。").entities.find((e) => e.type === "person")?.mentions).toEqual([
      { text: "山姆·奥特曼", start: 0, end: 6, source: "dictionary", rule: "lexicon:person" },
    ]);
    expect(extractText("据悉，约翰·史密斯表示同意。").entities.find((e) => e.type === "person")?.mentions[0]).toMatchObject({ text: "约翰·史密斯", start: 3, end: 9 });
  });

  it("propagates a discovered name to its other mentions", () => {
    const doc = extractText("公司推出“星河2”大模型。星河2在MMLU上得分87.1。");
    expect(entity(doc, "model", "星河2")?.mentions.map((m) => m.start)).toEqual([5, 13]);
  });
});

describe("decideMentions", () => {
  const c = (start: number, end: number, source: "dictionary" | "pattern"): MentionCandidate => ({
    type: "organization", start, end, surface: "x".repeat(end - start), lexiconId: null, source, rule: source,
  });

  it("keeps the longest, then the earliest, then the dictionary candidate", () => {
    const kept = decideMentions([c(0, 2, "dictionary"), c(0, 5, "pattern"), c(4, 8, "pattern"), c(6, 8, "pattern"), c(6, 8, "dictionary")]);
    expect(kept.map((m) => [m.start, m.end, m.source])).toEqual([[0, 5, "pattern"], [6, 8, "dictionary"]]);
  });
});

describe("names the segmenter glued to a function character", () => {
  it("drops a character that ends the word before the name (推出了增强版|岫光-R3)", () => {
    expect(names("据悉，按汀兰智能公布的数据，该模型领先。", "organization")).toEqual(["汀兰智能"]);
    expect(names("该公司推出了增强版澄岚-R3-Ultra，并同步开源。", "model")).toEqual(["澄岚-R3-Ultra"]);
    expect(names("我们测试过汀兰智能开源的模型。", "organization")).toEqual(["汀兰智能"]);
  });
});

describe("versions and variants of Chinese model names", () => {
  it("takes a spaced version or variant word into the name (澄岚-Pro 3.0, 澄岚-2 Max)", () => {
    expect(names("新发布的澄岚-Pro 3.0参数规模达1200亿。", "model")).toEqual(["澄岚-Pro 3.0"]);
    expect(names("澄岚-2 Max在评测中领先。", "model")).toEqual(["澄岚-2 Max"]);
    expect(names("初创公司推出代码模型澄岚-Coder 3，表现不俗。", "model")).toEqual(["澄岚-Coder 3"]);
    expect(names("澄岚-Coder 3个版本同时上线。", "model")).toEqual(["澄岚-Coder"]);
    expect(names("轻量版澄岚-Fin 2 Mini同步开源。", "model")).toEqual(["澄岚-Fin 2 Mini"]);
    expect(names("字节的豆包和Kimi都做了回应。", "model")).toEqual(["豆包", "Kimi"]);
    expect(names("初创公司凭借旗舰模型星弧Nova-2拿到高分。", "model")).toEqual(["星弧Nova-2"]);
  });

  it("takes a bare version number after a known name, not a count or a date (文心一言4, not 文心一言3月)", () => {
    expect(names("新版文心一言4已经上线。", "model")).toEqual(["文心一言4"]);
    expect(names("文心一言3月上线了新功能。", "model")).toEqual(["文心一言"]);
  });

  it("takes hyphenated parts after a glued variant word (澄岚Coder-2-Lite)", () => {
    expect(names("杭州创业公司发布的澄岚Coder-2与澄岚Coder-2-Lite均已上线。", "model")).toEqual(["澄岚Coder-2", "澄岚Coder-2-Lite"]);
  });

  it("takes a hyphenated variant after a name that ends in its version (通义千问2.5-Coder)", () => {
    expect(names("阿里的通义千问2.5-Coder专攻代码。", "model")).toEqual(["通义千问2.5-Coder"]);
  });
});

describe("a numbered name after a release verb and a descriptor", () => {
  it("finds 推出了新一代大模型汀澜4 (the descriptor is not part of the name)", () => {
    expect(names("公司昨天推出了新一代大模型汀澜4，并开放测试。", "model")).toEqual(["汀澜4"]);
  });
});

describe("people after a relation to another person", () => {
  it("finds a name after 博士生 and 师兄", () => {
    expect(names("他的博士生邱一帆正在调试代码，邱一帆的师兄贺遥如今在创业。", "person")).toEqual(["邱一帆", "贺遥"]);
  });
});

describe("types and aliases from the words around a name", () => {
  it("gives every mention of a discovered name the type its context showed (其ZX-70加速卡 … ZX-70单卡)", () => {
    const doc = extractText("其ZX-70加速卡已批量上线。ZX-70单卡售价约为H20的六成。");
    expect(doc.entities.filter((e) => e.name.startsWith("ZX-70")).map((e) => [e.type, e.mentions.length])).toEqual([["product", 2]]);
  });

  it("types a Latin name ending in a software word as a product (Qwen-Factory)", () => {
    expect(names("团队基于Qwen-Factory完成了微调。", "product")).toEqual(["Qwen-Factory"]);
  });

  it("reads an English name given after a comma (，英文名称为Orca-3) as an alias", () => {
    const doc = extractText("公司发布新一代模型「鲸歌-3」，英文名称为Orca-3。Orca-3已开放测试。");
    const models = doc.entities.filter((e) => e.type === "model");
    expect(models).toHaveLength(1);
    expect([models[0]!.name, ...models[0]!.aliases].sort()).toEqual(["Orca-3", "鲸歌-3"]);
  });
});

describe("quoted words after a model head", () => {
  it("takes a quoted common word as a catchword, unless a release verb names it", () => {
    expect(names("行业观察：大模型“深水区”，比的是什么？", "model")).toEqual([]);
    expect(names("公司推出大模型“远山”，并宣布开源。", "model")).toEqual(["远山"]);
  });
});

describe("Latin names typed by the frame around them", () => {
  it("reads a new name between 在 and 上 before a score word as a benchmark", () => {
    const doc = extractText("在团队自建的LogiQA-Hard上，Lumen-3的得分是64.2。");
    expect(doc.entities.filter((e) => e.type === "benchmark").map((e) => e.name)).toEqual(["LogiQA-Hard"]);
    expect(doc.benchmarkScores.map((s) => [s.model, s.benchmark, s.score])).toEqual([["Lumen-3", "LogiQA-Hard", 64.2]]);
  });

  it("takes a hyphenated Chinese brand into such a benchmark (评测集天衡-CodeCN)", () => {
    expect(names("在自建的代码评测集天衡-CodeCN上，其通过率为58.1%。", "benchmark")).toEqual(["天衡-CodeCN"]);
  });

  it("reads a Latin name before 家族 as a model family", () => {
    expect(names("Brightline Labs发布Heron家族，共有3B和14B两个尺寸。", "model")).toEqual(["Heron"]);
  });

  it("does not join Latin words across the end of an English sentence", () => {
    expect(names('他说："We kept it small. Heron-2 runs on one GPU."', "model")).toEqual(["Heron-2"]);
  });
});

describe("descriptions before 模型", () => {
  it("does not read 参测模型 or 参评模型 as a model's name", () => {
    expect(names("在所有参测模型中，GPT-4o排名第一；参评模型共有12个。", "model")).toEqual(["GPT-4o"]);
  });
});

describe("organizations glossed and events that look like institutions", () => {
  it("finds an organization glossed with a CamelCase brand and an industry word (铭策数据（MingCe Data）)", () => {
    const doc = extractText("第三方评测机构铭策数据（MingCe Data）对上述模型做了复测。");
    expect(entityNames(doc, "organization")).toEqual([["MingCe Data", "铭策数据"]]);
  });

  it("finds an organization from its pinyin gloss where the segmenter broke the name (澄和智慧（Chenghe AI）)", () => {
    const doc = extractText("新竹新创公司澄和智慧（Chenghe AI）上月发布了模型。");
    const orgs = doc.entities.filter((e) => e.type === "organization");
    expect(orgs.map((e) => [e.name, ...e.aliases].sort())).toEqual([["Chenghe AI", "澄和智慧"]]);
  });

  it("does not take a gathering the segmenter tags as an institution (党员大会) for an organization", () => {
    expect(names("村里召开了党员大会。", "organization")).toEqual([]);
  });

  it("reads an English name defined after a numbered variant (「云雀3」，英文名称叫Skylark-3)", () => {
    const doc = extractText("公司发布第二代语言模型「云雀3」，英文名称叫Skylark-3。");
    expect(entityNames(doc, "model")).toEqual([["Skylark-3", "云雀3"]]);
  });
});

describe("products named in quotes or by the kind of app", () => {
  it("types a quoted name after 应用 or before (国产)算力平台, in curly or straight quotes", () => {
    expect(names("旗下短视频应用“岚影”日活破亿。", "product")).toEqual(["岚影"]);
    expect(names('公司模型服务平台"纺车"的调用量翻倍。', "product")).toEqual(["纺车"]);
    expect(names("训练在“星海一号”国产算力平台上完成。", "product")).toEqual(["星海一号"]);
  });

  it("does not type a quoted catchword before 应用 as a product", () => {
    expect(names("不少产品其实是“套壳”应用。", "product")).toEqual([]);
  });

  it("names a Latin brand with the kind of app it is (UC浏览器)", () => {
    expect(names("该功能已在UC浏览器上线。", "product")).toEqual(["UC浏览器"]);
  });
});

describe("names around a language, a dotted version or a Latin gloss", () => {
  it("takes the quoted name after 粤语大模型, dotted version included, not the language", () => {
    expect(names("本地银行引入粤语大模型「湾声3.5」正式投入服务。", "model")).toEqual(["湾声3.5"]);
  });

  it("finds an organization whose brand is a place word when a Latin gloss follows (海湾智算（GulfMind）)", () => {
    const doc = extractText("该模型由初创企业海湾智算（GulfMind）研发。");
    expect(entityNames(doc, "organization")).toEqual([["GulfMind", "海湾智算"]]);
  });
});

describe("quoted names after a generation or a leaderboard, Latin names before 评测", () => {
  it("types a quoted name after 上一代 as a model and one after 排行榜 as a benchmark", () => {
    expect(names("得分较上一代「晨星一号」提升了14%。", "model")).toEqual(["晨星一号"]);
    expect(names("在高校维护的中文排行榜「青云榜」最新一期中，GPT-4o居首。", "benchmark")).toEqual(["青云榜"]);
  });

  it("types a new Latin name before 评测 as a benchmark, not a known family's", () => {
    expect(names("在以繁体中文为主的TWQA+评测中拿下72.3分。", "benchmark")).toEqual(["TWQA+"]);
    expect(names("这篇GPT-5评测很长。", "benchmark")).toEqual([]);
  });
});

describe("chips, leaderboards and Chinese names given in parentheses", () => {
  it("reads a chip series with its number (天玑9300, 骁龙8至尊版)", () => {
    expect(names("新机搭载天玑9300，对手则用骁龙8至尊版。", "product")).toEqual(["天玑9300", "骁龙8至尊版"]);
  });

  it("types a quoted name ending in 榜 as a benchmark whatever the head before it, but not 刷榜", () => {
    expect(names("它在第三方评测平台“玄武推理榜”上暂列第一，并定期替换题目以防“刷榜”。", "benchmark")).toEqual(["玄武推理榜"]);
  });

  it("merges a benchmark with its Chinese name in parentheses (中文名“…”)", () => {
    const doc = extractText("团队提出了评测基准ChemPath-Bench（中文名“化学路径基准”）。");
    expect(entityNames(doc, "benchmark")).toEqual([["ChemPath-Bench", "化学路径基准"]]);
  });
});

describe("given names that stop before a dictionary word", () => {
  it("reads CTO林棹毕业于 as 林棹", () => {
    expect(names("CTO林棹毕业于浙江大学。", "person")).toEqual(["林棹"]);
  });
});

describe("products right after the kind of product they are", () => {
  it("reads a chip after 推理卡/NPU芯片 and a Latin name after 插件/系统 as products", () => {
    expect(names("我们在测试芯澈微电子的推理卡澄芯T3，也在后者的NPU芯片岚芯A2上验证了模型。", "product")).toEqual(["澄芯T3", "岚芯A2"]);
    expect(names("团队借助官方插件QX Toolkit和自研的路由系统Relay Hub完成部署。", "product")).toEqual(["QX Toolkit", "Relay Hub"]);
  });
});

describe("quoted verb phrases before a model head", () => {
  it("does not take “会思考”的推理模型 for a model's name, but keeps “通远”大模型", () => {
    expect(names("“会思考”的推理模型成了最拥挤的方向。", "model")).toEqual([]);
    expect(names("公司推出“通远”大模型。", "model")).toEqual(["通远"]);
  });
});

describe("more names the segmenter glued or quoted", () => {
  it("splits a verb glued before a new name (自建澄澜-Fin 2) and drops quotation marks before a head (“澄江e家”App)", () => {
    expect(names("银行自建澄澜-Fin 2后成本下降。", "model")).toEqual(["澄澜-Fin 2"]);
    expect(names("手机银行“澄江e家”App里上线了AI理财助手。", "product")).toEqual(["澄江e家"]);
  });

  it("reads a hospital affiliated to a university as one organization", () => {
    expect(names("项目由江州医科大学附属第一医院牵头。", "organization")).toEqual(["江州医科大学附属第一医院"]);
  });
});

describe("people in bylines, after more titles and in a list after one title", () => {
  it("finds 文｜NAME, 研究主管 Latin names and 研究员甲、乙", () => {
    expect(names("文｜邵见川\n开场演讲中，研究主管Priya Raman发布了新模型。研究员蔡允中、郑芷宁参与了评测。", "person")).toEqual([
      "邵见川",
      "Priya Raman",
      "蔡允中",
      "郑芷宁",
    ]);
  });
});

describe("people the segmenter glued to 则, with Cantonese surnames, before 创办", () => {
  it("finds 贺知遥则认为, 区卓谦表示 and 由肖弘创办", () => {
    expect(names("澄湾资本合伙人贺知遥则认为门槛不在跑分。", "person")).toEqual(["贺知遥"]);
    expect(names("恒筑证券行政总裁区卓谦表示将扩大试点。", "person")).toEqual(["区卓谦"]);
    expect(names("这款由肖弘创办的公司推出的智能体。", "person")).toEqual(["肖弘"]);
  });

  it("takes 家族 as part of the descriptor before a released name (开源了新一代模型家族玄枢3)", () => {
    expect(names("初创公司开源了新一代模型家族玄枢3，共有1.8B、9B和32B三个尺寸。", "model")).toEqual(["玄枢3"]);
  });
});

describe("regressions found in review", () => {
  it("keeps an organization before 官网 and a score after a model's name in a list (文心一言 85分)", () => {
    expect(names("用户可以登录深言科技官网下载。", "organization")).toEqual(["深言科技"]);
    expect(names("C-Eval榜单：GPT-4o 88分，文心一言 85分。", "model")).toEqual(["GPT-4o", "文心一言"]);
  });

  it("reads a long list of names after one title without recursion", () => {
    const list = Array.from({ length: 20000 }, () => "王明").join("、");
    expect(() => extractText(`研究员${list}。`)).not.toThrow();
  });
});
