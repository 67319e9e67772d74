import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("GMO-PG path parameters", () => {
  // The runtime refuses "..", "." and "" in every path parameter (packages/runtime/src/path-params.ts);
  // GMO-PG's operations take none, so there is nothing to probe. Should one appear, this fails and
  // asks for a probe like packages/omise/test/path-parameters.test.ts.
  it("the GMO-PG client has no operation with a path parameter", () => {
    const client = readFileSync(new URL("../src/generated/client.ts", import.meta.url), "utf8");
    const paths = [...client.matchAll(/^\s+path: "([^"]*)",$/gm)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => path.includes("{"))).toEqual([]);
  });
});
