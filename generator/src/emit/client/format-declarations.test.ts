import { beforeEach, describe, expect, it, vi } from "vitest";
import { ModuleBinding } from "../escape/index.js";
import { formatSource } from "../format.js";
import {
  printDeclarations,
  type Declaration,
  type FunctionDeclaration,
  type MethodDeclaration,
} from "./declarations.js";
import { formatDeclarations } from "./format-declarations.js";

// Counts what still goes through prettier; the oracle's own calls are counted too, so tests reset it.
vi.mock("../format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});
beforeEach(() => {
  vi.mocked(formatSource).mockClear();
});

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

const result = (id: string, status: number) =>
  `${ops(id)}["responses"][${status}]["content"]["application/json"]`;
const pathParameter = (id: string, name: string) => `${ops(id)}["parameters"]["path"]["${name}"]`;

/** Shapes prettier would break, which are written directly in its layout. */
const brokenShapes: Declaration[] = [
  { kind: "type", name: "NextLine", type: `${result("a/b-c-d-e", 200)} | undefined` },
  { kind: "type", name: "MemberLines", type: `${result(long, 200)} | undefined` },
  { kind: "type", name: "Three", type: `${result("a", 200)} | ${result("a", 201)} | undefined` },
  { kind: "type", name: "UndefinedFirst", type: `undefined | ${result(long, 307)}` },
  fn("unbreakableParameters", {
    parameters: [
      { name: "owner", type: pathParameter(`${long}/${long}`, "owner") },
      { name: "repositoryId", type: pathParameter(long, "repository_id"), hasQuestionToken: true },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    statements: [
      `return core.call<R>(OP, { path: { owner: owner, repository_id: repositoryId } }, options);`,
    ],
  }),
  fn("objectArgument", {
    statements: [
      `return core.call<${long}Result>(${long.toUpperCase()}, { path: { owner: owner, repo: repo }, body }, options);`,
    ],
  }),
  fn("nestedObjectArgument", {
    statements: [
      `return core.call<${long}Result>(${long.toUpperCase()}, { path: { owner: owner, repository_id: repositoryId, installation_id: installationId, team_slug: teamSlug }, query }, options);`,
    ],
  }),
  {
    kind: "class",
    name: "Repos",
    docs: ["Operations on `repos`."],
    properties: [{ name: "#core", type: "ClientCore" }],
    constructor: {
      parameters: [{ name: "core", type: "ClientCore" }],
      statements: ["this.#core = core;"],
    },
    methods: [
      method("get", {
        parameters: [
          { name: "owner", type: pathParameter(`${long}/${long}`, "owner") },
          { name: "options", type: "RequestOptions", hasQuestionToken: true },
        ],
        statements: [`return reposGet(this.#core, owner, options);`],
      }),
    ],
  },
];

/** Shapes written directly, near and past the print width, and shapes left to prettier. */
const declarations: Declaration[] = [
  ...brokenShapes,
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
    value: { id: "list", method: "GET", encodeBody: new ModuleBinding("encodeForm") },
    assertion: "as const satisfies OperationSpec",
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
    returnType: `Paginator<ListEveryChargeOfTheAccountResult, NonNullable<NonNullable<ListEveryChargeOfTheAccountResult>["data"]>[number]>`,
    statements: [
      `return paginate<ListEveryChargeOfTheAccountResult, NonNullable<NonNullable<ListEveryChargeOfTheAccountResult>["data"]>[number]>(core, LIST_CHARGES, { query }, options);`,
    ],
  }),
  fn("short", {
    returnType: `Paginator<R, NonNullable<NonNullable<R>["data"]>[number]>`,
    statements: [
      `return paginate<R, NonNullable<NonNullable<R>["data"]>[number]>(core, SHORT, { path: { id: id }, query }, options);`,
    ],
  }),
  // A long union in a parameter, and a name too long for its line: left to prettier.
  fn("unionParameter", {
    parameters: [
      { name: "id", type: `${pathParameter(long, "id")} | undefined` },
      { name: "body", type: "Body" },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
  }),
  fn("longName", {
    statements: [`return core.call<R>(${long.toUpperCase()}${long.toUpperCase()}, {}, options);`],
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
    expect(formatted).toContain("  return paginate<\n    ListEveryChargeOfTheAccountResult,\n");
    expect(formatted).toContain("): Paginator<\n  ListEveryChargeOfTheAccountResult,\n");
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

  it("writes the shapes prettier breaks in its layout without running it", async () => {
    const formatted = await formatDeclarations(brokenShapes);
    expect(vi.mocked(formatSource)).not.toHaveBeenCalled();
    expect(formatted).toBe(await formatSource(printDeclarations(brokenShapes), "typescript"));
    expect(formatted).toContain(`export type MemberLines =\n  | operations[`);
    expect(formatted).toContain(`\n  | undefined;\n`);
    expect(formatted).toContain(`    {\n      path: {\n        owner: owner,\n`);
  });

  it("writes data constants naming module bindings without running prettier", async () => {
    const constants: Declaration[] = [
      {
        kind: "const",
        name: "CREATE_CHARGE",
        value: {
          id: "createCharge",
          method: "POST",
          bodyMediaType: "application/x-www-form-urlencoded",
          encodeBody: new ModuleBinding("encodeForm"),
          security: [["secretKey"]],
        },
        assertion: "as const satisfies OperationSpec",
      },
      {
        kind: "const",
        name: "CLIENT_SPEC",
        type: "ClientSpec",
        value: { provider: "acme", tokenCache: new ModuleBinding("TokenCache") },
      },
    ];
    const formatted = await formatDeclarations(constants);
    expect(vi.mocked(formatSource)).not.toHaveBeenCalled();
    expect(formatted).toBe(await formatSource(printDeclarations(constants), "typescript"));
    expect(formatted).toContain("  encodeBody: encodeForm,\n");
  });
});
