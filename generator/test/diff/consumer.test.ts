import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");

async function paygen(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, repoRoot);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const fixture = (name: string) => path.relative(repoRoot, path.join(here, "consumer", name));

describe("paygen diff --consumer", () => {
  it("reports each consumer line that stops compiling, next to the finding that broke it", async () => {
    const result = await paygen(
      "diff",
      fixture("base.yaml"),
      fixture("revision.yaml"),
      "--consumer",
      fixture("app/tsconfig.json"),
      "--format",
      "json",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const { consumer } = JSON.parse(result.stdout) as {
      consumer: {
        packages: string[];
        breaks: Array<{
          file: string;
          line: number;
          message: string;
          causes: Array<{ rule: string; operation: string; message: string }>;
        }>;
      };
    };
    expect(consumer.packages).toEqual(["@fixture/minimal"]);
    const app = fixture("app/src/orders.ts");
    expect(
      consumer.breaks.map((b) => [
        b.file,
        b.line,
        b.causes.map((c) => `${c.rule} ${c.operation}: ${c.message}`),
      ]),
    ).toEqual([
      [
        app,
        7,
        [
          "request-property-added-required POST /orders: request body property 'currency' added as required",
        ],
      ],
      [
        app,
        8,
        ["response-property-removed GET /orders: response 200 property 'data[].metadata' removed"],
      ],
    ]);
    // The raised maximum changes the contract but not what compiles: line 13 is not reported.
    expect(consumer.breaks.some((b) => b.line === 13)).toBe(false);
  });

  it("reports a consumer that still compiles", async () => {
    const result = await paygen(
      "diff",
      fixture("base.yaml"),
      fixture("base.yaml"),
      "--consumer",
      fixture("app/tsconfig.json"),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("consumer");
  });

  it("rejects a consumer tsconfig that does not exist (exit 2)", async () => {
    const result = await paygen(
      "diff",
      fixture("base.yaml"),
      fixture("revision.yaml"),
      "--consumer",
      "nosuch/tsconfig.json",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not exist");
  });
});
