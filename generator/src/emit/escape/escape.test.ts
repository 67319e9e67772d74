import { describe, expect, it } from "vitest";
import {
  docText,
  jsLiteral,
  ModuleBinding,
  moduleBindingsIn,
  markdownCode,
  markdownCodeBlock,
  memberAccess,
  propertyKey,
  quotedKey,
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
});
