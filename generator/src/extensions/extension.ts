/** A problem with an extension's value, at a JSON pointer into the document (reported as PG150). */
export interface ExtensionIssue {
  pointer: string;
  message: string;
  /** `key` for a required field that is missing: the diagnostic points at the mapping's key. */
  at?: "key";
}

/** A parser's answer: the typed value, or why there is none. */
export type Parsed<T> =
  { value: T; issues?: undefined } | { value?: undefined; issues: ExtensionIssue[] };

/** One `x-paygen-*` extension: its name, where it goes, what it means, and how to read it. */
export interface Extension<T> {
  name: `x-paygen-${string}`;
  /** Where the generator reads it (specs/README.md's reference table). */
  where: string;
  /** One line for specs/README.md's reference table. */
  doc: string;
  /** `pointer` locates `value` in `document`, which cross-references (an operationId) are looked up in. */
  parse(value: unknown, pointer: string, document: Record<string, unknown>): Parsed<T>;
}
