import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/run.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { mainFixture } from "./rule-fixture.js";

const FIXTURE = mainFixture("operation-server-removed").base;

async function withTokenServers(
  place: "operation" | "path item",
  urls: string[],
): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(FIXTURE);
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  const document = structuredClone(spec.document) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const pathItem = document.paths["/tokens"]!;
  delete pathItem["post"]!["servers"];
  const servers = urls.map((url) => ({ url }));
  if (place === "operation") pathItem["post"]!["servers"] = servers;
  else pathItem["servers"] = servers as unknown as Record<string, unknown>;
  return { ...spec, document };
}

const messages = (base: LoadedSpec, revision: LoadedSpec) =>
  diffSpecs(base, revision)
    .filter((finding) => finding.rule.startsWith("operation-server-"))
    .map((finding) => `${finding.rule}: ${finding.operation}: ${finding.message}`);

describe("an operation's own servers", () => {
  it("are its path item's servers when it lists none itself", async () => {
    const before = await withTokenServers("path item", ["https://a.example.test"]);
    const after = await withTokenServers("path item", ["https://b.example.test"]);
    expect(messages(before, after)).toEqual([
      "operation-server-removed: POST /tokens: server https://a.example.test removed",
      "operation-server-added: POST /tokens: server https://b.example.test added",
    ]);
  });

  it("compare without a trailing slash and wherever they are written", async () => {
    const before = await withTokenServers("operation", ["https://a.example.test/"]);
    const after = await withTokenServers("path item", ["https://a.example.test"]);
    expect(messages(before, after)).toEqual([]);
  });
});
