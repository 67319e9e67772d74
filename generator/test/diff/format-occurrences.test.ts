import { describe, expect, it } from "vitest";
import { FORMATS } from "../../src/diff/format/index.js";
import type { Finding } from "../../src/diff/model.js";
import type { DiffReport } from "../../src/diff/report.js";

const operations = ["GET /a", "GET /b", "GET /c", "GET /d", "GET /e"];

/** A change to a shared error schema, reached from five operations. */
const shared: Finding = {
  rule: "response-property-removed",
  level: "breaking",
  direction: "response",
  message: "response 400 property 'error.code' removed",
  operation: "GET /a",
  side: "base",
  pointer: "/components/schemas/Error/properties/code",
  typesChange: true,
  occurrences: operations.map((operation) => ({
    operation,
    where: "response 400 property 'error.code'",
  })),
};

const report: DiffReport = {
  packages: [
    {
      provider: "shop",
      packageName: "@paygen/shop",
      base: "a.yaml",
      revision: "b.yaml",
      status: "changed",
      findings: [shared],
      bump: "major",
    },
  ],
};

describe("a finding seen from several operations", () => {
  it.each(["text", "markdown", "github"] as const)(
    "shows the count and the first few operations in %s",
    (format) => {
      const output = FORMATS[format](report, "/");
      expect(output).toContain(
        "affects 5 places in 5 operations: GET /a, GET /b, GET /c and 2 more",
      );
      expect(output).not.toContain("GET /d");
      // Written once per section (the markdown table and its changelog), not once per operation.
      expect(output.match(/error\.code/g)).toHaveLength(format === "markdown" ? 2 : 1);
    },
  );

  it("lists every place in JSON", () => {
    const json = JSON.parse(FORMATS.json(report, "/")) as {
      packages: Array<{
        findings: Array<{ count: number; occurrences: Array<{ operation: string }> }>;
      }>;
    };
    const [finding] = json.packages[0]!.findings;
    expect(finding!.count).toBe(5);
    expect(finding!.occurrences.map((o) => o.operation)).toEqual(operations);
  });

  it("says nothing extra for a finding seen from one place", () => {
    const single = {
      ...report,
      packages: [
        {
          ...report.packages[0]!,
          findings: [{ ...shared, occurrences: shared.occurrences.slice(0, 1) }],
        },
      ],
    };
    expect(FORMATS.text(single, "/")).not.toContain("affects");
  });
});
