import { defaultPathSerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { serializerTemplate } from "./path-style.js";
import type { OperationSpec } from "./spec.js";

const operation = (pathStyles: OperationSpec["pathStyles"]): OperationSpec => ({
  id: "getUsers",
  method: "GET",
  path: "/users/{ids}/{filter}",
  security: [],
  ...(pathStyles ? { pathStyles } : {}),
});
const values = { ids: [3, 4], filter: { role: "admin", name: "Alex" } };

describe("path parameters in their declared style", () => {
  it.each([
    [undefined, "/users/3,4/role,admin,name,Alex"],
    [{ ids: { style: "simple", explode: true } }, "/users/3,4/role,admin,name,Alex"],
    [
      { ids: { style: "label", explode: false }, filter: { style: "label", explode: true } },
      "/users/.3,4/.role=admin.name=Alex",
    ],
    [
      { ids: { style: "matrix", explode: true }, filter: { style: "matrix", explode: false } },
      "/users/;ids=3;ids=4/;filter=role,admin,name,Alex",
    ],
  ] as const)("%j → %s", (styles, url) => {
    expect(defaultPathSerializer(serializerTemplate(operation(styles)), values)).toBe(url);
  });
});
