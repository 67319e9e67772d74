import { describe, expect, it } from "vitest";
import { duplicateKeyOffsets } from "../src/load/json-duplicate-keys.js";
import { jsonOffsets } from "../src/load/json-offsets.js";
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

describe("lookups that find nothing", () => {
  const { offsets } = jsonOffsets(TEXT);

  it.each([
    ["a missing key", "/paths/~1b"],
    ["an index past the end", "/paths/~1a~1{id}/get/tags/2"],
    ["an index written with a leading zero", "/paths/~1a~1{id}/get/tags/01"],
    ["a step into a string", "/openapi/0"],
    ["a pointer without its leading slash", "openapi"],
    ["a pointer joinPointer would not write", "/x-escaped~2key"],
  ])("%s", (_, pointer) => {
    expect(offsets.get(pointer)).toBeUndefined();
  });

  it("still finds what is there after a miss", () => {
    expect(offsets.get("/paths/~1a~1{id}/get/tags/1")).toEqual([
      TEXT.indexOf('"y,z"'),
      TEXT.indexOf('"y,z"'),
    ]);
  });
});

describe("duplicateKeyOffsets", () => {
  it("finds each key written again in the same object, at any depth, escaped or not", () => {
    const text = '{"a": 1, "b": [{"c": 1, "\\u0063": 2}], "a": {"a": 3}, "d": "{\\"a\\": 1}"}';
    expect(duplicateKeyOffsets(text)).toEqual([
      text.indexOf('"\\u0063"'),
      text.lastIndexOf('"a": {'),
    ]);
  });

  it("finds none in a text without repeats", () => {
    expect(duplicateKeyOffsets(TEXT)).toEqual([]);
  });
});
