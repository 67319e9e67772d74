import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXTENSIONS } from "./index.js";

const readme = readFileSync(
  fileURLToPath(new URL("../../../specs/README.md", import.meta.url)),
  "utf8",
);

/** The rows of the `## Extension reference` table, as written. */
function referenceRows(): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith("Extension reference"));
  return (section ?? "").split("\n").filter((line) => line.startsWith("| `x-paygen-"));
}

describe("specs/README.md extension reference", () => {
  it("lists every registered extension, as the registry describes it, in registry order", () => {
    const expected = EXTENSIONS.map((e) => `| \`${e.name}\` | ${e.where} | ${e.doc} |`);
    expect(referenceRows(), `paste into specs/README.md:\n${expected.join("\n")}`).toEqual(
      expected,
    );
  });

  it("mentions no extension that is not registered", () => {
    const registered = new Set<string>(EXTENSIONS.map((e) => e.name));
    const mentioned = new Set(readme.match(/x-paygen-[a-z-]*[a-z]/g));
    expect([...mentioned].filter((name) => !registered.has(name))).toEqual([]);
  });
});
