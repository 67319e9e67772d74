import { describe, expect, it, vi } from "vitest";
import { main } from "./main.js";

// A command that fails in a way no input should cause: a bug in paygen itself.
vi.mock("./validate.js", () => ({
  validateCommand: async () => {
    throw new Error("unexpected state");
  },
}));

function run(argv: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  return main(argv, { out: () => undefined, err: (line) => err.push(line) }, process.cwd()).then(
    (code) => ({ code, err }),
  );
}

describe("an internal error", () => {
  it("exits 70, apart from diagnostics (1) and usage errors (2), and says it is a bug", async () => {
    vi.stubEnv("PAYGEN_DEBUG", "");
    const { code, err } = await run(["validate", "omise"]);
    expect(code).toBe(70);
    expect(err[0]).toBe("paygen validate: internal error: unexpected state");
    expect(err.join("\n")).toContain("this is a bug in paygen");
    expect(err.join("\n")).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    vi.unstubAllEnvs();
  });

  it("prints the stack trace only when PAYGEN_DEBUG is set", async () => {
    vi.stubEnv("PAYGEN_DEBUG", "1");
    const { err } = await run(["validate", "omise"]);
    expect(err.join("\n")).toMatch(/\bat .+:\d+:\d+\)?$/m);
    vi.unstubAllEnvs();
  });
});
