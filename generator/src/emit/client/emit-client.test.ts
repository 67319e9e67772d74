import { describe, expect, it } from "vitest";
import { operation, provider } from "../../../test/support/ir-builders.js";
import { emitClient } from "./emit-client.js";
import { argumentName, docComment, resourceClassName } from "./names.js";
import { resourceTree } from "./resources.js";

describe("client emitter from hand-built IR", () => {
  it("nests resources by their dotted path and wires them from the shared core", () => {
    const text = emitClient(
      provider({
        operations: [
          operation({
            operationId: "listCards",
            resource: ["customers", "cards"],
            method: "list",
            path: "/customers/{id}/cards",
            pathParams: [
              {
                name: "id",
                required: true,
                description: undefined,
                deprecated: false,
                style: undefined,
                explode: undefined,
                example: "<id>",
              },
            ],
          }),
          operation({
            operationId: "getCustomer",
            resource: ["customers"],
            method: "get",
            path: "/customers/{id}",
            pathParams: [
              {
                name: "id",
                required: true,
                description: undefined,
                deprecated: false,
                style: undefined,
                explode: undefined,
                example: "<id>",
              },
            ],
          }),
        ],
      }),
    );
    expect(text).toContain("export class CustomersCardsResource");
    expect(text).toContain("readonly cards: CustomersCardsResource;");
    expect(text).toContain("this.cards = new CustomersCardsResource(core);");
    expect(text).toContain("this.customers = new CustomersResource(core);");
  });

  it.each([
    [
      "a required body",
      operation({
        operationId: "createThing",
        method: "create",
        httpMethod: "post",
        body: {
          required: true,
          mediaType: "application/json",
          mediaTypes: ["application/json"],
          bodyKind: "json",
          example: {},
        },
      }),
      "create(body: CreateThingBody, options?: RequestOptions): ApiPromise<CreateThingResult>",
    ],
    [
      "an optional body",
      operation({
        operationId: "createThing",
        method: "create",
        httpMethod: "post",
        body: {
          required: false,
          mediaType: "application/json",
          mediaTypes: ["application/json"],
          bodyKind: "json",
          example: {},
        },
      }),
      "create(body?: CreateThingBody, options?: RequestOptions)",
    ],
    [
      "optional query parameters",
      operation({
        operationId: "listThings",
        method: "list",
        queryParams: [
          {
            name: "limit",
            required: false,
            description: undefined,
            deprecated: false,
            style: undefined,
            explode: undefined,
            example: "<id>",
          },
        ],
      }),
      "list(query?: ListThingsQuery, options?: RequestOptions)",
    ],
    [
      "a required query parameter",
      operation({
        operationId: "searchThings",
        method: "search",
        queryParams: [
          {
            name: "q",
            required: true,
            description: undefined,
            deprecated: false,
            style: undefined,
            explode: undefined,
            example: "<id>",
          },
        ],
      }),
      "search(query: SearchThingsQuery, options?: RequestOptions)",
    ],
    [
      "a body and a query",
      operation({
        operationId: "importThings",
        method: "import_",
        httpMethod: "post",
        body: {
          required: true,
          mediaType: "text/csv",
          mediaTypes: ["text/csv"],
          bodyKind: "text",
          example: {},
        },
        queryParams: [
          {
            name: "dry_run",
            required: false,
            description: undefined,
            deprecated: false,
            style: undefined,
            explode: undefined,
            example: "<id>",
          },
        ],
      }),
      "import_(body: ImportThingsBody, options?: RequestOptions & { query?: ImportThingsQuery })",
    ],
  ])("signature for %s", (_, op, want) => {
    expect(emitClient(provider({ operations: [op] })).replace(/\s+/g, " ")).toContain(want);
  });

  it("names result types after every success response and marks deprecated operations", () => {
    const text = emitClient(
      provider({
        operations: [
          operation({
            operationId: "pay",
            deprecated: true,
            responses: [
              { status: "201", success: true, mediaType: "application/json", bodyKind: "json" },
              { status: "202", success: true, mediaType: "application/json", bodyKind: "json" },
              { status: "204", success: true, mediaType: undefined, bodyKind: "none" },
              {
                status: "400",
                success: false,
                mediaType: "application/problem+json",
                bodyKind: "json",
              },
            ],
          }),
        ],
      }),
    ).replace(/\s+/g, " ");
    expect(text).toContain(
      'export type PayResult = operations["pay"]["responses"][201]["content"]["application/json"] | operations["pay"]["responses"][202]["content"]["application/json"] | undefined;',
    );
    expect(text).toContain("@deprecated");
  });

  it("types text as string and bytes as Blob, and tells the runtime how to read them", () => {
    const text = emitClient(
      provider({
        operations: [
          operation({
            operationId: "download",
            httpMethod: "post",
            body: {
              required: true,
              mediaType: "application/octet-stream",
              mediaTypes: ["application/octet-stream"],
              bodyKind: "binary",
              example: "",
            },
            responses: [
              { status: "200", success: true, mediaType: "image/png", bodyKind: "binary" },
              { status: "203", success: true, mediaType: "text/csv", bodyKind: "text" },
              { status: "204", success: true, mediaType: undefined, bodyKind: "none" },
            ],
          }),
        ],
      }),
    ).replace(/\s+/g, " ");
    expect(text).toContain("export type DownloadResult = Blob | string | undefined;");
    expect(text).toContain("export type DownloadBody = Blob | ArrayBuffer | Uint8Array | string;");
    expect(text).toContain('"responseBodies":{"200":"binary","203":"text"}');
  });

  it("takes header and cookie parameters, typed, in the options; a required one makes them required", () => {
    const param = (name: string, required: boolean) => ({
      name,
      required,
      description: undefined,
      deprecated: false,
      style: undefined,
      explode: undefined,
      example: "<value>",
    });
    const text = emitClient(
      provider({
        operations: [
          operation({
            operationId: "getFile",
            queryParams: [param("q", false)],
            headerParams: [param("X-Request-Trace", true)],
            cookieParams: [param("session", false)],
          }),
        ],
      }),
    ).replace(/\s+/g, " ");
    expect(text).toContain(
      'export type GetFileHeaders = Pick<NonNullable<operations["getFile"]["parameters"]["header"]>, "X-Request-Trace">;',
    );
    expect(text).toContain(
      'export type GetFileCookies = NonNullable<operations["getFile"]["parameters"]["cookie"]>;',
    );
    expect(text).toContain(
      "get(query: GetFileQuery | undefined, options: RequestOptions & { header: GetFileHeaders; cookie?: GetFileCookies })",
    );
  });

  it("passes idempotency, servers and security to the runtime as data", () => {
    const text = emitClient(
      provider({
        operations: [
          operation({
            operationId: "issueToken",
            httpMethod: "post",
            security: [["password"]],
            servers: [
              { url: "https://auth.acme.test", environment: "production", description: undefined },
            ],
            idempotency: { in: "header", name: "Idempotency-Key" },
          }),
        ],
      }),
    ).replace(/\s+/g, " ");
    expect(text).toContain(
      '"security":[["password"]],"servers":[{"url":"https://auth.acme.test","environment":"production"}],"idempotency":{"in":"header","name":"Idempotency-Key"}',
    );
  });
});

describe("client headers with a default", () => {
  const header = (value: string | undefined) => ({
    name: "Shop-Version",
    option: "apiVersion",
    description: undefined,
    example: undefined,
    default: value,
  });

  it("falls back to the spec's default when the option is not set", () => {
    const text = emitClient(provider({ clientHeaders: [header("2019-05-29")] })).replace(
      /\s+/g,
      " ",
    );
    expect(text).toContain(
      'const configured: AcmeOptions = { ...options, apiVersion: options.apiVersion ?? "2019-05-29" };',
    );
    expect(text).toContain("new ClientCore(CLIENT_SPEC, configured)");
    expect(text).toContain(
      "Sent as the `Shop-Version` header on every request (default `2019-05-29`).",
    );
  });

  it("passes the options through unchanged when no header has a default", () => {
    const text = emitClient(provider({ clientHeaders: [header(undefined)] })).replace(/\s+/g, " ");
    expect(text).toContain("new ClientCore(CLIENT_SPEC, options)");
  });
});

describe("emitter naming", () => {
  it.each([
    ["charge_id", "chargeId"],
    ["id", "id"],
    ["class", "classParam"],
    ["default", "defaultParam"],
    ["2fa-code", "_2faCode"],
  ])("path parameter %s → argument %s", (given, want) => {
    expect(argumentName(given)).toBe(want);
  });

  it("joins resource paths into class names", () => {
    expect(resourceClassName(["disputes", "documents"])).toBe("DisputesDocumentsResource");
  });

  it("cannot be closed early by a */ in a description", () => {
    expect(docComment(["ends */ here", undefined, ""])).toBe("ends *\\/ here");
  });

  it("keeps spec order in the resource tree", () => {
    const tree = resourceTree([
      operation({ operationId: "b", resource: ["zeta"] }),
      operation({ operationId: "a", resource: ["alpha"] }),
    ]);
    expect([...tree.children.keys()]).toEqual(["zeta", "alpha"]);
  });

  it("emits each operation once, as a descriptor and a function the resource method calls", () => {
    const text = emitClient(
      provider({
        operations: [
          operation({ operationId: "listThings", method: "list" }),
          operation({ operationId: "getThing", method: "get", path: "/things/{id}" }),
        ],
      }),
    );
    expect(text).not.toContain("OPERATIONS");
    expect(text.match(/id: "getThing"|"id":"getThing"/g)).toHaveLength(1);
    expect(text).toContain("const GET_THING = {");
    expect(text).toContain(
      "export function getThing(core: AcmeCore, options?: RequestOptions): ApiPromise<GetThingResult> {",
    );
    expect(text).toContain("return core.call<GetThingResult>(GET_THING, {}, options);");
    expect(text).toContain("return getThing(this.#core, options);");
    expect(text).toContain("export type AcmeCore = ClientCore;");
    expect(text).toContain("export function createAcmeCore(options: AcmeOptions = {}): AcmeCore {");
    expect(text).toContain("const core = createAcmeCore(options);");
    // Only a client over a custom transport carries the transport adapter.
    expect(text).not.toContain("sendThrough");
  });

  it("hands a transport's options to the core factory, which the class shares", () => {
    const text = emitClient(
      provider({
        transport: {
          module: "../transport/index.js",
          exportName: "acmeTransport",
          options: [],
          loader: undefined,
        },
      }),
    );
    expect(text).toContain("export function createAcmeCore(options: AcmeOptions): AcmeCore {");
    expect(text).toContain(
      "return new ClientCore(CLIENT_SPEC, options, sendThrough(createTransport(options)));",
    );
    expect(text).toContain("import { ClientCore, sendThrough, type ApiError,");
  });
});
