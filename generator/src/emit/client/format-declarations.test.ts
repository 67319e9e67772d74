import { describe, expect, it } from "vitest";
import { formatSource } from "../format.js";
import {
  printDeclarations,
  type Declaration,
  type FunctionDeclaration,
  type MethodDeclaration,
} from "./declarations.js";
import { formatDeclarations } from "./format-declarations.js";

const long = "VeryLongOperationIdentifierThatKeepsGoingAndGoing";
const ops = (id: string): string => `operations["${id}"]`;

function method(name: string, overrides: Partial<MethodDeclaration> = {}): MethodDeclaration {
  return {
    name,
    docs: ["Summary.\n\n  indented line\n\n`GET /x` (operationId `x`)"],
    parameters: [{ name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `ApiPromise<${name}Result>`,
    statements: [`return ${name}Operation(this.#core, options);`],
    ...overrides,
  };
}

/** A standalone function: what `method` delegates to, with the core first. */
function fn(name: string, overrides: Partial<MethodDeclaration> = {}): FunctionDeclaration {
  const base = method(name, overrides);
  return {
    kind: "function",
    ...base,
    parameters: [{ name: "core", type: "AcmeCore" }, ...base.parameters],
    statements: overrides.statements ?? [
      `return core.call<${name}Result>(${name.toUpperCase()}, {}, options);`,
    ],
  };
}

/** Shapes written directly, near and past the print width, and shapes left to prettier. */
const declarations: Declaration[] = [
  { kind: "import", moduleSpecifier: "@paygen/runtime", namedImports: ["ClientCore", "type A"] },
  { kind: "type", name: "Short", type: `${ops("a")}["responses"][200]`, docs: ["One line."] },
  {
    kind: "type",
    name: `${long}Result`,
    type: `${ops(long)}["responses"][200]["content"]["application/json"]`,
    docs: ["Multi\nline"],
  },
  {
    kind: "type",
    name: `${long}Body`,
    type: `NonNullable<${ops(long)}["requestBody"]>["content"]["application/x-www-form-urlencoded"]`,
  },
  { kind: "type", name: `${long}Query`, type: `NonNullable<${ops(long)}["parameters"]["query"]>` },
  {
    kind: "type",
    name: `${long}Union`,
    type: `${ops(long)}["responses"][200]["content"]["a/b"] | ${ops(long)}["responses"][201]["content"]["a/b"]`,
  },
  { kind: "type", name: "Quoted", type: `${ops("it's")}["x"]` },
  { kind: "type", name: "Numeric", type: `${ops("a")}["responses"][2.0]` },
  {
    kind: "const",
    name: "LIST",
    initializer: '{"id":"list","method":"GET"} as const satisfies OperationSpec',
  },
  fn("list"),
  fn(long, {
    parameters: [
      { name: "id", type: `${ops(long)}["parameters"]["path"]["id"]` },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    statements: [`return core.call<${long}Result>(LONG, { path: { id: id }, body }, options);`],
  }),
  fn("listCharges", {
    parameters: [
      { name: "query", type: "ListChargesQuery", hasQuestionToken: true },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    returnType: `Paginator<ListChargesResult, NonNullable<NonNullable<ListChargesResult>["data"]>[number]>`,
    statements: [
      `return core.paginate<ListChargesResult, NonNullable<NonNullable<ListChargesResult>["data"]>[number]>(LIST_CHARGES, { query }, options);`,
    ],
  }),
  fn("short", {
    returnType: `Paginator<R, NonNullable<NonNullable<R>["data"]>[number]>`,
    statements: [
      `return core.paginate<R, NonNullable<NonNullable<R>["data"]>[number]>(SHORT, { path: { id: id }, query }, options);`,
    ],
  }),
  {
    kind: "interface",
    name: "Options",
    extends: ["ClientOptions<string, never>"],
    properties: [{ name: "apiKey", type: "string | undefined", hasQuestionToken: true }],
  },
  {
    kind: "class",
    name: "ThingsResource",
    docs: ["Operations on `things`."],
    properties: [
      { name: "#core", type: "ClientCore" },
      { name: '"odd-name"', type: "OddResource" },
    ],
    constructor: {
      parameters: [{ name: "core", type: "ClientCore" }],
      statements: ["this.#core = core;", 'this["odd-name"] = new OddResource(core);'],
    },
    methods: [
      method("list"),
      method(long, {
        parameters: [
          { name: "id", type: `${ops(long)}["parameters"]["path"]["id"]` },
          { name: "body", type: `${long}Body`, hasQuestionToken: true },
          {
            name: "options",
            type: `RequestOptions & { query?: ${long}Query }`,
            hasQuestionToken: true,
          },
        ],
        statements: [
          `return veryLongOperationIdentifierThatKeepsGoingAndGoingFunctionCall(this.#core, id, body, options);`,
        ],
      }),
      method("odd", {
        docs: ["Trailing spaces   \nand  \nmore"],
        statements: [`return odd(this.#core, { "a-b": aB }, options);`],
      }),
      method("listCharges", {
        parameters: [
          { name: "query", type: "ListChargesQuery", hasQuestionToken: true },
          { name: "options", type: "RequestOptions", hasQuestionToken: true },
        ],
        returnType: `Paginator<ListChargesResult, NonNullable<NonNullable<ListChargesResult>["data"]>[number]>`,
        statements: [`return listCharges(this.#core, query, options);`],
      }),
      method("short", {
        returnType: `Paginator<R, NonNullable<NonNullable<R>["data"]>[number]>`,
        statements: [`return short(this.#core, id, query, options);`],
      }),
      method("page", {
        returnType: `Paginator<${long}Result, NonNullable<NonNullable<${long}Result>["data"]>[number]>`,
        statements: [`return page(this.#core, options);`],
      }),
    ],
  },
];

describe("formatDeclarations", () => {
  it("writes exactly what prettier makes of printDeclarations", async () => {
    const formatted = await formatDeclarations(declarations);
    expect(formatted).toBe(await formatSource(printDeclarations(declarations), "typescript"));
    // Both paths are taken: shapes written directly and shapes prettier broke.
    expect(formatted).toContain(`export type ${long}Result =\n  operations[`);
    expect(formatted).toContain(`export type ${long}Body = NonNullable<\n  operations[`);
    expect(formatted).toContain(`  return core.call<${long}Result>(\n    LONG,\n`);
    expect(formatted).toContain("  return core.paginate<\n    ListChargesResult,\n");
    expect(formatted).toContain("): Paginator<ListChargesResult, NonNullable<");
    expect(formatted).toContain(
      "    return veryLongOperationIdentifierThatKeepsGoingAndGoingFunctionCall(\n      this.#core,\n      id,\n",
    );
  });

  it("gives each declaration alone the same text as prettier", async () => {
    for (const declaration of declarations)
      expect(await formatDeclarations([declaration])).toBe(
        await formatSource(printDeclarations([declaration]), "typescript"),
      );
  });
});
