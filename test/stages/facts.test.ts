import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/extract.js";

const params = (text: string) => extractText(text).parameterCounts.map((p) => ({ model: p.model, value: p.value, text: p.text }));
const scores = (text: string) =>
  extractText(text).benchmarkScores.map(({ model, benchmark, subtask, score, scale, unit, rank }) => ({ model, benchmark, subtask, score, scale, unit, rank }));

describe("parameter counts", () => {
  it.each([
    ["1750亿个参数", "GPT-3拥有1750亿个参数。", [{ model: "GPT-3", value: 175e9, text: "1750亿个参数" }]],
    ["70 亿参数", "这款模型只有70 亿参数。", [{ model: null, value: 7e9, text: "70 亿参数" }]],
    ["参数量为…", "Qwen2的参数量为720亿。", [{ model: "Qwen2", value: 72e9, text: "720亿" }]],
    ["千亿级参数", "业界首个千亿级参数的中文模型。", [{ model: null, value: 1e11, text: "千亿级参数" }]],
    ["English", "Llama 3.1 has 405 billion parameters.", [{ model: "Llama 3.1", value: 405e9, text: "405 billion parameters" }]],
    ["a size class", "7B级别的模型已经可以在手机上运行。", [{ model: null, value: 7e9, text: "7B" }]],
    ["a size class after 更多", "明年会有更多千亿级模型开源。", [{ model: null, value: 1e11, text: "千亿" }]],
    ["English compound adjective", "Gemma 2 is a 27-billion-parameter model.", [{ model: "Gemma 2", value: 27e9, text: "27-billion-parameter" }]],
    ["a size in T next to a model word", "传闻GPT-4是一个约1.8T的MoE模型。", [{ model: "GPT-4", value: 1.8e12, text: "1.8T" }]],
    ["English total parameters", "Mixtral 8x22B has 141B total parameters.", [{ model: "Mixtral 8x22B", value: 141e9, text: "141B total parameters" }]],
    ["a size in parentheses after a model", "她拿来对比的是Phi-3-mini (3.8B)。", [{ model: "Phi-3-mini", value: 3.8e9, text: "3.8B" }]],
    ["a size before 的体量", "Yi-Coder凭借34B的体量拿下榜首。", [{ model: "Yi-Coder", value: 34e9, text: "34B" }]],
    [
      "an outside estimate in a sentence about parameters",
      "Kimi K2的参数量没有公布，业内估计在1.2万亿左右。",
      [{ model: "Kimi K2", value: 1.2e12, text: "1.2万亿" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(params(text)).toEqual(expected);
  });

  it("reads a list of sizes as one fact per size", () => {
    expect(params("Qwen2系列提供0.5B、1.5B、7B、72B四种尺寸。").map((p) => [p.model, p.value])).toEqual([
      ["Qwen2", 5e8], ["Qwen2", 1.5e9], ["Qwen2", 7e9], ["Qwen2", 72e9],
    ]);
  });

  it("reads every count of a list whose one item is a count, or that ends in 三种参数规模", () => {
    expect(params("Heron-Image提供30亿和90亿参数两个版本。").map((p) => p.value)).toEqual([3e9, 9e9]);
    expect(params("北辰-Coder提供15亿、70亿和320亿三种参数规模。").map((p) => p.value)).toEqual([1.5e9, 7e9, 32e9]);
    expect(params("公司先后融资5亿元和3亿元，并发布了8亿个token的数据集。")).toEqual([]);
  });

  it("gives one fact per model when one size is stated for several", () => {
    expect(params("GPT-4与Gemini均为万亿参数级别。").map((p) => p.model)).toEqual(["GPT-4", "Gemini"]);
  });

  it("reads a parameter column of a table for each row's model", () => {
    const table = ["模型\t参数量\t上下文", "Qwen2\t720亿\t128K", "GLM-4\t90亿\t8K"].join("\n");
    expect(params(table).map((p) => [p.model, p.value])).toEqual([["Qwen2", 72e9], ["GLM-4", 9e9]]);
  });

  it("pairs a list of sizes with 分别 and a list of models", () => {
    const text = "稠密模型有0.5B、3B和32B三种规格，分别命名为Lumen-Mini、Lumen-Base和Lumen-Pro。";
    expect(params(text).map((p) => [p.model, p.value])).toEqual([["Lumen-Mini", 5e8], ["Lumen-Base", 3e9], ["Lumen-Pro", 32e9]]);
  });

  it("reads 兆 as a trillion (Traditional Chinese)", () => {
    expect(params("總參數達1.5兆。").map((p) => p.value)).toEqual([1.5e12]);
  });

  it("keeps the model when a quantifier describes something else in the clause (多家医院)", () => {
    const doc = extractText("百川智能发布Baichuan-M3，在其联合多家三甲医院构建的评测集MedQA-CN上得分82.6。");
    expect(doc.benchmarkScores.map((s) => [s.model, s.score])).toEqual([["Baichuan-M3", 82.6]]);
  });

  it("gives its family a size that a sized model's name contradicts, not a rounded one", () => {
    const doc = extractText("Heron-3系列发布。旗舰版Heron-3-34B-Instruct是一个34-billion-parameter model，另外还有8B和70B两个base版本。");
    expect(doc.parameterCounts.map((p) => [p.model, p.value])).toEqual([
      ["Heron-3-34B-Instruct", 34e9],
      ["Heron-3", 8e9],
      ["Heron-3", 70e9],
    ]);
    expect(params("Qwen2.5-7B-Instruct的总参数量约为7.6B。").map((p) => p.model)).toEqual(["Qwen2.5-7B-Instruct"]);
  });

  it("leaves the model null in a generic statement", () => {
    expect(params("GPT-4发布后，一些120亿参数大模型也能完成类似任务。")).toEqual([{ model: null, value: 12e9, text: "120亿参数" }]);
  });

  it("does not read a size that is part of a model's name", () => {
    expect(params("Qwen-7B和Qwen2-72B-Instruct都已开源。")).toEqual([]);
  });

  it.each([
    ["money", "公司营收294.16亿元，融资5亿元。"],
    ["growth and shares", "营收同比增长372%，占比68%。"],
    ["token counts", "训练数据达2万亿token，约15T tokens。"],
    ["data sizes", "预训练语料约45TB，包含1万亿个单词。"],
    ["context lengths", "支持128K上下文。"],
    ["user counts", "月活用户超过1亿。"],
    ["money in B", "估值达到7B美元。"],
  ])("ignores %s", (_name, text) => {
    expect(params(text)).toEqual([]);
  });
});

describe("benchmark scores", () => {
  it("reads an exam score with its part and scale (SAT 数学700分(满分800))", () => {
    expect(scores("做美国高考SAT试题，GPT-4在阅读写作中拿下710分高分、数学700分(满分800)。")).toEqual([
      { model: "GPT-4", benchmark: "SAT", subtask: "阅读写作", score: 710, scale: null, unit: null, rank: null },
      { model: "GPT-4", benchmark: "SAT", subtask: "数学", score: 700, scale: 800, unit: null, rank: null },
    ]);
  });

  it("reads top and bottom percentiles with their models", () => {
    expect(scores("比如模拟律师考试，GPT-4取得了前10%的好成绩，相比之下GPT-3.5是倒数10%。")).toEqual([
      { model: "GPT-4", benchmark: "模拟律师考试", subtask: null, score: 10, scale: null, unit: "%", rank: "top" },
      { model: "GPT-3.5", benchmark: "模拟律师考试", subtask: null, score: 10, scale: null, unit: "%", rank: "bottom" },
    ]);
  });

  it("reads 在…上得分 and 准确率", () => {
    expect(scores("GPT-4o在MMLU上得分88.7，在GSM8K上的准确率为95.8%。")).toEqual([
      { model: "GPT-4o", benchmark: "MMLU", subtask: null, score: 88.7, scale: null, unit: null, rank: null },
      { model: "GPT-4o", benchmark: "GSM8K", subtask: null, score: 95.8, scale: null, unit: "%", rank: null },
    ]);
  });

  it("pairs a list of benchmarks with 分别 scores", () => {
    expect(scores("Claude 3.5 Sonnet在MMLU、GSM8K上分别取得88.3和96.4。").map((s) => [s.benchmark, s.score])).toEqual([
      ["MMLU", 88.3], ["GSM8K", 96.4],
    ]);
  });

  it("pairs a list of models with 分别 scores", () => {
    expect(scores("在MATH上，GPT-4o和Claude 3.5 Sonnet分别得到76.6和71.1。").map((s) => [s.model, s.score])).toEqual([
      ["GPT-4o", 76.6], ["Claude 3.5 Sonnet", 71.1],
    ]);
  });

  it("reads table cells with emphasis, marks and notes", () => {
    const table = ["| 模型 | MMLU | GSM8K |", "|---|---|---|", "| **GPT-4o** | **88.7** | 95.8† |", "| Qwen2 | 82.3 (+1.2) | 91.1% |"].join("\n");
    expect(scores(table).map((s) => [s.model, s.benchmark, s.score, s.unit])).toEqual([
      ["GPT-4o", "MMLU", 88.7, null], ["GPT-4o", "GSM8K", 95.8, null], ["Qwen2", "MMLU", 82.3, null], ["Qwen2", "GSM8K", 91.1, "%"],
    ]);
  });

  it("reads English word order (scored 88.7 on MMLU)", () => {
    expect(scores("In our tests GPT-4o scored 88.7 on MMLU.").map((s) => [s.model, s.benchmark, s.score])).toEqual([["GPT-4o", "MMLU", 88.7]]);
  });

  it("reads the labels of a table of benchmarks by models as models, known or not", () => {
    const text = "结果如下：\n\n| 基准 | GPT-4o | 澄岚2 | 平均 |\n| --- | --- | --- | --- |\n| MMLU | 88.7 | 80.1 | 84.4 |\n| C-Eval | 76.0 | 85.5 | 80.8 |\n\n模型\tMMLU\tC-Eval\n北辰-7B\t62.3\t70.2\n";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["GPT-4o", "MMLU", 88.7],
      ["澄岚2", "MMLU", 80.1],
      ["GPT-4o", "C-Eval", 76],
      ["澄岚2", "C-Eval", 85.5],
      ["北辰-7B", "MMLU", 62.3],
      ["北辰-7B", "C-Eval", 70.2],
    ]);
  });

  it("scores a metric column for the benchmark the text is about", () => {
    const text = "团队发布评测集LogiPath。与MMLU不同，LogiPath考察多步推理。LogiPath的结果如下：\n\n模型 | 开发方 | 总体准确率\nGPT-4o | OpenAI | 57.8\nQwen2-72B | 阿里巴巴 | 44.9\n";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["GPT-4o", "LogiPath", 57.8],
      ["Qwen2-72B", "LogiPath", 44.9],
    ]);
  });

  it("reads a table of models by benchmarks", () => {
    const table = ["| 模型 | MMLU | GSM8K |", "|---|---|---|", "| GPT-4o | 88.7 | 95.8 |", "| Qwen2 | 82.3 | 91.1 |"].join("\n");
    expect(scores(table).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["GPT-4o", "MMLU", 88.7], ["GPT-4o", "GSM8K", 95.8], ["Qwen2", "MMLU", 82.3], ["Qwen2", "GSM8K", 91.1],
    ]);
  });

  it("names an exam with the school subject right after it as one benchmark (考研英语)", () => {
    const doc = extractText("在今年的考研英语试卷上，GPT-4o拿到了78分。");
    expect(doc.entities.filter((e) => e.type === "benchmark").map((e) => e.name)).toEqual(["考研英语"]);
    expect(doc.benchmarkScores.map((s) => [s.benchmark, s.score])).toEqual([["考研英语", 78]]);
  });

  it("carries any points and percentile ranks to an exam named in the sentence before", () => {
    const text = "测试选用了今年的考研数学一试卷。启明-3交出了128分的答卷，Anthropic的Claude 3.5 Sonnet和谷歌的Gemini 1.5 Pro分别为104分和117分，前者大约处于倒数15%。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score, s.rank])).toEqual([
      ["启明-3", "考研数学", 128, null],
      ["Claude 3.5 Sonnet", "考研数学", 104, null],
      ["Gemini 1.5 Pro", "考研数学", 117, null],
      ["Claude 3.5 Sonnet", "考研数学", 15, "bottom"],
    ]);
  });

  it("reads 大版本/小版本 as the larger and smaller of a family's listed sizes", () => {
    const text = "汀兰智能发布了Heron-2，提供70亿参数与700亿参数两种规格。大版本在MMLU上拿到79.6。GPT-4o在MMLU上为88.7。小版本在C-Eval上则是52.7分。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["Heron-2", "MMLU", 79.6],
      ["GPT-4o", "MMLU", 88.7],
      ["Heron-2", "C-Eval", 52.7],
    ]);
  });

  it("does not read the first digits of a thousands-separated count as a score (共1,200题)", () => {
    expect(scores("在TW-LocalQA（共1,200题）上，Heron-2的答对率是81.5%。").map((s) => s.score)).toEqual([81.5]);
  });

  it("carries exam points from the paragraph that set up the exam, but not a scale, a margin or people's scores", () => {
    const text = "今年，机构用当年的高考卷测试了十余款模型。\n\n结果显示，启明-3以总分651分（满分750分）排名第一，超过特控线100分以上。作为参照，考生中的最高分为702分。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([["启明-3", "高考", 651]]);
  });

  it("does not carry an accuracy past an evaluation of the company's own", () => {
    const text = "启明-3的MMLU得分为78.9。公司内部以5,000题法律问答进行测试，启明-3的回答正确率为76%。";
    expect(scores(text).map((s) => s.score)).toEqual([78.9]);
  });

  it("carries a percentage stated of a model to the benchmark of its paragraph, not a share", () => {
    const text = "在AIME 2024上，o1的准确率为79.2%。Kimi k1.5拿到77.5%，QwQ-32B为79.5%。Kimi的市场份额为12%。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["o1", "AIME 2024", 79.2],
      ["Kimi k1.5", "AIME 2024", 77.5],
      ["QwQ-32B", "AIME 2024", 79.5],
    ]);
  });

  it("carries points, an average and an Elo rating stated of a model to its paragraph's benchmark", () => {
    const text = "再看LiveBench评测。综合榜上，GPT-5以77.8的平均分居首，Qwen3.5-Max为76.2分。排名最高的国产模型是DeepSeek-V4，Elo分数为1441；GLM-5的售价为20元。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score])).toEqual([
      ["GPT-5", "LiveBench", 77.8],
      ["Qwen3.5-Max", "LiveBench", 76.2],
      ["DeepSeek-V4", "LiveBench", 1441],
    ]);
  });

  it("reads a rating that looks like a year (评分为2029), and a quoted name after 题集 as a benchmark", () => {
    expect(scores("Codeforces方面，DeepSeek-R1的评分为2029，o1的评分为1891。").map((s) => s.score)).toEqual([2029, 1891]);
    expect(scores("团队用自建的竞赛题集“洛书-200”做了复测：DeepSeek-R1为70.5%。").map((s) => [s.benchmark, s.score])).toEqual([["洛书-200", 70.5]]);
  });

  it("does not carry bare points to a benchmark that is not an exam", () => {
    expect(scores("团队在MMLU上做了评测。启明-3交出了一份128分的答卷。")).toEqual([]);
  });

  it("carries a score in points to the exam named earlier in the paragraph", () => {
    expect(scores("今年的高考数学卷也拿来考了模型。结果显示，GPT-4o以143分排名第一，Qwen2只得到96分。").map((s) => [s.model, s.benchmark, s.subtask, s.score])).toEqual([
      ["GPT-4o", "高考数学", null, 143],
      ["Qwen2", "高考数学", null, 96],
    ]);
  });

  it("carries an accuracy in percent and 在同一数据集上 to the benchmark of the sentence before", () => {
    const text = "我们在自建的LegalEval-CN上做了评估。Qwen2-7B的准确率为52.3%；作为参照，GPT-4o在同一数据集上为70.4%。";
    expect(scores(text).map((s) => [s.model, s.benchmark, s.score, s.unit])).toEqual([
      ["Qwen2-7B", "LegalEval-CN", 52.3, "%"],
      ["GPT-4o", "LegalEval-CN", 70.4, "%"],
    ]);
    expect(scores("Qwen2-7B的准确率为52.3%，用户满意度很高。")).toEqual([]);
  });

  it("leaves numbers after an unnamed evaluation out of the benchmark before it", () => {
    const text = "在C-Eval上，Qwen2-7B得分为71.3；在我们自建的工单测试集上，准确率则从62%提升到了85%。";
    expect(scores(text).map((s) => [s.benchmark, s.score])).toEqual([["C-Eval", 71.3]]);
  });

  it.each([
    ["a threshold", "GPT-4o在IMO中拿下28分，与29分的金牌线仅差1分。"],
  ])("reads only the result next to %s", (_name, text) => {
    expect(scores(text).map((s) => s.score)).toEqual([28]);
  });

  it.each([
    ["a change", "GPT-4o在MMLU上比上一代提升了12%。"],
    ["market share next to a benchmark", "该模型在C-Eval榜单夺冠，市场份额达到35%。"],
    ["no benchmark named", "GPT-4的成绩达到90分。"],
    ["a year", "MMLU发布于2020年。"],
    ["a mark crossed (突破80的)", "GLM-4在C-Eval上是几款模型中唯一突破80的。"],
  ])("ignores %s", (_name, text) => {
    expect(scores(text)).toEqual([]);
  });
});
