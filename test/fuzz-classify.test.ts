import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../scripts/fuzz/cases.mjs";
import { runCase, type FuzzGenerator } from "../scripts/fuzz/run-case.mjs";

/** The fuzzer's verdicts, with a generator that misbehaves on purpose: each invariant must catch its breach. */
const corpus = loadCorpus(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
const LOCATED = { text: "spec/openapi.yaml:3:5: error PG101: broken", error: true };

function generator(overrides: Partial<FuzzGenerator>): FuzzGenerator {
  return {
    main: async () => 0,
    resolveTargets: () => ({ sources: [{}] }),
    analyseProvider: async () => ({ diagnostics: [], ir: {} }),
    formatDiagnostic: (d) => (d as { text: string }).text,
    hasErrors: (ds) => ds.some((d) => (d as { error: boolean }).error),
    formatSource: async (text) => text,
    ...overrides,
  };
}
const refusing = { analyseProvider: async () => ({ diagnostics: [LOCATED] }) };
const analyseOnly = { seed: 1, index: 0, endToEndEvery: 0 };
const endToEnd = { seed: 1, index: 0, endToEndEvery: 1 };

describe("fuzz case verdicts", () => {
  it("a throw in load → validate → IR is an internal error", async () => {
    const thrower = generator({ analyseProvider: () => Promise.reject(new TypeError("boom")) });
    expect((await runCase(thrower, corpus, analyseOnly)).failure).toBe("internal error");
  });

  it("a refusal needs a located error", async () => {
    const unlocated = generator({
      analyseProvider: async () => ({
        diagnostics: [{ text: "error PG101: broken", error: true }],
      }),
    });
    expect((await runCase(unlocated, corpus, analyseOnly)).failure).toBe(
      "refused without a located diagnostic",
    );
    expect(await runCase(generator(refusing), corpus, analyseOnly)).toMatchObject({
      outcome: "refused",
      endToEnd: false,
    });
  });

  it("end to end: exit 1 must write nothing", async () => {
    const writer = generator({
      ...refusing,
      main: async (_argv, output, cwd) => {
        mkdirSync(path.join(cwd, "out"));
        output.err(LOCATED.text);
        return 1;
      },
    });
    expect((await runCase(writer, corpus, endToEnd)).failure).toBe("exit 1 but wrote out");
  });

  it("end to end: exit 0 needs the package and a spec the analysis accepted", async () => {
    const packaging: FuzzGenerator["main"] = async (_argv, _output, cwd) => {
      mkdirSync(path.join(cwd, "out/src/generated"), { recursive: true });
      writeFileSync(path.join(cwd, "out/package.json"), "{}");
      writeFileSync(path.join(cwd, "out/src/generated/client.ts"), "");
      return 0;
    };
    expect((await runCase(generator({}), corpus, endToEnd)).failure).toBe(
      "exit 0 without a package",
    );
    expect(
      (await runCase(generator({ ...refusing, main: packaging }), corpus, endToEnd)).failure,
    ).toBe("exit 0 although load → validate → IR refused the spec");
    expect(await runCase(generator({ main: packaging }), corpus, endToEnd)).toMatchObject({
      outcome: "valid",
      endToEnd: true,
    });
  });

  it("end to end: generated TypeScript that prettier would change is a failure", async () => {
    const packaging: FuzzGenerator["main"] = async (_argv, _output, cwd) => {
      mkdirSync(path.join(cwd, "out/src/generated"), { recursive: true });
      writeFileSync(path.join(cwd, "out/package.json"), "{}");
      writeFileSync(path.join(cwd, "out/src/generated/client.ts"), "export  const a = 1;\n");
      writeFileSync(path.join(cwd, "out/src/generated/schema.ts"), "export const b = 1;\n");
      return 0;
    };
    const collapsing: FuzzGenerator["formatSource"] = async (text) => text.replace(/ +/g, " ");
    expect(
      (await runCase(generator({ main: packaging, formatSource: collapsing }), corpus, endToEnd))
        .failure,
    ).toBe("not in prettier's layout: client.ts");
  });

  it("end to end: the CLI's internal error is a failure even with exit 1", async () => {
    const crashing = generator({
      main: async (_argv, output) => {
        output.err("paygen generate: internal error: Cannot convert undefined or null to object");
        return 1;
      },
    });
    expect((await runCase(crashing, corpus, endToEnd)).failure).toBe("internal error");
  });
});
