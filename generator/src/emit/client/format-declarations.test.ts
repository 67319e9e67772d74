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

/** A name of `width` columns starting with `prefix`. */
const pad = (prefix: string, width: number): string =>
  `${prefix}${"X".repeat(Math.max(0, width - prefix.length))}`;

/** Widths around the print width: each layout is checked just fitting and just not. */
const around = (from: number): number[] => Array.from({ length: 8 }, (_, i) => from + i);

/** Each shape at every width, written without prettier, and equal to what prettier makes of it. */
async function expectNative(shapes: Declaration[]): Promise<string> {
  const formatted = await formatDeclarations(shapes);
  expect(vi.mocked(formatSource)).not.toHaveBeenCalled();
  expect(formatted).toBe(await formatSource(printDeclarations(shapes), "typescript"));
  return formatted;
}

/** Shapes left to prettier: still its text, through the batch. */
async function expectDeclined(shapes: Declaration[]): Promise<void> {
  for (const shape of shapes) {
    vi.mocked(formatSource).mockClear();
    const formatted = await formatDeclarations([shape]);
    expect(vi.mocked(formatSource), JSON.stringify(shape)).toHaveBeenCalledTimes(1);
    expect(formatted).toBe(await formatSource(printDeclarations([shape]), "typescript"));
  }
}

describe("imports", () => {
  const runtime = (width: number, isTypeOnly = false): Declaration => ({
    kind: "import",
    moduleSpecifier: "@paygen/runtime",
    namedImports: ["ClientCore", isTypeOnly ? "ApiError" : "type ApiError", pad("Name", width)],
    ...(isTypeOnly ? { isTypeOnly } : {}),
  });

  it("stay on one line while they fit, else put one name per line", async () => {
    // `import { ClientCore, type ApiError, … } from "@paygen/runtime";` is 62 columns without it.
    const shapes = around(34).flatMap((width) => [runtime(width), runtime(width, true)]);
    const formatted = await expectNative(shapes);
    expect(formatted).toContain(`import { ClientCore, type ApiError, ${pad("Name", 37)} } from`);
    expect(formatted).toContain(
      `import {\n  ClientCore,\n  type ApiError,\n  ${pad("Name", 39)},\n}`,
    );
    expect(formatted).toContain(`import type {\n  ClientCore,\n`);
  });

  it("naming one binding never break", async () => {
    const formatted = await expectNative([
      {
        kind: "import",
        moduleSpecifier: "../transport/index.js",
        namedImports: [`${pad("create", 80)} as createTransport`],
      },
    ]);
    expect(formatted.split("\n")[0]!.length).toBeGreaterThan(100);
  });

  it("that prettier might rewrite are left to it", async () => {
    await expectDeclined([
      { kind: "import", moduleSpecifier: "it's", namedImports: ["a", "b"] },
      { kind: "import", moduleSpecifier: "x", namedImports: [] },
      { kind: "import", moduleSpecifier: 'a"b', namedImports: ["a"] },
    ]);
  });
});

describe("the options interface", () => {
  const options = (width: number, schemes: string, members = 1): Declaration => ({
    kind: "interface",
    name: pad("Options", width),
    extends: [`ClientOptions<${pad("Env", width)}, ${schemes}>`],
    docs: ["Options of the client."],
    properties: Array.from({ length: members }, (_, i) => ({
      name: `key${i}`,
      type: "string | undefined",
      hasQuestionToken: true,
      docs: [`HTTP Basic user name for \`key${i}\`.`, "Two\nlines"],
    })),
  });

  it("keeps its head on one line while it fits, else breaks the base's type arguments", async () => {
    // `export interface  extends ClientOptions<, "a" | "b"> {` is 53 columns.
    const shapes = around(21).flatMap((width) => [
      options(width, '"a" | "b"'),
      options(width, '"a" | "b"', 0),
      options(width + 4, "never"),
    ]);
    const formatted = await expectNative(shapes);
    expect(formatted).toContain(
      `export interface ${pad("Options", 23)} extends ClientOptions<${pad("Env", 23)}, "a" | "b"> {\n`,
    );
    expect(formatted).toContain(
      `export interface ${pad("Options", 24)} extends ClientOptions<\n  ${pad("Env", 24)},\n`,
    );
    expect(formatted).toContain(`  "a" | "b"\n> {}\n`);
    expect(formatted).toContain(`  "a" | "b"\n> {\n  /** HTTP Basic user name for \`key0\`. */\n`);
    expect(formatted).toContain(`> {}\n`);
  });

  it("breaks its type arguments however long its name", async () => {
    await expectNative([options(90, '"serverToken" | "browserToken"', 2)]);
  });

  it("is left to prettier when a member or argument needs more than that", async () => {
    const quoted = options(10, "never");
    if (quoted.kind === "interface") quoted.properties[0]!.name = '"api-key"';
    const long = options(10, "never");
    if (long.kind === "interface") long.properties[0]!.name = pad("key", 96);
    await expectDeclined([
      quoted,
      long,
      // A union too long for its line breaks inside the type arguments.
      options(10, Array.from({ length: 8 }, (_, i) => `"scheme${i}Name"`).join(" | ")),
      { kind: "interface", name: "Plain", extends: [], properties: [] },
      { kind: "interface", name: "Two", extends: ["A", "B"], properties: [] },
    ]);
  });
});

describe("generic type aliases", () => {
  const alias = (name: string, type: string): Declaration => ({ kind: "type", name, type });
  const schema = (width: number) => `components["schemas"]["${pad("Problem", width)}"]["title"]`;

  it("break their type arguments one per line when they do not fit", async () => {
    // `export type ErrorCode = Extract<NonNullable<components["schemas"][""]["title"]>, string>;`
    const shapes = around(10).flatMap((width) => [
      alias("ErrorCode", `Extract<NonNullable<${schema(width)}>, string>`),
      alias("Headers", `Pick<NonNullable<${schema(width + 6)}>, "x-trace id">`),
      alias("Body", `NonNullable<${schema(width + 4)}>["content"]["application/json"]`),
    ]);
    const formatted = await expectNative(shapes);
    expect(formatted).toContain(
      `export type ErrorCode = Extract<NonNullable<${schema(11)}>, string>;`,
    );
    expect(formatted).toContain(
      `export type ErrorCode = Extract<\n  NonNullable<${schema(12)}>,\n`,
    );
    expect(formatted).toContain(`>,\n  "x-trace id"\n>;\n`);
    expect(formatted).toContain(`export type Body = NonNullable<\n  components[`);
  });

  it("break an argument that does not fit its own line the same way", async () => {
    const formatted = await expectNative(
      around(80).map((width) => alias("Code", `Extract<NonNullable<${schema(width)}>, string>`)),
    );
    expect(formatted).toContain(`export type Code = Extract<\n  NonNullable<\n    components[`);
  });

  it("are left to prettier in shapes whose layout is not worked out", async () => {
    await expectDeclined([
      // A lone name argument is never broken; a long head moves below `=`.
      alias("Hugged", `NonNullable<${pad("Name", 100)}>`),
      alias(pad("Name", 90), `Extract<NonNullable<${schema(10)}>, string>`),
      alias(
        "Union",
        `Extract<${Array.from({ length: 9 }, (_, i) => `"code${i}Value"`).join(" | ")}, string>`,
      ),
      alias("Quoted", `Extract<NonNullable<${schema(40)}>, 'a'>`),
      alias("Wide", `Extract<NonNullable<${schema(30)}>, "é">`),
      alias("Object", `Extract<NonNullable<${schema(40)}>, { a: string }>`),
    ]);
  });
});

describe("paginate calls whose type arguments break", () => {
  const paginated = (width: number): FunctionDeclaration => {
    const result = pad("ListChargesResult", 40);
    return fn("listCharges", {
      parameters: [
        { name: "id", type: `${ops("listCharges")}["parameters"]["path"]["id"]` },
        { name: "query", type: "ListChargesQuery", hasQuestionToken: true },
        { name: "options", type: "RequestOptions", hasQuestionToken: true },
      ],
      returnType: `Paginator<${result}, NonNullable<NonNullable<${result}>["items"]>[number]>`,
      statements: [
        `return paginate<${result}, NonNullable<NonNullable<${result}>["items"]>[number]>(core, ${pad("LIST", width)}, { path: { id: id }, query }, options);`,
      ],
    });
  };

  it("keep the call's arguments on one line while they fit, else one per line", async () => {
    // `  >(core, , { path: { id: id }, query }, options);` is 50 columns.
    const formatted = await expectNative(around(47).map(paginated));
    expect(formatted).toContain(
      `  >(core, ${pad("LIST", 50)}, { path: { id: id }, query }, options);`,
    );
    expect(formatted).toContain(`  >(\n    core,\n    ${pad("LIST", 51)},\n    { path:`);
  });
});

describe("names too long for their line", () => {
  const factory = (width: number): FunctionDeclaration => ({
    kind: "function",
    name: pad("create", width),
    parameters: [{ name: "options", type: pad("Options", width), initializer: "{}" }],
    returnType: pad("Core", width),
    statements: ["return new ClientCore(CLIENT_SPEC, options);"],
  });

  it("break a signature returning a plain name like one returning ApiPromise<Name>", async () => {
    // `export function (options:  = {}):  {` is 37 columns.
    const formatted = await expectNative(around(19).map(factory));
    expect(formatted).toContain(`export function ${pad("create", 21)}(options: `);
    expect(formatted).toContain(`export function ${pad("create", 22)}(\n  options: `);
  });

  it("leave a class property whose type cannot break on its line", async () => {
    const resources = pad("resource", 60);
    const formatted = await expectNative([
      {
        kind: "class",
        name: "Client",
        properties: [{ name: resources, type: pad("Resource", 60) }],
        constructor: { parameters: [], statements: [`this.${resources} = new R(core);`] },
        methods: [],
      },
    ]);
    expect(formatted).toContain(`  readonly ${resources}: ${pad("Resource", 60)};\n`);
  });
});

describe("lines with accented letters", () => {
  // 98 columns as prettier counts them, 104 with every non-ASCII character counted as two: the
  // conservative count says they do not fit, so only prettier can say whether to break them.
  const accented = (length: number) => `${"é".repeat(6)}${"x".repeat(length)}`;

  it("near the print width are left to prettier, which keeps them whole", async () => {
    const alias: Declaration = {
      kind: "type",
      name: "Accented",
      type: `components["schemas"]["${accented(43)}"]`,
    };
    const signature = fn("f", { parameters: [{ name: "value", type: `T["${accented(22)}"]` }] });
    expect(printDeclarations([alias])).toContain(`${"x".repeat(43)}"];`);
    await expectDeclined([alias, signature]);
    const formatted = await formatDeclarations([alias, signature]);
    expect(formatted).toContain(`export type Accented = components["schemas"]["${accented(43)}"];`);
    expect(formatted).toContain(`export function f(core: AcmeCore, value: T["${accented(22)}"]): `);
  });
});
