import { describe, expect, it } from "vitest";
import { codeLiteral } from "./readme-examples.js";

describe("codeLiteral", () => {
  it("keeps an example's __proto__ key a key of the object, not its prototype", () => {
    const example = JSON.parse('{"__proto__": {"polluted": true}, "amount": 1}') as object;
    const text = codeLiteral(example);
    expect(text).toBe('{["__proto__"]:{"polluted":true},"amount":1}');
    const evaluated = new Function(`return ${text};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.hasOwn(evaluated, "__proto__")).toBe(true);
    expect(evaluated["amount"]).toBe(1);
  });

  it("cannot close the code fence it sits in, and writes JSON's data as JSON does", () => {
    expect(codeLiteral({ a: "```", b: [1, null, true] })).toBe(
      '{"a":"\\u0060\\u0060\\u0060","b":[1,null,true]}',
    );
    expect(codeLiteral(undefined)).toBe("null");
  });
});
