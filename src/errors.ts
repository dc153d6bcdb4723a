/** Base class of every error the tool expects; `code` is stable for programs, `message` is for people. */
export class ExtractError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An input that cannot be read or is not an article we can process (missing, binary, bad encoding…). */
export class InputError extends ExtractError {
  /** The path (or "<stdin>") the error is about. */
  readonly input: string;

  constructor(input: string, code: string, problem: string, options?: { cause?: unknown }) {
    super(code, `${input}: ${problem}`, options);
    this.input = input;
  }
}

/** A lexicon data file that is missing or does not match its schema. */
export class LexiconError extends ExtractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("LEXICON_INVALID", message, options);
  }
}

/** One problem found while validating an output document. */
export interface ValidationIssue {
  /** JSON-pointer-like path of the offending record, e.g. "entities/3/mentions/0". */
  path: string;
  message: string;
}

/** An output document that fails its schema or whose spans do not match the source text. */
export class SchemaError extends ExtractError {
  readonly issues: ValidationIssue[];

  constructor(source: string, issues: ValidationIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super("OUTPUT_INVALID", `${source}: output failed validation at ${first?.path ?? "?"}: ${first?.message ?? "?"}${more}`);
    this.issues = issues;
  }
}
