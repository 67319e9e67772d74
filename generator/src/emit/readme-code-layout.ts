import { isIdentifier, lineCommentText, propertyKey, tsString } from "./escape/index.js";
import { literalLines, namesObjectLines } from "./client/format-literal.js";
import { displayWidth } from "./display-width.js";
import { PRINT_WIDTH } from "./format.js";
import { codeLiteral } from "./readme-examples.js";

/**
 * A line of a README code block, held as what it says rather than as text, so that the block can be
 * written out twice: as paygen writes it (`sourceText`, what prettier is given) and as prettier
 * prints it (`printedText`, without prettier, for the shapes whose layout is known here). A string
 * is the README's own fixed text, written in printed form (tests hold it there); a comment's text
 * and an import's module are spec text, escaped when written.
 */
export type CodeLine =
  string | { comment: string } | { imports: readonly string[]; from: string } | Statement;

/** `head`, an expression, `tail` on one line when it fits: `const client = `, `new Omise({…})`, `;`. */
export interface Statement {
  head: string;
  expression: Expression;
  tail: string;
}

export type Expression =
  /** `client.charges.create(…)`, `new Omise(…)`: the callee is names and dots. */
  | { call: string; args: readonly Expression[] }
  /** `{ secretKey: process.env.OMISE_SECRET_KEY }`; keys as written in the spec, quoted when needed. */
  | { object: ReadonlyArray<readonly [key: string, value: Expression]> }
  /** JSON data from the spec, written by codeLiteral. */
  | { data: unknown }
  /** `core`, `process.env.POKEPAY_CERT!`. */
  | { name: string };

/** The block as paygen writes it. */
export function sourceText(lines: readonly CodeLine[]): string {
  return lines.map(sourceLine).join("\n");
}

function sourceLine(line: CodeLine): string {
  if (typeof line === "string") return line;
  if ("comment" in line) return `// ${lineCommentText(line.comment)}`;
  if ("imports" in line)
    return `import { ${line.imports.join(", ")} } from ${tsString(line.from)};`;
  return `${line.head}${source(line.expression)}${line.tail}`;
}

function source(expression: Expression): string {
  if ("call" in expression) return `${expression.call}(${expression.args.map(source).join(", ")})`;
  if ("object" in expression) {
    const entries = expression.object.map(
      ([key, value]) => `${propertyKey(key)}: ${source(value)}`,
    );
    return entries.length > 0 ? `{ ${entries.join(", ")} }` : "{}";
  }
  if ("data" in expression) return codeLiteral(expression.data);
  return expression.name;
}

/**
 * The block exactly as prettier prints `sourceText(lines)` (parser babel-ts, paygen's options),
 * without its final line break; undefined when some line has a shape whose layout is not known here.
 */
export function printedText(lines: readonly CodeLine[]): string | undefined {
  const printed: string[] = [];
  for (const line of lines) {
    const lineLines = printedLine(line);
    if (!lineLines) return undefined;
    printed.push(...lineLines);
  }
  return printed.join("\n");
}

function printedLine(line: CodeLine): string[] | undefined {
  if (typeof line === "string") return [line];
  if ("comment" in line) {
    // Prettier drops a comment's trailing whitespace and keeps the rest.
    const text = sourceLine(line);
    return text === text.trimEnd() ? [text] : undefined;
  }
  if ("imports" in line) return importLines(line.imports, line.from);
  return statementLines(line.head, line.expression, line.tail);
}

/** One name per line when they do not fit on one; a lone name never breaks. */
function importLines(names: readonly string[], from: string): string[] | undefined {
  if (!names.every(isIdentifier) || !printsAsWritten(from)) return undefined;
  const flat = sourceLine({ imports: names, from });
  if (names.length === 1 || fits(flat)) return [flat];
  return ["import {", ...names.map((name) => `  ${name},`), `} from ${tsString(from)};`];
}

function statementLines(head: string, expression: Expression, tail: string): string[] | undefined {
  if ("call" in expression) return callLines(head, expression.call, expression.args, tail);
  if ("object" in expression) return objectLines(expression.object, head, tail);
  if ("data" in expression) return dataLines(expression.data, head, tail);
  const line = `${head}${expression.name}${tail}`;
  return NAME.test(expression.name) && fits(line) ? [line] : undefined;
}

/**
 * A call on one line when it fits; otherwise its last argument, an object or array, "hugs" the
 * parentheses (`f("id", {` … `})`) when the line up to its bracket fits. Every other layout prettier
 * has for a call (each argument on a line of its own) is left to prettier.
 */
function callLines(
  head: string,
  callee: string,
  args: readonly Expression[],
  tail: string,
): string[] | undefined {
  if (!CALLEE.test(callee)) return undefined;
  const leading = args.slice(0, -1).map(leadingArgument);
  if (leading.some((text) => text === undefined)) return undefined;
  const prefix = `${head}${callee}(${leading.map((text) => `${text!}, `).join("")}`;
  const suffix = `)${tail}`;
  const last = args.at(-1);
  if (last !== undefined && "object" in last) return objectLines(last.object, prefix, suffix);
  if (last !== undefined && "data" in last) return dataLines(last.data, prefix, suffix);
  const text = last === undefined ? "" : flatText(last);
  const line = `${prefix}${text}${suffix}`;
  return text !== undefined && fits(line) ? [line] : undefined;
}

/**
 * An argument before the last, flat: a name or a primitive. After an object or array prettier may
 * not hug the last argument (not after one of its own kind), so those are left to prettier.
 */
function leadingArgument(argument: Expression): string | undefined {
  if ("data" in argument && argument.data !== null && typeof argument.data === "object")
    return undefined;
  return "name" in argument || "data" in argument ? flatText(argument) : undefined;
}

/** The expression on one line, when prettier prints it so (it fits, and nothing in it must break). */
function flatText(expression: Expression): string | undefined {
  if ("call" in expression) {
    const args = expression.args.map(flatText);
    if (!CALLEE.test(expression.call) || args.some((arg) => arg === undefined)) return undefined;
    return `${expression.call}(${args.join(", ")})`;
  }
  if ("name" in expression) return NAME.test(expression.name) ? expression.name : undefined;
  const lines =
    "object" in expression
      ? objectLines(expression.object, "", "")
      : dataLines(expression.data, "", "");
  return lines?.length === 1 ? lines[0] : undefined;
}

/**
 * An object of names through format-literal's layout, whose leaves are counted in characters: every
 * key and value must be printable ASCII that prettier prints as written.
 */
function objectLines(
  entries: ReadonlyArray<readonly [key: string, value: Expression]>,
  prefix: string,
  suffix: string,
): string[] | undefined {
  const names: Array<readonly [string, string]> = [];
  for (const [key, value] of entries) {
    const text =
      "name" in value ? value.name : "data" in value ? codeLiteral(value.data) : undefined;
    const printedKey = propertyKey(key);
    if (text === undefined || !(NAME.test(text) || PLAIN_STRING.test(text))) return undefined;
    if (!(isIdentifier(printedKey) || PLAIN_STRING.test(printedKey))) return undefined;
    names.push([printedKey, text]);
  }
  return namesObjectLines(names, prefix, suffix);
}

/**
 * JSON data through format-literal's layout, which writes strings as tsString does: only data that
 * codeLiteral writes the same way (it escapes a backtick, for the fence), all of whose characters
 * have a width display-width knows.
 */
function dataLines(value: unknown, prefix: string, suffix: string): string[] | undefined {
  if (JSON.stringify(value ?? null).includes("`")) return undefined;
  if (displayWidth(codeLiteral(value)) === undefined) return undefined;
  return literalLines(value, prefix, suffix);
}

/** A name, or a member chain of names (no call), with a non-null assertion at most. */
const NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*!?$/;
/** A callee: a name or member chain, or `new` and one. */
const CALLEE = /^(?:new )?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** A string literal of printable ASCII without quotes or backslashes: prettier prints it as written. */
const PLAIN_STRING = /^"[ !#-[\]-~]*"$/;

function printsAsWritten(text: string): boolean {
  return PLAIN_STRING.test(tsString(text));
}

/** Whether the line fits the print width, counted as prettier counts it. */
function fits(line: string): boolean {
  const width = displayWidth(line);
  return width !== undefined && width <= PRINT_WIDTH;
}
