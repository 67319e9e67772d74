import { describe, expect, it } from "vitest";
import { locateInFile, parseSpecText, type ParsedFile } from "../src/load/yaml-file.js";
import { joinPointer } from "../src/util/json-pointer.js";

const TEXT = `{
  "openapi": "3.1.0",
  "info": {"title": "A \\"quoted\\" title", "version": "1"},
  "paths": {
    "/a/{id}": {"get": {"operationId": "getA", "tags": ["x", "y,z"], "x-n": -1.5e3, "x-t": true, "x-null": null,
      "responses": {"200": {"description": "ok"}}}}
  },
  "x-escaped~key/with": {"\\u00e9": [[], {}, "]}"]}
}
`;

function pointers(value: unknown, pointer = ""): string[] {
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => pointers(v, joinPointer(pointer, i)))
    : value !== null && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => pointers(v, joinPointer(pointer, k)))
      : [];
  return [pointer, ...children];
}

describe("positions of a JSON spec", () => {
  it("are where the YAML parser puts them, for every value and key", () => {
    const fast = parseSpecText("spec.json", new TextEncoder().encode(TEXT)).parsed as ParsedFile;
    const yaml = parseSpecText("spec.yaml", new TextEncoder().encode(TEXT)).parsed as ParsedFile;
    const all = pointers(yaml.value);
    expect(all.length).toBeGreaterThan(20);
    for (const pointer of all) {
      for (const prefer of ["value", "key"] as const) {
        const { line, column } = locateInFile(yaml, pointer, prefer)!;
        expect(locateInFile(fast, pointer, prefer), `${pointer} (${prefer})`).toEqual({
          file: "spec.json",
          line,
          column,
        });
      }
    }
  });
});
