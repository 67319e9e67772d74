import { fitsPrintWidth as fits } from "./format.js";
import { SIMPLE_TYPE } from "./types-union-layout.js";

/**
 * The type of a member whose object types the printer wrote over several lines, with each object
 * type's body replaced by `#<index>`: `((#0 | null) | #1)[]`, `string | (#0 & #1) | null`, `S & #0`.
 */
type TypeNode =
  | { kind: "simple"; text: string }
  | { kind: "object"; body: number }
  | { kind: "array"; element: TypeNode }
  | { kind: "group"; inner: TypeNode }
  | { kind: "union"; members: TypeNode[] }
  | { kind: "intersection"; members: TypeNode[] };

/** An output line, or the members of object type `body`, which go `level` levels deep. */
export type LayoutItem = string | { body: number; level: number };

/**
 * The lines of member `head: skeleton;` in prettier's layout, its key at `level` (`head` is the key,
 * indented, with `readonly` and `?`), for the shapes below; undefined for anything else, and when a
 * line after the first would not fit the print width.
 *
 * - a union that is not hugged: `head:`, then one `| alternative` per line, an object alternative's
 *   members two levels past its `|`;
 * - an array of such a union: `head: (`, the alternatives, `)[];`;
 * - hugged on the key's line: an object type, an array of one, one object type with only `null` and
 *   `void` (`{ … } | null`), an intersection of object types or of one object type with one simple
 *   type (`S & { … }`) or one parenthesized union (`{ … } & (` alternatives `)`);
 * - inside alternatives, the hugged forms in parentheses and parenthesized unions, recursively.
 */
export function objectTypeLayout(
  head: string,
  skeleton: string,
  level: number,
): LayoutItem[] | undefined {
  const tokens = tokenize(skeleton);
  const node = tokens && parse(tokens);
  if (!node || node.kind === "group" || hasRedundantGroup(node)) return undefined;
  const items: LayoutItem[] = [];
  const column = level * 2;
  let ok: boolean;
  if (node.kind === "union" && !isHugged(node)) {
    items.push(`${head}:`);
    ok = alternatives(node, column, items);
  } else {
    items.push(`${head}: `);
    ok = inline(node, column, items);
  }
  if (!ok) return undefined;
  append(items, ";");
  // The first line (the key, and a type opened where nothing can break) prettier writes however long.
  const breakable = items.slice(1);
  return breakable.every((item) => typeof item !== "string" || fits(item)) ? items : undefined;
}

/** Prints `node` on from the end of the last line; lines it breaks onto close at `column`. */
function inline(node: TypeNode, column: number, items: LayoutItem[]): boolean {
  // Without an object type nothing forces a break: prettier prints it flat (when the line fits).
  if (!hasObject(node)) {
    append(items, flat(node));
    return true;
  }
  switch (node.kind) {
    case "simple":
      return false;
    case "object":
      append(items, "{");
      items.push({ body: node.body, level: column / 2 + 1 }, `${" ".repeat(column)}}`);
      return true;
    case "array":
      if (node.element.kind === "union" || node.element.kind === "intersection") return false;
      if (!inline(node.element, column, items)) return false;
      append(items, "[]");
      return true;
    case "group": {
      const { inner } = node;
      if (inner.kind === "union" && !isHugged(inner)) {
        append(items, "(");
        if (!alternatives(inner, column, items)) return false;
        items.push(`${" ".repeat(column)})`);
        return true;
      }
      // Prettier drops parentheses around one type; the printer writes none there anyway.
      if (inner.kind !== "union" && inner.kind !== "intersection") return false;
      append(items, "(");
      if (!inline(inner, column, items)) return false;
      append(items, ")");
      return true;
    }
    case "union": {
      if (!isHugged(node)) return false;
      for (const [i, member] of node.members.entries()) {
        if (i > 0) append(items, " | ");
        if (!inline(member, column, items)) return false;
      }
      return true;
    }
    case "intersection":
      return intersection(node.members, column, items);
  }
}

/**
 * Object types joined by ` & `, with at most one other type: beside one object type, a simple type
 * or a parenthesized union (`isBesideObject`); before several, the same; after several, a simple
 * type only (prettier indents what follows a second switch between object and other types, which
 * only a simple type cannot show). Prettier keeps these on the lines the object types break; other
 * intersections (two simple types, an array) it may break otherwise.
 */
function intersection(members: TypeNode[], column: number, items: LayoutItem[]): boolean {
  const others = members.filter((member) => member.kind !== "object");
  const other = others[0];
  if (others.length > 1) return false;
  if (other) {
    const at = members.indexOf(other);
    const beside =
      members.length === 2
        ? isBesideObject(other, at === 1)
        : at === 0
          ? isBesideObject(other, false)
          : at === members.length - 1 && other.kind === "simple";
    if (!beside) return false;
  }
  for (const [i, member] of members.entries()) {
    if (i > 0) append(items, " & ");
    if (!inline(member, column, items)) return false;
  }
  return true;
}

/**
 * A simple type, or a parenthesized union: of object types, one alternative per line (`} & (`), or
 * after the object type, of simple types, flat on the closing line (`} & (A | B);`), where the width
 * is checked. (Before it, a flat union would sit on the first line, which is not checked.)
 */
function isBesideObject(node: TypeNode, afterObject: boolean): boolean {
  return (
    node.kind === "simple" ||
    (node.kind === "group" &&
      node.inner.kind === "union" &&
      !isHugged(node.inner) &&
      (hasObject(node.inner) || afterObject))
  );
}

/**
 * A union's alternatives, one per line: `| ` two columns past `column`, an alternative's own
 * broken lines closing two columns past that.
 */
function alternatives(union: TypeNode, column: number, items: LayoutItem[]): boolean {
  if (union.kind !== "union") return false;
  for (const member of union.members) {
    if (member.kind === "intersection") return false;
    items.push(`${" ".repeat(column + 2)}| `);
    if (!inline(member, column + 4, items)) return false;
  }
  return true;
}

function hasObject(node: TypeNode): boolean {
  switch (node.kind) {
    case "simple":
      return false;
    case "object":
      return true;
    case "array":
      return hasObject(node.element);
    case "group":
      return hasObject(node.inner);
    default:
      return node.members.some(hasObject);
  }
}

/**
 * Parentheses prettier drops: around one type (a name, an object type, an array, another group).
 * The printer writes none; the layout declines them rather than guess.
 */
function hasRedundantGroup(node: TypeNode): boolean {
  switch (node.kind) {
    case "simple":
    case "object":
      return false;
    case "array":
      return hasRedundantGroup(node.element);
    case "group":
      return (
        (node.inner.kind !== "union" && node.inner.kind !== "intersection") ||
        hasRedundantGroup(node.inner)
      );
    default:
      return node.members.some(hasRedundantGroup);
  }
}

/** A type without object types, on one line. */
function flat(node: TypeNode): string {
  switch (node.kind) {
    case "simple":
      return node.text;
    case "object":
      throw new Error("paygen: flat() was given an object type");
    case "array":
      return `${flat(node.element)}[]`;
    case "group":
      return `(${flat(node.inner)})`;
    case "union":
      return node.members.map(flat).join(" | ");
    case "intersection":
      return node.members.map(flat).join(" & ");
  }
}

/** One object type, the other members `null` or `void`, which prettier hugs: `{ … } | null`. */
function isHugged(node: TypeNode): boolean {
  if (node.kind !== "union") return false;
  const objects = node.members.filter((member) => member.kind === "object").length;
  return (
    objects === 1 &&
    node.members.every(
      (member) =>
        member.kind === "object" ||
        (member.kind === "simple" && /^(?:null|void)$/.test(member.text)),
    )
  );
}

function append(items: LayoutItem[], text: string): void {
  items[items.length - 1] += text;
}

const TOKEN = new RegExp(
  String.raw`#(\d+)|\(|\)|\[\]| \| | & |(${SIMPLE_TYPE.source.slice(1, -1)})`,
  "y",
);

function tokenize(skeleton: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < skeleton.length) {
    const match = TOKEN.exec(skeleton);
    if (!match) return undefined;
    tokens.push(match[0]);
  }
  return tokens;
}

/** The type the tokens spell, or undefined when they spell something else or not all of one type. */
function parse(tokens: string[]): TypeNode | undefined {
  let at = 0;
  const list = (separator: string, next: () => TypeNode | undefined) => {
    const members: TypeNode[] = [];
    do {
      const member = next();
      if (!member) return undefined;
      members.push(member);
    } while (tokens[at] === separator && ++at);
    return members;
  };
  const union = (): TypeNode | undefined => {
    const members = list(" | ", intersection);
    return members && (members.length === 1 ? members[0] : { kind: "union", members });
  };
  const intersection = (): TypeNode | undefined => {
    const members = list(" & ", postfix);
    return members && (members.length === 1 ? members[0] : { kind: "intersection", members });
  };
  const postfix = (): TypeNode | undefined => {
    let node = primary();
    while (node && tokens[at] === "[]") {
      at++;
      node = { kind: "array", element: node };
    }
    return node;
  };
  const primary = (): TypeNode | undefined => {
    const token = tokens[at++];
    if (token === undefined) return undefined;
    if (token === "(") {
      const inner = union();
      return inner && tokens[at++] === ")" ? { kind: "group", inner } : undefined;
    }
    if (token.startsWith("#")) return { kind: "object", body: Number(token.slice(1)) };
    return SIMPLE_TYPE.test(token) ? { kind: "simple", text: token } : undefined;
  };
  const node = union();
  return node && at === tokens.length ? node : undefined;
}
