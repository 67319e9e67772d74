import { describe, expect, it } from "vitest";
import { encodeForm } from "./form.js";

describe("encodeForm (Rack-style nested keys)", () => {
  it.each([
    [
      "flat scalars",
      { amount: 100, currency: "thb", capture: false },
      "amount=100&currency=thb&capture=false",
    ],
    [
      "nested object",
      { metadata: { order_id: "42", note: "a b" } },
      "metadata[order_id]=42&metadata[note]=a%20b",
    ],
    ["array of scalars", { tags: ["x", "y"] }, "tags[]=x&tags[]=y"],
    ["array of objects", { items: [{ name: "tea", qty: 2 }] }, "items[][name]=tea&items[][qty]=2"],
    ["deep nesting", { a: { b: { c: 1 } } }, "a[b][c]=1"],
    ["undefined is left out, null is an empty value", { a: null, b: undefined, c: "" }, "a=&c="],
    [
      "nested null clears a nested field",
      { metadata: { order_id: null, keep: "1" } },
      "metadata[order_id]=&metadata[keep]=1",
    ],
    ["reserved characters are escaped", { "q&x": "1=2&3" }, "q%26x=1%3D2%263"],
    [
      "dates as ISO 8601",
      { at: new Date("2024-01-02T03:04:05Z") },
      "at=2024-01-02T03%3A04%3A05.000Z",
    ],
  ])("%s", (_, body, want) => {
    expect(encodeForm(body)).toBe(want);
  });

  it("is readable by URLSearchParams", () => {
    const params = new URLSearchParams(encodeForm({ metadata: { "order id": "x/y" } }));
    expect(params.get("metadata[order id]")).toBe("x/y");
  });
});
