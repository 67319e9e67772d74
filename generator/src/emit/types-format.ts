import { fitsPrintWidth as fits, formatSource } from "./format.js";
import { objectTypeLayout, type LayoutItem } from "./types-object-layout.js";
import {
  SIMPLE_TYPE,
  splitTopLevel,
  UNICODE_ESCAPE,
  unionMemberLines,
} from "./types-union-layout.js";

/**
 * Formats openapi-typescript's printer output exactly as `formatSource(…, "typescript")` does, without
 * running prettier over hundreds of thousands of lines. The printer indents by four spaces and puts every
 * member of an interface or type literal on its own line, so most members need only their indentation
 * halved. Members that prettier might lay out differently (long lines, multi-line unions, quotes,
 * numbers, anything unusual) are formatted by prettier, batched per depth inside a wrapper that puts
 * them at the same depth; if the wrapper does not come back as expected, the whole declaration is
 * formatted by prettier instead. Prettier formats top-level declarations independently, so each is
 * formatted on its own (as the two-thread formatter did before, whose output this keeps).
 */
export async function formatSchemaText(raw: string): Promise<string> {
  const declarations = raw
    .split(/\n(?=export )/)
    .map((text, index, all) => (index < all.length - 1 ? `${text}\n` : text));
  const batches = new Map<number, Unit[]>();
  const plans = declarations.map((text) => planDeclaration(text, batches));
  const failed = new Set<Plan>();
  for (const [depth, units] of batches) {
    const formatted = await formatAtDepth(
      units.map((unit) => unit.lines),
      depth,
    );
    units.forEach((unit, i) => {
      if (formatted) unit.output = formatted[i]!;
      else failed.add(unit.plan);
    });
  }
  const texts = await Promise.all(
    plans.map(async (plan, i) =>
      plan.pieces && !failed.has(plan)
        ? `${plan.pieces.map((piece) => (typeof piece === "string" ? piece : piece.output!)).join("\n")}\n`
        : formatSource(declarations[i]!, "typescript"),
    ),
  );
  return texts.join("");
}

interface Plan {
  /** Output lines, and units whose lines prettier formats; undefined: prettier formats it all. */
  pieces?: Array<string | Unit>;
}

interface Unit {
  plan: Plan;
  /** Printer lines of one member (its doc comment included), at their printer indentation. */
  lines: string[];
  output?: string;
}

const PRINTER_INDENT = 4;
const PRETTIER_INDENT = 2;

function planDeclaration(text: string, batches: Map<number, Unit[]>): Plan {
  const plan: Plan = {};
  const lines = text.replace(/\n$/, "").split("\n");
  const content = text.replace(/\n+$/, "").split("\n");
  // The header's line comments, and one-line aliases such as `export type $defs = Record<string, never>;`.
  if (
    content.every((line) => LINE_COMMENT.test(line)) ||
    (content.length === 1 && isPrintedAlias(content[0]!))
  ) {
    plan.pieces = content;
    return plan;
  }
  // `export interface X {` … `}` with members on their own lines; anything else goes to prettier whole.
  if (lines.length < 3 || !/^export interface \w+ \{$/.test(lines[0]!) || lines.at(-1) !== "}")
    return plan;
  const pieces: Array<string | Unit> = [lines[0]!];
  const members = lines.slice(1, -1);
  if (hasQuotedSimpleKey(members, 1) || !planMembers(members, 1, 0, plan, pieces, batches))
    return plan;
  pieces.push("}");
  plan.pieces = pieces;
  return plan;
}

/**
 * Plans the members of a block the printer put `depth` levels deep and prettier puts `depth + shift`
 * levels deep (a union of object types indents its alternatives two levels further); false when the
 * lines are not shaped as expected.
 */
function planMembers(
  lines: string[],
  depth: number,
  shift: number,
  plan: Plan,
  pieces: Array<string | Unit>,
  batches: Map<number, Unit[]>,
): boolean {
  const members = splitMembers(lines, depth);
  if (!members) return false;
  for (const member of members) {
    const container = asContainer(member, depth);
    if (container && container.parts.every((part) => !hasQuotedSimpleKey(part, depth + 1))) {
      const outer = " ".repeat((depth + shift) * PRETTIER_INDENT);
      const opening = container.head.at(-1)!;
      pieces.push(...container.head.slice(0, -1).map((line) => reindent(line, shift)));
      const tail = container.unionTail;
      const union = container.joint === "} | {" || tail !== undefined;
      // A union: `key:`, then `| {` per alternative, whose members sit two levels further in.
      pieces.push(reindent(union ? opening.slice(0, -" {".length) : opening, shift));
      for (const [i, part] of container.parts.entries()) {
        const last = i === container.parts.length - 1 && !tail;
        if (union) pieces.push(`${outer}  | {`);
        if (!planMembers(part, depth + 1, union ? shift + 2 : shift, plan, pieces, batches))
          return false;
        if (tail) pieces.push(`${outer}    }${tail.array ? "[]" : ""}`);
        else if (union) pieces.push(`${outer}    }${last ? ";" : ""}`);
        else pieces.push(last ? reindent(container.close, shift) : `${outer}${container.joint!}`);
      }
      tail?.members.forEach((type, i) =>
        pieces.push(`${outer}  | ${type}${i === tail.members.length - 1 ? ";" : ""}`),
      );
      continue;
    }
    const objects = container ? undefined : objectTypeLines(member, depth, shift);
    if (objects && objects.bodies.every((body) => !hasQuotedSimpleKey(body, depth + 1))) {
      for (const item of objects.items) {
        if (typeof item === "string") pieces.push(item);
        else if (
          !planMembers(
            objects.bodies[item.body]!,
            depth + 1,
            item.level - depth - 1,
            plan,
            pieces,
            batches,
          )
        )
          return false;
      }
      continue;
    }
    const direct = directLines(member, depth, shift);
    if (direct) pieces.push(...direct);
    else {
      const unit: Unit = { plan, lines: member.map((line) => shiftLine(line, shift)) };
      pieces.push(unit);
      const batch = batches.get(depth + shift) ?? [];
      batch.push(unit);
      batches.set(depth + shift, batch);
    }
  }
  return true;
}

/** Members at `depth`: a doc comment, a first line at the member indentation, deeper lines, closers. */
function splitMembers(lines: string[], depth: number): string[][] | undefined {
  const indent = depth * PRINTER_INDENT;
  const members: string[][] = [];
  let current: string[] = [];
  /** Whether `current` has reached its member's first line (it may hold only a doc comment so far). */
  let started = false;
  let inComment = false;
  for (const line of lines) {
    if (inComment) {
      current.push(line);
      if (line.trimEnd().endsWith("*/")) inComment = false;
      continue;
    }
    const spaces = line.length - line.trimStart().length;
    if (spaces < indent) return undefined;
    if (started && (spaces > indent || /^[}\])]/.test(line.slice(indent)))) {
      current.push(line);
      continue;
    }
    if (spaces > indent) return undefined;
    if (started) {
      members.push(current);
      current = [];
      started = false;
    }
    current.push(line);
    const rest = line.slice(indent);
    if (!rest.startsWith("/*")) started = true;
    else if (!rest.trimEnd().endsWith("*/")) inComment = true;
  }
  if (!started) return current.length === 0 ? members : undefined;
  members.push(current);
  return members;
}

function isCommentLine(line: string): boolean {
  return /^\s*(\/\*|\*)/.test(line);
}

/**
 * A member `key: {` … `};` whose members can be planned one by one; or an intersection (`} & {`)
 * or union (`} | {`) of such object types, which prettier hugs or puts one alternative per line.
 */
function asContainer(member: string[], depth: number): Container | undefined {
  const first = member.findIndex((line) => !isCommentLine(line));
  const indent = " ".repeat(depth * PRINTER_INDENT);
  const opening = member[first]!;
  const close = member.at(-1)!;
  if (first < 0 || member.length - first < 3 || !isPlainComment(member.slice(0, first)))
    return undefined;
  const opened = OPENING.exec(opening.slice(indent.length));
  if (!opened) return undefined;
  const closers = opened[1] === "(" ? CLOSE_PARENTHESISED : CLOSE;
  const unionTail = opened[1] === "(" ? undefined : simpleUnionTail(close.slice(indent.length));
  if (!closers.includes(close.slice(indent.length)) && !unionTail) return undefined;
  const parts: string[][] = [[]];
  const joints = new Set<string>();
  for (const line of member.slice(first + 1, -1)) {
    if (line.startsWith(`${indent} `)) parts.at(-1)!.push(line);
    else if (JOINTS.includes(line.slice(indent.length) as Joint)) {
      joints.add(line.slice(indent.length));
      parts.push([]);
    } else return undefined;
  }
  const [joint, ...others] = [...joints] as Joint[];
  // One kind of joint, between object types only (a nullable or parenthesised one prints otherwise).
  if (others.length > 0 || (joint && (opened[1] === "(" || close.slice(indent.length) !== "};")))
    return undefined;
  // However long, the key's line is written as it is: nothing on it can break.
  if (parts.some((part) => part.length === 0)) return undefined;
  return { head: member.slice(0, first + 1), parts, joint, close, unionTail };
}

interface Container {
  /** The member's doc comment and its opening line. */
  head: string[];
  /** The member lines of each object type. */
  parts: string[][];
  joint: Joint | undefined;
  /** The closing line, as the printer wrote it. */
  close: string;
  /** `} | "";`, `}[] | string | null;`: the simple types after one object type (or an array of it). */
  unionTail: { array: boolean; members: string[] } | undefined;
}

/**
 * A member whose type the printer broke over lines at its object types, in prettier's layout
 * (`objectTypeLayout`): its doc comment, then lines and the bodies of its object types, each a
 * block of member lines one level deeper.
 */
function objectTypeLines(
  member: string[],
  depth: number,
  shift: number,
): { items: LayoutItem[]; bodies: string[][] } | undefined {
  const first = member.findIndex((line) => !isCommentLine(line));
  if (first < 0 || !isPlainComment(member.slice(0, first))) return undefined;
  const indent = " ".repeat(depth * PRINTER_INDENT);
  const opened = OBJECT_TYPE_OPENING.exec(member[first]!.slice(indent.length));
  if (!opened) return undefined;
  let skeleton = opened[2]!;
  const bodies: string[][] = [[]];
  let open = true;
  for (const line of member.slice(first + 1)) {
    if (line.startsWith(`${indent} `)) {
      if (!open) return undefined;
      bodies.at(-1)!.push(line);
      continue;
    }
    const rest = line.slice(indent.length);
    if (!line.startsWith(indent) || !open || !rest.startsWith("}")) return undefined;
    skeleton += `#${bodies.length - 1}`;
    open = rest.endsWith("{");
    skeleton += open ? rest.slice(1, -1) : rest.slice(1);
    if (open) bodies.push([]);
  }
  if (open || !skeleton.endsWith(";") || bodies.some((body) => body.length === 0)) return undefined;
  const head = `${" ".repeat((depth + shift) * PRETTIER_INDENT)}${opened[1]!}`;
  const items = objectTypeLayout(head, skeleton.slice(0, -1), depth + shift);
  if (!items) return undefined;
  const comments = member.slice(0, first).map((comment) => reindent(comment, shift));
  return { items: [...comments, ...items], bodies };
}

/**
 * The simple members after an object type's closing brace, which prettier prints as a union with
 * the object as its first alternative; undefined for any other closer, and for `} | null;`, which
 * prettier hugs (as it does a union of one object type with only `null` and `void`).
 */
function simpleUnionTail(close: string): Container["unionTail"] {
  const parts = /^\}(\[\])? \| (.+);$/.exec(close);
  if (!parts) return undefined;
  const members = parts[2]!.split(" | ");
  if (!members.every((member) => SIMPLE_TYPE.test(member))) return undefined;
  const array = parts[1] === "[]";
  if (!array && members.every((member) => member === "null" || member === "void")) return undefined;
  return { array, members };
}

type Joint = "} & {" | "} | {";
const JOINTS: readonly Joint[] = ["} & {", "} | {"];

const KEY = String.raw`(?:readonly )?(?:[A-Za-z_$][\w$]*|\d+|"(?:[^"\\]|${UNICODE_ESCAPE})*"|\[\w+: string\])\??`;
const OPENING = new RegExp(String.raw`^${KEY}: (\(?)\{$`);
/** A member's first line ending where the printer opened its first object type. */
const OBJECT_TYPE_OPENING = new RegExp(String.raw`^(${KEY}): (.*)\{$`);
/** How the printer closes an object type that prettier prints the same way (it hugs `{…} | null`). */
const CLOSE = ["};", "} | null;", "}[];"];
const CLOSE_PARENTHESISED = ["} | null)[];"];
/** A member on one line, indented: its key (with `readonly` and `?`), then its type. */
const ONE_LINE = new RegExp(String.raw`^(\s*${KEY}): ([^{}]*);$`);

/**
 * A one-line member (under a doc comment prettier only re-indents) written directly: re-indented
 * when prettier prints it as it is, or a union in prettier's layout (`unionMemberLines`). Undefined:
 * prettier formats it.
 */
function directLines(member: string[], depth: number, shift: number): string[] | undefined {
  const first = member.findIndex((line) => !isCommentLine(line));
  if (first !== member.length - 1 || !isPlainComment(member.slice(0, first))) return undefined;
  if (hasQuotedSimpleKey([member[first]!], depth)) return undefined;
  const line = reindent(member[first]!, shift);
  const parts = ONE_LINE.exec(line);
  if (!parts) return undefined;
  const comments = member.slice(0, first).map((comment) => reindent(comment, shift));
  // A type prettier cannot break (a name, an indexed access, a literal, or an array of one) stays on
  // its line however long.
  if (hasRedundantParentheses(parts[2]!)) return undefined;
  const unbreakable = SIMPLE_TYPE.test(parts[2]!.replace(/\[\]$/, ""));
  if (
    (fits(line) || unbreakable) &&
    !/['`\\]|\/[/*]/.test(line.replace(UNICODE_ESCAPES, "")) &&
    !NUMBER_PRETTIER_REWRITES.test(line.replace(STRING_LITERALS, '""').replace(NAMES, "x"))
  )
    return [...comments, line];
  const lines = unionMemberLines(parts[1]!, parts[2]!);
  return lines && [...comments, ...lines];
}

/**
 * Parentheses prettier drops, which the printer never writes: around the whole type, or around one
 * type without ` | ` or ` & ` at its top level (`(string)[]`).
 */
function hasRedundantParentheses(type: string): boolean {
  const open: number[] = [];
  for (let i = 0; i < type.length; i++) {
    if (type[i] === "(") open.push(i);
    else if (type[i] === ")") {
      const start = open.pop() ?? 0;
      const inner = type.slice(start + 1, i);
      const operands = Math.max(splitTopLevel(inner).length, splitTopLevel(inner, " & ").length);
      if ((start === 0 && i === type.length - 1) || operands < 2) return true;
    }
  }
  return false;
}

/** Numbers prettier may print differently (exponents, fractions, other bases). */
const NUMBER_PRETTIER_REWRITES = /\d[.eExXoObBn_]|\.\d/;
/** Names (`tds2Options`, `ssn_last_4_provided`): their digits are no numbers; `1e5`'s `e5` is no name. */
const NAMES = /(?<![\w$])[A-Za-z_$][\w$]*/g;
/**
 * Double-quoted strings without escapes but `\uXXXX`: never numbers to prettier, which leaves a
 * quoted key as it is (`"1.50"`) and a literal type's text too.
 */
const STRING_LITERALS = new RegExp(String.raw`"(?:[^"\\]|${UNICODE_ESCAPE})*"`, "g");
const UNICODE_ESCAPES = new RegExp(UNICODE_ESCAPE, "g");

/** A doc comment prettier only re-indents: `/**`, lines starting with `*`, no trailing spaces. */
function isPlainComment(lines: string[]): boolean {
  if (lines.length === 0) return true;
  if (lines.length === 1) return /^\s*\/\*\*.*\*\/$/.test(lines[0]!);
  // Prettier re-indents the following lines to one space past the `/**`, as the printer does.
  const starIndent = " ".repeat(lines[0]!.length - lines[0]!.trimStart().length + 1);
  return (
    /^\s*\/\*\*$/.test(lines[0]!) &&
    lines.at(-1) === `${starIndent}*/` &&
    lines.slice(1, -1).every((line) => line.startsWith(`${starIndent}*`) && !/\s$/.test(line))
  );
}

/** A line comment prettier keeps as it is: no trailing or unusual whitespace, no line separator. */
const LINE_COMMENT = /^\/\/(?:[^\t\v\f\r\u00a0\ufeff\u2028\u2029]*\S)?$/;

/** `export type X = T;` on one line, with T a name (indexed, or `Record<string, …>` of one) or literal. */
function isPrintedAlias(line: string): boolean {
  const alias = /^export type [A-Za-z_$][\w$]* = (.+);$/.exec(line);
  const type = alias?.[1]!.replace(/^Record<string, ([A-Za-z_$][\w$]*)>$/, "$1");
  return type !== undefined && SIMPLE_TYPE.test(type) && fits(line);
}

/** A quoted key prettier could print unquoted, which depends on the sibling keys. */
function hasQuotedSimpleKey(lines: string[], depth: number): boolean {
  const indent = " ".repeat(depth * PRINTER_INDENT);
  return lines.some(
    (line) =>
      line.startsWith(indent) &&
      /^(?:readonly )?"(?:[A-Za-z_$][\w$]*|\d+|[^"]*[^\x00-\x7f][^"]*)"/.test(
        line.slice(indent.length),
      ),
  );
}

/**
 * Halves the printer's indentation and adds `shift` levels; comment lines after the first keep their
 * one-space offset.
 */
function reindent(line: string, shift = 0): string {
  const spaces = line.length - line.trimStart().length;
  const level = Math.floor(spaces / PRINTER_INDENT) + shift;
  return " ".repeat(level * PRETTIER_INDENT + (spaces % PRINTER_INDENT)) + line.trimStart();
}

/** The printer's line `shift` levels deeper, as if the printer had put it there. */
function shiftLine(line: string, shift: number): string {
  return line === "" ? line : `${" ".repeat(shift * PRINTER_INDENT)}${line}`;
}

const BREAK = "paygenUnitBreak: never;";

/**
 * Formats members that sit `depth` levels deep by prettier, inside a wrapper that places them at that
 * depth, split apart again by a marker member; undefined when the wrapper does not come back intact.
 */
async function formatAtDepth(members: string[][], depth: number): Promise<string[] | undefined> {
  const open = Array.from({ length: depth }, (_, i) =>
    i === 0 ? "interface PaygenWrapper {" : `${" ".repeat(i * PRINTER_INDENT)}wrapped: {`,
  );
  const close = Array.from({ length: depth }, (_, i) =>
    i === depth - 1 ? "}" : `${" ".repeat((depth - 1 - i) * PRINTER_INDENT)}};`,
  );
  const marker = `${" ".repeat(depth * PRINTER_INDENT)}${BREAK}`;
  const body = members.map((lines) => lines.join("\n")).join(`\n${marker}\n`);
  const text = await formatSource(`${[...open, body, ...close].join("\n")}\n`, "typescript");
  const lines = text.replace(/\n$/, "").split("\n");
  const expectedOpen = open.map((line) => reindent(line));
  const expectedClose = close.map((line) => reindent(line));
  if (
    lines.slice(0, depth).join("\n") !== expectedOpen.join("\n") ||
    lines.slice(-depth).join("\n") !== expectedClose.join("\n")
  )
    return undefined;
  const pieces = lines
    .slice(depth, -depth)
    .join("\n")
    .split(`\n${" ".repeat(depth * PRETTIER_INDENT)}${BREAK}\n`);
  return pieces.length === members.length ? pieces : undefined;
}
