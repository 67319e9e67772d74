import { describe, expect, it } from "vitest";
import { provider } from "../../test/support/ir-builders.js";
import { emitIndex } from "./package-files.js";

describe("index.ts", () => {
  it("re-exports each hand-written module the spec names, after the generated ones", () => {
    const index = emitIndex(
      provider({ handWrittenExports: ["./verify-event.js", "./helpers/refunds.js"] }),
    );
    const lines = index.split("\n");
    const clientAt = lines.indexOf('export * from "./generated/client.js";');
    expect(clientAt).toBeGreaterThan(0);
    expect(lines.indexOf('export * from "./verify-event.js";')).toBeGreaterThan(clientAt);
    expect(lines.indexOf('export * from "./helpers/refunds.js";')).toBeGreaterThan(clientAt);
  });

  it("names no hand-written module when the spec declares none", () => {
    expect(emitIndex(provider()).match(/^export \* from /gm)).toEqual(["export * from "]);
  });

  it("exports PaginationError beside the other runtime errors", () => {
    expect(emitIndex(provider())).toMatch(/^  PaginationError,$/m);
  });
});
