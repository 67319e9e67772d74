import { describe, expect, it } from "vitest";
import { formatSource } from "../format.js";
import { literalLines } from "./format-literal.js";

const cases: Array<[string, unknown]> = [
  ["fits on one line", { provider: "x", servers: [], securitySchemes: {}, retry: [429, 503] }],
  [
    "breaks outside in, keeps what fits",
    {
      servers: [{ url: "https://api.example.com/v1", environment: "production" }],
      securitySchemes: { basic: { kind: "basic", username: "user", password: "secret-password" } },
      "quoted-key": true,
      responseBodies: { "200": "binary" },
    },
  ],
  [
    "always breaks arrays of objects or arrays with more than one entry each",
    {
      a: [
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ],
      b: [
        ["p", "q"],
        ["r", "s"],
      ],
      c: [{ x: 1 }, { y: 2 }],
    },
  ],
  [
    "strings: apostrophes, escapes, wide characters, too long beside a short or a long key",
    {
      definitions: {
        Charge: {
          type: "object",
          description: "The merchant's charge.\nSecond line\twith a tab.",
          title:
            "課金の作成・更新・確定・取り消し・完了、課金の作成・更新・確定・取り消し・完了、課金の作成・更新・確定",
          id: "x".repeat(110),
          longerKey: "y".repeat(110),
        },
      },
    },
  ],
  [
    "Hangul and rare ideographs, two columns each, near the print width",
    { a: { b: ["결제".repeat(21), "㐀".repeat(10)], c: "가".repeat(40) } },
  ],
];

describe("literalLines", () => {
  it.each(cases)("%s: as prettier prints it", async (_, value) => {
    const lines = literalLines(value, "const SPEC: Spec = ", ";");
    expect(lines).toBeDefined();
    expect(`${lines!.join("\n")}\n`).toBe(
      await formatSource(`const SPEC: Spec = ${JSON.stringify(value)};`, "typescript"),
    );
  });

  it.each([
    ["a string with a double quote", { a: 'say "hi"' }],
    ["a non-integer", { a: 1.5 }],
    ["integer keys whose order JSON.parse changed", { "2": "a", "1": "b" }],
    ["a long string in an array", { a: ["x".repeat(120)] }],
    // Prettier counts these ideographic tone marks as no columns, not two.
    ["a string with a zero-width mark", { a: `〪${"x".repeat(10)}` }],
    [
      "integers that do not fit (prettier fills them)",
      { a: Array.from({ length: 40 }, (_, i) => i) },
    ],
  ])("leaves %s to prettier", (_, value) => {
    expect(literalLines(value, "const SPEC = ", ";")).toBeUndefined();
  });
});
