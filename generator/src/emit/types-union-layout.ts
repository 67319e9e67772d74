import { isPlainAscii } from "./client/prettier-line.js";
import { fitsPrintWidth as fits } from "./format.js";

/**
 * A type member whose type is a union of simple types, as prettier lays it out: on one line when it
 * fits; else `key:` then the union on the next line when it fits there, else one `| member` per
 * line; a union in an array, `key: (` … `)[];` around the same two layouts. A member of the union
 * may itself be a parenthesized union of simple types, optionally an array (`(A | B)[] | null`):
 * on its `| (…)` line when that fits, else opened, one `| member` per line, and closed. Undefined
 * for any other type.
 *
 * `head` is the member's key with its indentation and `?` (`    status?`). The text must be ASCII:
 * a choice between layouts needs widths counted exactly.
 */
export function unionMemberLines(head: string, type: string): string[] | undefined {
  if (!isPlainAscii(head + type)) return undefined;
  const members = unionMembers(type);
  const array = members?.length === 1 && members[0]!.array ? members[0]!.group : undefined;
  if (!members || (members.length < 2 && !array)) return undefined;
  const indent = head.slice(0, head.length - head.trimStart().length);
  const inner = `${indent}  `;
  const oneLine = `${head}: ${type};`;
  if (fits(oneLine)) return [oneLine];
  if (array) {
    const inParentheses = `${inner}${array.join(" | ")}`;
    const lines = fits(inParentheses) ? [inParentheses] : broken(inner, array, "");
    return [`${head}: (`, ...lines, `${indent})[];`];
  }
  const nextLine = `${inner}${type};`;
  if (fits(nextLine)) return [`${head}:`, nextLine];
  const lines = members.flatMap((member, i) => {
    const end = i === members.length - 1 ? ";" : "";
    const line = `${inner}| ${member.text}${end}`;
    if (!member.group || fits(line)) return [line];
    const close = `${inner}  )${member.array ? "[]" : ""}${end}`;
    return [`${inner}| (`, ...broken(`${inner}    `, member.group, ""), close];
  });
  return [`${head}:`, ...lines];
}

interface UnionMember {
  text: string;
  /** A parenthesized union's own members. */
  group?: string[];
  /** `(…)[]`. */
  array?: boolean;
}

/** One `| member` per line at `inner`, the last followed by `last`. */
function broken(inner: string, members: string[], last: string): string[] {
  return members.map((member, i) => `${inner}| ${member}${i === members.length - 1 ? last : ""}`);
}

/** The members of a union written ` | ` apart, each simple or a parenthesized union of simple ones. */
function unionMembers(type: string): UnionMember[] | undefined {
  const members: UnionMember[] = [];
  for (const text of splitTopLevel(type)) {
    // An array of a simple type is as unbreakable as the type.
    if (SIMPLE_TYPE.test(text.replace(/(?:\[\])+$/, ""))) {
      members.push({ text });
      continue;
    }
    const group = GROUP.exec(text);
    const inner = group?.[1]!.split(" | ");
    if (!group || !inner || inner.length < 2 || !inner.every((m) => SIMPLE_TYPE.test(m)))
      return undefined;
    members.push({ text, group: inner, array: group[2] === "[]" });
  }
  return members;
}

/** `type` split at each `separator` (` | ` by default) outside parentheses. */
export function splitTopLevel(type: string, separator = " | "): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const char = type[i];
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && type.startsWith(separator, i)) {
      parts.push(type.slice(start, i));
      start = i + separator.length;
    }
  }
  parts.push(type.slice(start));
  return parts;
}

const GROUP = /^\((.*)\)(\[\])?$/;

/** `\uXXXX`: the one escape prettier leaves as it is in a string, quotes included (`\u0022`). */
export const UNICODE_ESCAPE = String.raw`\\u[0-9A-Fa-f]{4}`;
/** A double-quoted string prettier prints as it is: no other quote, no escape but `\uXXXX`. */
const PLAIN_STRING = String.raw`"(?:[^"'\`\\]|${UNICODE_ESCAPE})*"`;

/**
 * Union members prettier prints as they are: a plain double-quoted string, an integer, a name
 * (`string`, `null`), or a name with string and integer indexes.
 */
export const SIMPLE_TYPE = new RegExp(
  String.raw`^(?:${PLAIN_STRING}|0|-?[1-9]\d*|[A-Za-z_$][\w$]*(?:\[${PLAIN_STRING}\]|\[\d+\])*)$`,
);
