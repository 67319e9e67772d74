import { describe, expect, it } from "vitest";
import {
  docText,
  escapeUnseen,
  hasUnseen,
  htmlCommentText,
  jsLiteral,
  jsonValue,
  lineCommentText,
  ModuleBinding,
  moduleBindingsIn,
  markdownCode,
  markdownCodeBlock,
  markdownTableCode,
  markdownText,
  memberAccess,
  propertyKey,
  quotedKey,
  tsString,
} from "./index.js";

describe("escaping per output context", () => {
  it.each([
    ["a */ b", "a *\\/ b"],
    ["a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\ne"],
    ["@deprecated stays a tag", "@deprecated stays a tag"],
  ])("docText(%j) is %j", (given, want) => expect(docText(given)).toBe(want));

  it("jsLiteral keeps __proto__ an own property and evaluates to the same data", () => {
    const data = {
      ["__proto__"]: { x: "*/" },
      "a\u2028b": ["`${1}`"],
      n: 1.5,
      ok: true,
      none: null,
    };
    const text = jsLiteral(data);
    expect(text).toContain('["__proto__"]:');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    const evaluated = new Function(`return ${text};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.hasOwn(evaluated, "__proto__")).toBe(true);
    expect(JSON.stringify(evaluated)).toBe(JSON.stringify(data));
  });

  it("jsLiteral writes a module binding as its bare name, and a binding must be an identifier", () => {
    expect(
      jsLiteral({ encodeBody: new ModuleBinding("encodeForm"), n: [new ModuleBinding("$a")] }),
    ).toBe('{"encodeBody":encodeForm,"n":[$a]}');
    expect(moduleBindingsIn([{ a: new ModuleBinding("b") }, new ModuleBinding("a"), "a"])).toEqual([
      "a",
      "b",
    ]);
    for (const name of ["", "a-b", "a;b", "1a", "a b", "x}"])
      expect(() => new ModuleBinding(name)).toThrow("not an identifier");
  });

  it.each([
    ["name", "name", '"name"', ".name"],
    ["odd-name", '"odd-name"', '"odd-name"', '["odd-name"]'],
  ])("key %j: propertyKey %s, quotedKey %s, memberAccess %s", (key, property, quoted, access) => {
    expect(propertyKey(key)).toBe(property);
    expect(quotedKey(key)).toBe(quoted);
    expect(memberAccess(key)).toBe(access);
  });

  it("__proto__ is a computed key in literals", () => {
    expect(propertyKey("__proto__")).toBe('["__proto__"]');
    expect(quotedKey("__proto__")).toBe('["__proto__"]');
  });

  it("code spans and blocks cannot be closed by the text they hold", () => {
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCodeBlock("a\n```\nb", "ts")).toBe("````ts\na\n```\nb\n````");
  });

  /** One of each kind of character that must not be written raw, between ordinary text. */
  const UNSEEN_SAMPLES = [
    "\u0000",
    "\u0007",
    "\u000b",
    "\u000c",
    "\u001b",
    "\u007f",
    "\u0085",
    "\u009f",
    "\u061c",
    "\u200e",
    "\u200f",
    "\u2028",
    "\u2029",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
  ];

  it.each(UNSEEN_SAMPLES)("%j is written as its escape in every context", (char) => {
    const text = `a${char}b`;
    const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    expect(escapeUnseen(text)).toBe(`a${escape}b`);
    // A string literal (TypeScript, JSON) still holds the character itself.
    expect(JSON.parse(tsString(text))).toBe(text);
    expect(JSON.parse(jsonValue({ [text]: [text] }))).toEqual({ [text]: [text] });
    expect(new Function(`return ${jsLiteral({ [text]: text })};`)()).toEqual({ [text]: text });
    // String literals hold an escape JSON.stringify may spell its own way (`\\f`).
    for (const literal of [tsString(text), jsonValue(text), jsLiteral([text])])
      expect(hasUnseen(literal), literal).toBe(false);
    // Comments and markdown show the escape; a line separator becomes a line break or a space there.
    const lineTerminator = char === "\u2028" || char === "\u2029";
    for (const shown of [
      docText(text),
      lineCommentText(text),
      htmlCommentText(text),
      markdownText(text),
      markdownCode(text),
      markdownTableCode(text),
    ]) {
      expect(hasUnseen(shown), shown).toBe(false);
      if (!lineTerminator) expect(shown).toContain(escape);
    }
  });

  it("leaves tab, line feed, carriage return and ordinary non-ASCII text alone", () => {
    const text = "a\tb\nc\rd 日本語 é ‍ 👍";
    expect(escapeUnseen(text)).toBe(text);
    expect(hasUnseen(text)).toBe(false);
    expect(hasUnseen("x\u202e")).toBe(true);
    // Asked twice in a row: the pattern keeps no position between calls.
    expect(hasUnseen("x\u202e")).toBe(true);
  });
});
