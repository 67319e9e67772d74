import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/run.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { mainFixture } from "./rule-fixture.js";

async function load(rule: string, side: "base" | "revision"): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(mainFixture(rule)[side]);
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return spec;
}

/** Every rule's findings about one property, as `rule: message`. */
async function findingsAbout(fixture: string, property: string): Promise<string[]> {
  const [base, revision] = await Promise.all([load(fixture, "base"), load(fixture, "revision")]);
  return diffSpecs(base, revision)
    .filter((finding) => finding.message.includes(`property '${property}'`))
    .map((finding) => `${finding.rule}: ${finding.message}`);
}

// Each fixture also adds a property beside the one whose visibility changes, so the object itself
// differs and the property rules do look at it.
describe("a property that stays in the schema but changes visibility", () => {
  it("turning readOnly in a request is reported as such, not as removed", async () => {
    expect(await findingsAbout("request-property-became-read-only", "status")).toEqual([
      "request-property-became-read-only: request body property 'status' became read-only",
    ]);
    expect(await findingsAbout("request-property-became-read-only", "memo")).toEqual([
      "request-property-added-optional: request body property 'memo' added as optional",
    ]);
  });

  it("losing readOnly in a request is reported as such, not as added", async () => {
    expect(await findingsAbout("request-property-became-writable", "status")).toEqual([
      "request-property-became-writable: request body property 'status' is no longer read-only",
    ]);
  });

  it("turning writeOnly in a response is reported as such, not as removed", async () => {
    expect(await findingsAbout("response-property-became-write-only", "card_token")).toEqual([
      "response-property-became-write-only: response 200 property 'card_token' became write-only",
    ]);
    expect(await findingsAbout("response-property-became-write-only", "created")).toEqual([
      "response-property-added: response 200 property 'created' added",
    ]);
  });
});
