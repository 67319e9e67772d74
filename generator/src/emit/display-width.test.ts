import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { displayWidth } from "./display-width.js";

/** Every code point displayWidth measures, and a sample of those it leaves to prettier. */
const measured: string[] = [];
const unmeasured: string[] = [];
for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
  const char = String.fromCodePoint(codePoint);
  (displayWidth(char) === undefined ? unmeasured : measured).push(char);
}

describe("displayWidth", () => {
  it("measures every character it accepts as prettier does", () => {
    const differing = measured.filter(
      (char) => displayWidth(char) !== prettier.util.getStringWidth(char),
    );
    expect(differing.map((char) => char.codePointAt(0)!.toString(16))).toEqual([]);
    expect(measured.length).toBeGreaterThan(95 + 20_000);
  });

  it("measures random mixes of accepted characters as prettier does", () => {
    // Deterministic: a linear congruential generator, so that a failure reproduces.
    let seed = 18;
    const next = (bound: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % bound;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + next(12) }, () =>
        next(2) === 0 ? String.fromCharCode(0x20 + next(95)) : measured[next(measured.length)]!,
      ).join("");
      expect(displayWidth(text), JSON.stringify(text)).toBe(prettier.util.getStringWidth(text));
    }
  });

  it.each([
    ["a tab", "a\tb"],
    ["a combining mark", "e\u0301"],
    ["an emoji", "🎉"],
    ["a zero-width kana mark", "か\u3099"],
    ["an ideographic space", "a\u3000b"],
    ["DEL", "\u007f"],
    ["a text-style emoji", "#\ufe0f\u20e3"],
  ])("leaves %s to prettier", (_, text) => {
    expect(displayWidth(text)).toBeUndefined();
  });

  it("accepts none of the characters prettier counts as zero columns", () => {
    expect(unmeasured.length).toBeGreaterThan(0);
    expect(measured.filter((char) => prettier.util.getStringWidth(char) === 0)).toEqual([]);
  });
});
