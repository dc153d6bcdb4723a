import { CATEGORIES, MICRO_CATEGORIES, type EvalReport } from "./eval.js";

const pct = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** The human-readable evaluation table (stdout of `extract eval`). */
export function formatReport(title: string, report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`${title}: ${report.files} annotated article${report.files === 1 ? "" : "s"}`);
  lines.push("");
  lines.push(`${"type".padEnd(18)}${"TP".padStart(5)}${"FP".padStart(5)}${"FN".padStart(5)}${"P".padStart(8)}${"R".padStart(8)}${"F1".padStart(8)}`);
  const row = (label: string, c: EvalReport["micro"]) =>
    `${label.padEnd(18)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(c.precision).padStart(8)}${pct(c.recall).padStart(8)}${pct(c.f1).padStart(8)}`;
  for (const c of CATEGORIES) lines.push(row(c, report.perCategory[c]));
  lines.push(row("micro", report.micro));
  lines.push("");
  lines.push(`micro = ${MICRO_CATEGORIES.join(" + ")}`);
  lines.push(`model→developer accuracy: ${pct(report.developerAccuracy)}`);
  lines.push(`spans matching the source: ${report.spanMatchRate === null ? "n/a" : `${(report.spanMatchRate * 100).toFixed(1)} %`}`);
  lines.push(`false-positive facts with a missed gold value (wrong model or benchmark): ${report.misattributedFacts}`);
  lines.push(`recall on entities absent from the lexicon: ${pct(report.unseenRecall)} (${report.unseen.found}/${report.unseen.total})`);
  if (verbose) {
    lines.push("");
    for (const e of report.errors) {
      const where = e.start !== undefined ? ` [${e.start}, ${e.end})` : "";
      lines.push(`${e.kind} ${e.category.padEnd(16)} ${e.file}${where}  ${e.text}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
