import { describe, expect, it } from "vitest";
import { randomSource } from "../../test/support/random-source.js";
import { formatSource } from "./format.js";
import { printedText, sourceText, type CodeLine, type Expression } from "./readme-code-layout.js";

type Next = (bound: number) => number;

const pick = <T>(next: Next, items: readonly T[]): T => items[next(items.length)]!;

/** Alphabets for spec text: plain, then what prettier may print otherwise or count differently. */
const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyz_-. /:",
  "abcXYZ019 ",
  "ab\"'\\`",
  "aé🎉\u0001\n\t",
  "日本語カナ、。ｆ",
  "a한\u302a\u3000",
];

function text(next: Next, long = next(4) === 0): string {
  const alphabet = next(3) === 0 ? pick(next, ALPHABETS) : ALPHABETS[next(2)]!;
  const length = long ? 20 + next(100) : next(12);
  return Array.from({ length }, () => pick(next, [...alphabet])).join("");
}

const KEYS = [
  "a",
  "id",
  "amount",
  "currency",
  "private_money_id",
  "$ref",
  "a-b",
  "1",
  "a b",
  "é",
  "",
];

function key(next: Next): string {
  return next(3) === 0 ? pick(next, KEYS) : identifier(next);
}

function identifier(next: Next, length = 1 + next(next(3) === 0 ? 40 : 10)): string {
  return Array.from({ length }, (_, i) =>
    pick(next, [...(i === 0 ? "abcxyzAB_$" : "abcxyzAB_$09")]),
  ).join("");
}

function primitive(next: Next): unknown {
  switch (next(8)) {
    case 0:
      return pick(next, [0, 1, -5, 1000, 1.5, 1e21, 0.1, 2 ** 53]);
    case 1:
      return next(2) === 0;
    case 2:
      return null;
    default:
      return text(next);
  }
}

/** Example data as a spec could give it, at most `depth` levels deep. */
function data(next: Next, depth: number): unknown {
  const shape = depth > 0 ? next(6) : 0;
  if (shape <= 1) return primitive(next);
  if (shape === 2) {
    // Arrays of objects with more than one entry each, which prettier always breaks.
    if (next(3) === 0)
      return Array.from({ length: 1 + next(3) }, () => ({
        a: primitive(next),
        b: primitive(next),
      }));
    return Array.from({ length: next(5) }, () => data(next, depth - 1));
  }
  return Object.fromEntries(
    Array.from({ length: next(6) }, () => [key(next), data(next, depth - 1)]),
  );
}

function member(next: Next): string {
  return ["client", ...Array.from({ length: 1 + next(3) }, () => identifier(next))].join(".");
}

/** A value of a client's options object: an environment variable, a required one, or a string. */
function option(next: Next): Expression {
  const variable = `process.env.${identifier(next).toUpperCase()}_${identifier(next).toUpperCase()}`;
  return pick<Expression>(next, [
    { name: variable },
    { name: `${variable}!` },
    { data: text(next, false) },
  ]);
}

/** One statement of a shape readme-code writes, with random names and data, and what follows it. */
function statement(next: Next): CodeLine[] {
  const args = (): Expression[] => [
    ...Array.from({ length: next(3) }, () => ({
      data: next(3) === 0 ? data(next, 1) : primitive(next),
    })),
    ...(next(3) > 0 ? [{ data: data(next, 3) }] : []),
  ];
  const options = (): Expression => ({
    object: Array.from({ length: next(5) }, () => [key(next), option(next)] as const),
  });
  switch (next(9)) {
    case 0:
      return [
        {
          head: "const result = await ",
          expression: { call: member(next), args: args() },
          tail: ";",
        },
      ];
    case 1:
      return [{ head: "await ", expression: { call: member(next), args: args() }, tail: ";" }];
    case 2:
      return [
        "try {",
        { head: "  await ", expression: { call: member(next), args: args() }, tail: ";" },
        "} catch {}",
      ];
    case 3:
      return [
        {
          head: "for await (const item of ",
          expression: { call: member(next), args: args() },
          tail: ") {",
        },
        "  console.log(item);",
        "}",
      ];
    case 4: {
      const call = identifier(next);
      return [
        {
          head: "const result = await ",
          expression: { call, args: [{ name: "core" }, ...args()] },
          tail: ";",
        },
      ];
    }
    case 5: {
      const construct = `new ${identifier(next)}`;
      const loader = { call: identifier(next), args: [{ data: text(next, next(2) === 0) }] };
      return [
        {
          head: `const ${identifier(next)} = `,
          expression: { call: construct, args: [next(3) === 0 ? loader : options()] },
          tail: ";",
        },
      ];
    }
    case 6:
      return [{ comment: text(next) }];
    case 7:
      return [
        "switch (event.webhook) {",
        { head: "  case ", expression: { data: text(next) }, tail: ":" },
        "    break;",
        "}",
      ];
    default:
      return [
        {
          imports: Array.from({ length: 1 + next(5) }, () => identifier(next)),
          from: `@paygen/${text(next)}`,
        },
      ];
  }
}

function block(next: Next): CodeLine[] {
  const imports: CodeLine = { imports: [identifier(next)], from: "@paygen/acme" };
  return [imports, "", ...Array.from({ length: 1 + next(2) }, () => statement(next)).flat()];
}

describe("README code laid out without prettier", () => {
  it("is prettier's printed form whenever it is laid out, for random blocks", async () => {
    const total = 600;
    let laidOut = 0;
    let broken = 0;
    // A source per block: one source's sequence repeats after some ten thousand draws.
    for (let seed = 1; seed <= total; seed++) {
      const lines = block(randomSource(seed));
      const source = sourceText(lines);
      const printed = printedText(lines);
      if (printed === undefined) continue;
      laidOut++;
      if (printed.split("\n").length > lines.length) broken++;
      expect(printed, source).toBe((await formatSource(source, "typescript")).replace(/\n$/, ""));
    }
    expect(laidOut).toBeGreaterThan(total / 4);
    // Some of them over several lines, not only statements that fit on one.
    expect(broken).toBeGreaterThan(total / 40);
  });
});
