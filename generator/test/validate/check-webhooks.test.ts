import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

const payload = (schema: string): string[] => [
  "    post:",
  "      requestBody:",
  "        content:",
  `          application/json: { schema: ${schema} }`,
  "      responses: { '200': { description: Received. } }",
];
const spec = (discriminator: string | undefined, ...lines: string[]): string =>
  [
    "openapi: 3.1.0",
    "info: { title: Shop, version: '1' }",
    ...(discriminator === undefined ? [] : [`x-paygen-webhook-discriminator: ${discriminator}`]),
    "webhooks:",
    ...lines,
  ].join("\n") + "\n";
const pinned = (values: string): string =>
  `{ type: object, properties: { type: { type: string, ${values} } } }`;

describe("webhook discriminator checks", () => {
  it("accepts payloads that each pin the property to their own values", () => {
    expect(
      diagnosticsOf(
        spec(
          "type",
          "  itemCreated:",
          ...payload(pinned("const: item.created")),
          "  itemChanged:",
          ...payload(pinned("enum: [item.updated, item.deleted]")),
          "  ping:",
          "    post: { responses: { '200': { description: No body. } } }",
        ),
      ),
    ).toEqual([]);
  });

  it("checks nothing without x-paygen-webhook-discriminator", () => {
    expect(
      diagnosticsOf(spec(undefined, "  itemCreated:", ...payload("{ type: object }"))),
    ).toEqual([]);
  });

  it("PG137: a payload that does not pin the property", () => {
    expect(
      diagnosticsOf(spec("kind", "  itemCreated:", ...payload(pinned("const: item.created")))),
    ).toEqual([
      '9:39 error PG137: webhook "itemCreated" does not pin `kind` to string values (a `const` or an `enum`)',
    ]);
  });

  it("PG137: a value that belongs to two webhooks, reported at the second", () => {
    expect(
      diagnosticsOf(
        spec(
          "type",
          "  first:",
          ...payload(pinned("enum: [a, b]")),
          "  second:",
          ...payload(pinned("enum: [c, b, a]")),
        ),
      ),
    ).toEqual([
      '15:39 error PG137: `type: b` belongs to both "first" and "second"',
      '15:39 error PG137: `type: a` belongs to both "first" and "second"',
    ]);
  });

  it("follows $refs to path items and request bodies, reporting at the webhook's $ref", () => {
    const lines = [
      "  itemCreated: { $ref: '#/components/pathItems/Created' }",
      "components:",
      "  pathItems:",
      "    Created:",
      "      post:",
      "        requestBody: { $ref: '#/components/requestBodies/Created' }",
      "        responses: { '200': { description: Received. } }",
      "  requestBodies:",
      "    Created:",
      "      content:",
      "        application/json: { schema: { type: object } }",
    ];
    expect(diagnosticsOf(spec("type", ...lines))).toEqual([
      '5:16 error PG137: webhook "itemCreated" does not pin `type` to string values (a `const` or an `enum`)',
    ]);
  });
});
