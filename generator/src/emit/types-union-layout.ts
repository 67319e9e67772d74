import { fitsPrintWidth as fits } from "./format.js";

/**
 * A type member whose type is a union of simple types, as prettier lays it out: on one line when it
 * fits; else `key:` then the union on the next line when it fits there, else one `| member` per
 * line; a union in an array, `key: (` … `)[];` around the same two layouts. Undefined for any other
 * type.
 *
 * `head` is the member's key with its indentation and `?` (`    status?`). The text must be ASCII:
 * a choice between layouts needs widths counted exactly.
 */
export function unionMemberLines(head: string, type: string): string[] | undefined {
  if (!/^[\x20-\x7e]*$/.test(head + type)) return undefined;
  const indent = head.slice(0, head.length - head.trimStart().length);
  const inner = `${indent}  `;
  const array = /^\((.*)\)\[\]$/.exec(type);
  const members = (array ? array[1]! : type).split(" | ");
  if (members.length < 2 || !members.every((member) => SIMPLE.test(member))) return undefined;
  const oneLine = `${head}: ${type};`;
  if (fits(oneLine)) return [oneLine];
  const broken = (last: string) =>
    members.map((member, i) => `${inner}| ${member}${i === members.length - 1 ? last : ""}`);
  if (array) {
    const inParentheses = `${inner}${array[1]!}`;
    return [`${head}: (`, ...(fits(inParentheses) ? [inParentheses] : broken("")), `${indent})[];`];
  }
  const nextLine = `${inner}${type};`;
  return [`${head}:`, ...(fits(nextLine) ? [nextLine] : broken(";"))];
}

/**
 * Union members prettier prints as they are: a double-quoted string without escapes or other quotes,
 * an integer, a name (`string`, `null`), or a name with string and integer indexes.
 */
const SIMPLE = /^(?:"[^"'`\\]*"|0|-?[1-9]\d*|[A-Za-z_$][\w$]*(?:\["[^"'`\\]*"\]|\[\d+\])*)$/;
