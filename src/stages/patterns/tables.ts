// Names a table's layout types: in a table of benchmarks by models, the cells that label the models
// are models even when neither the lexicon nor another rule knows them (| 星河2 | 84.2 | 80.1 |).
import type { EntityType, MentionCandidate } from "../../types.js";
import { isRuleRow, tableRows, within, type Cell } from "../text.js";
import { emit, type Context } from "./context.js";

/** Header and label words of a table that name no entity. */
const LABEL_WORDS = /^(?:模型|模型名称|大模型|基准|基准测试|评测|评测集|测试|指标|任务|Model|Models|Benchmark|Task|开发方|开发者|开发商|研发方|机构|公司|厂商|参数量?|参数规模|规模|尺寸|平均|平均分|均值|Avg\.?|Average|总分|综合|排名|名次|Rank|备注|类型|发布时间|上下文|许可证?|开源|价格|人类|人类基线|Human)$/i;
/** A label cell that can be a model's name: letters or Chinese, not a number or a bare symbol. */
const NAME_CELL = /^(?=.*[\p{L}])[\p{L}\p{N}][\p{L}\p{N} .+\-_·]{0,38}[\p{L}\p{N}+]?$/u;


/**
 * Model names that only a table's layout gives away: the first-column labels of rows under a header of
 * benchmarks, and the header labels of columns beside a first column of benchmarks.
 */
export function tableModels(ctx: Context): void {
  const text = ctx.doc.text;
  const known = [...new Set(ctx.covering), ...ctx.out].filter((m): m is MentionCandidate => m !== undefined).sort((a, b) => a.start - b.start);
  const typeIn = (c: Cell): EntityType | undefined => within(known, c.start, c.end)[0]?.type;
  let block: Cell[][] = [];
  const flush = () => {
    if (block.length >= 2) modelsOfBlock(ctx, block, typeIn);
    block = [];
  };
  for (const cells of tableRows(text)) {
    if (cells === null) flush();
    else if (cells.length >= 2 && !isRuleRow(cells)) block.push(cells);
  }
  flush();
}

function modelsOfBlock(ctx: Context, rows: Cell[][], typeIn: (c: Cell) => EntityType | undefined): void {
  const [header, ...body] = rows;
  const benchmarksAcross = header!.slice(1).filter((c) => typeIn(c) === "benchmark").length >= 2;
  const benchmarksDown = body.filter((row) => typeIn(row[0]!) === "benchmark").length >= 2;
  if (benchmarksAcross) for (const row of body) label(ctx, row[0]!, typeIn);
  if (benchmarksDown) for (const cell of header!.slice(1)) label(ctx, cell, typeIn);
}

/** Emits the trimmed text of a label cell as a model, unless something is already found in it. */
function label(ctx: Context, cell: Cell, typeIn: (c: Cell) => EntityType | undefined): void {
  if (typeIn(cell) !== undefined) return;
  const raw = cell.text;
  const name = raw.trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, "$1").trim();
  if (!NAME_CELL.test(name) || LABEL_WORDS.test(name) || /^\d/.test(name)) return;
  const start = cell.start + raw.indexOf(name);
  emit(ctx, "model", start, start + name.length, "table-label");
}
