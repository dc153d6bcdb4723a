import { SchemaError, type ValidationIssue } from "../errors.js";
import { ExtractionDocument } from "../schema.js";

/** How validation failures are handled: ignored, reported, or fatal. */
export type ValidationLevel = "off" | "warn" | "error";

/**
 * Checks a document against the output schema and every span against the document text
 * (`[...text].slice(start, end).join("") === span.text`). Collects all issues; never throws.
 */
export function validateDocument(doc: unknown, text: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const parsed = ExtractionDocument.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ path: issue.path.join("/"), message: issue.message });
    return issues;
  }
  // UTF-16 offset of every code point (one typed array, not an array of one-character strings).
  const unitOf = codePointUnits(text);
  const length = unitOf.length - 1;
  const check = (path: string, span: { text: string; start: number; end: number }) => {
    if (span.end <= span.start || span.end > length) {
      issues.push({ path, message: `span [${span.start}, ${span.end}) is outside the text (${length} code points)` });
      return;
    }
    const actual = text.slice(unitOf[span.start], unitOf[span.end]);
    if (actual !== span.text) issues.push({ path, message: `span text "${truncate(span.text)}" does not match source "${truncate(actual)}"` });
  };
  parsed.data.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(`entities/${i}/mentions/${j}`, m)));
  parsed.data.parameterCounts.forEach((f, i) => check(`parameterCounts/${i}`, f));
  parsed.data.benchmarkScores.forEach((f, i) => check(`benchmarkScores/${i}`, f));
  return issues;
}

/** Validates and applies the level: "error" throws SchemaError, "warn" returns the issues to report. */
export function enforceValid(doc: unknown, text: string, source: string, level: ValidationLevel): ValidationIssue[] {
  if (level === "off") return [];
  const issues = validateDocument(doc, text);
  if (issues.length > 0 && level === "error") throw new SchemaError(source, issues);
  return issues;
}

/** `units[k]` is the UTF-16 offset of code point `k`; the last entry is the text's length. */
function codePointUnits(text: string): Int32Array {
  const units = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    units[k++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++; // a surrogate pair is one code point
  }
  units[k] = text.length;
  return units.subarray(0, k + 1);
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
