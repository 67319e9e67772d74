import { describe, expect, it } from "vitest";
import { ModuleBinding } from "../escape/index.js";
import { printDeclarations, type ClassDeclaration } from "./declarations.js";

const resource: ClassDeclaration = {
  kind: "class",
  name: "ChargesResource",
  docs: ["Operations on `charges`."],
  properties: [
    { name: "#core", type: "ClientCore" },
    { name: "refunds", type: "ChargesRefundsResource" },
  ],
  constructor: {
    parameters: [{ name: "core", type: "ClientCore" }],
    statements: ["this.#core = core;", "this.refunds = new ChargesRefundsResource(core);"],
  },
  methods: [
    {
      name: "retrieve",
      docs: ["Get a charge.\n\n`GET /charges/{id}`"],
      parameters: [
        { name: "id", type: "string" },
        { name: "options", type: "RequestOptions", hasQuestionToken: true },
      ],
      returnType: "ApiPromise<Charge>",
      statements: [
        "return this.#core.call<Charge>(OPERATIONS.retrieve, { path: { id } }, options);",
      ],
    },
    {
      name: "list",
      parameters: [{ name: "options", type: "RequestOptions", hasQuestionToken: true }],
      returnType: "ApiPromise<ChargeList>",
      statements: ["return this.#core.call<ChargeList>(OPERATIONS.list, {}, options);"],
    },
  ],
};

describe("printDeclarations", () => {
  it("prints a class: readonly properties, then constructor and methods set off by blank lines", () => {
    expect(printDeclarations([resource])).toBe(
      [
        "/** Operations on `charges`. */",
        "export class ChargesResource {",
        "    readonly #core: ClientCore;",
        "    readonly refunds: ChargesRefundsResource;",
        "",
        "    constructor(core: ClientCore) {",
        "        this.#core = core;",
        "        this.refunds = new ChargesRefundsResource(core);",
        "    }",
        "",
        "    /**",
        "     * Get a charge.",
        "     *",
        "     * `GET /charges/{id}`",
        "     */",
        "    retrieve(id: string, options?: RequestOptions): ApiPromise<Charge> {",
        "        return this.#core.call<Charge>(OPERATIONS.retrieve, { path: { id } }, options);",
        "    }",
        "",
        "    list(options?: RequestOptions): ApiPromise<ChargeList> {",
        "        return this.#core.call<ChargeList>(OPERATIONS.list, {}, options);",
        "    }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("separates statements by a line break, and by a blank line around blocks and after a `}`", () => {
    const text = printDeclarations([
      { kind: "import", moduleSpecifier: "@paygen/runtime", namedImports: ["ClientCore"] },
      { kind: "import", moduleSpecifier: "./schema.js", namedImports: ["x"], isTypeOnly: true },
      { kind: "type", name: "A", type: "string", docs: ["One line."] },
      {
        kind: "interface",
        name: "Options",
        extends: ["Base"],
        properties: [
          { name: "shape", type: "{ a: 1 }", hasQuestionToken: true },
          { name: "key", type: "string", docs: ["\nStarts with a line break.\nTwo lines."] },
        ],
      },
      { kind: "interface", name: "Empty", extends: [], properties: [] },
      { kind: "type", name: "B", type: "{ b: 2 }" },
      { kind: "type", name: "C", type: "3" },
      { kind: "const", name: "LIST", value: { a: 1, b: [new ModuleBinding("encodeForm")] } },
      { kind: "const", name: "SPEC", type: "Spec", value: {}, assertion: "as const" },
    ]);
    expect(text).toBe(
      [
        'import { ClientCore } from "@paygen/runtime";',
        'import type { x } from "./schema.js";',
        "/** One line. */",
        "export type A = string;",
        "",
        "export interface Options extends Base {",
        "    shape?: { a: 1 };",
        "    /**",
        "     * Starts with a line break.",
        "     * Two lines.",
        "     */",
        "    key: string;",
        "}",
        "",
        "export interface Empty {",
        "}",
        "",
        "export type B = { b: 2 };",
        "export type C = 3;",
        'const LIST = {"a":1,"b":[encodeForm]};',
        "const SPEC: Spec = {} as const;",
        "",
      ].join("\n"),
    );
  });

  it("does not set off a member whose type ends in `}`: it ends in `;`", () => {
    const text = printDeclarations([
      {
        kind: "interface",
        name: "I",
        extends: [],
        properties: [
          { name: "a", type: "{ x: 1 }" },
          { name: "b", type: "string" },
        ],
      },
    ]);
    expect(text).toBe("export interface I {\n    a: { x: 1 };\n    b: string;\n}\n");
  });
});
