import { SIMPLE_TYPE } from "../types-union-layout.js";
import {
  INDEX,
  INDEXED,
  isPlainAscii,
  isPrettierLine,
  PRETTIER_REWRITES,
  UNBREAKABLE,
} from "./prettier-line.js";

const GENERIC = new RegExp(String.raw`^([A-Za-z_$][\w$]*)<(.+)>(${INDEX}*)$`);

/**
 * A generic type (`Extract<NonNullable<A["b"]>, string>`, indexes after it allowed) between `prefix`
 * and `suffix` when it does not fit on one line at `depth`: prettier breaks its type arguments, one
 * per line and no trailing comma, each argument itself broken the same way when it does not fit, and
 * `>` back at the start. Arguments are simple types (names, indexed accesses, string literals), unions
 * of them that fit their line, or such generics. The lines are relative to `depth`; undefined for any
 * other shape, or when `prefix` and `<` do not fit.
 */
export function typeArgumentLines(
  type: string,
  prefix: string,
  suffix: string,
  depth: number,
): string[] | undefined {
  const generic = GENERIC.exec(type);
  const args = generic && splitArguments(generic[2]!);
  if (!generic || !args || !isPlainAscii(prefix + type + suffix) || PRETTIER_REWRITES.test(type))
    return undefined;
  const [, name, , indexes] = generic;
  // A lone name or keyword argument is hugged (`NonNullable<Foo>` never breaks); a lone indexed access
  // or generic breaks like several.
  if (args.length === 1 && !INDEXED.test(args[0]!) && !GENERIC.test(args[0]!)) return undefined;
  const opening = `${prefix}${name!}<`;
  if (!isPrettierLine(opening, depth)) return undefined;
  const lines = [opening];
  for (const [i, arg] of args.entries()) {
    const comma = i < args.length - 1 ? "," : "";
    const lone = `  ${arg}${comma}`;
    if (isPrettierLine(lone, depth) || UNBREAKABLE.test(arg)) {
      lines.push(lone);
      continue;
    }
    const inner = typeArgumentLines(arg, "", comma, depth + 1);
    if (!inner) return undefined;
    lines.push(...inner.map((line) => `  ${line}`));
  }
  return [...lines, `>${indexes!}${suffix}`];
}

/** A type argument's members: simple types joined by ` | `, or a generic of such arguments. */
function isArgument(text: string): boolean {
  if (GENERIC.test(text)) {
    const args = splitArguments(GENERIC.exec(text)![2]!);
    return args !== undefined;
  }
  return text.split(" | ").every((member) => SIMPLE_TYPE.test(member));
}

/** `A, B<C, D>` split at its top-level commas; undefined when an argument is not one paygen writes. */
function splitArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (depth === 0 && text.startsWith(", ", i)) {
      args.push(text.slice(start, i));
      start = i + 2;
    }
    if (depth < 0) return undefined;
  }
  args.push(text.slice(start));
  return depth === 0 && !quoted && args.every(isArgument) ? args : undefined;
}
