import { describe, expect, it } from "vitest";
import { operation, provider } from "../../../test/support/ir-builders.js";
import type { BodyKind, OperationIR, ProviderIR } from "../../ir/index.js";
import { jsLiteral, moduleBindingsIn } from "../escape/index.js";
import { clientSpecValue, operationSpecValue } from "./spec-literal.js";

const clientSpecLiteral = (ir: ProviderIR) => jsLiteral(clientSpecValue(ir));
const operationSpecLiteral = (op: OperationIR) => jsLiteral(operationSpecValue(op));
/** What client.ts imports for the literals: the bindings they name. */
const specBindings = (ir: ProviderIR) =>
  moduleBindingsIn([clientSpecValue(ir), ...ir.operations.map(operationSpecValue)]);

describe("spec literals", () => {
  it("carries x-paygen-retry-statuses into the ClientSpec only when the spec sets it", () => {
    expect(clientSpecLiteral(provider({ retryStatuses: [409] }))).toContain(
      '"retryStatuses":[409]',
    );
    expect(clientSpecLiteral(provider())).not.toContain("retryStatuses");
  });

  it("upper-cases the HTTP method and keeps pagination as the IR has it", () => {
    const pagination = { style: "page", items: "rows", page: "page", hasNext: "has_next" } as const;
    const literal = operationSpecLiteral(operation({ operationId: "listThings", pagination }));
    expect(literal).toContain('"method":"GET"');
    expect(literal).toContain(
      '"pagination":{"style":"page","items":"rows","page":"page","hasNext":"has_next"}',
    );
  });

  const withBody = (operationId: string, mediaType: string, bodyKind: BodyKind) =>
    operation({
      operationId,
      method: "post",
      httpMethod: "post",
      body: { mediaType, bodyKind, mediaTypes: [mediaType], required: true, example: undefined },
    });

  it("names each body's encoder by its kind, and none for JSON, the runtime's default", () => {
    const cases: Array<[string, BodyKind, string | undefined]> = [
      ["application/json", "json", undefined],
      ["application/x-www-form-urlencoded", "form", "encodeForm"],
      ["multipart/form-data", "multipart", "encodeMultipart"],
      ["text/csv", "text", "rawBody"],
      ["application/x-ndjson", "binary", "rawBody"],
    ];
    for (const [mediaType, kind, encoder] of cases) {
      const literal = operationSpecLiteral(withBody("send", mediaType, kind));
      if (encoder) expect(literal).toContain(`"encodeBody":${encoder},`);
      else expect(literal).not.toContain("encodeBody");
    }
  });

  it("lists the bindings its literals name, each once and sorted, so client.ts imports just those", () => {
    const ir = provider({
      operations: [
        withBody("a", "multipart/form-data", "multipart"),
        withBody("b", "application/x-www-form-urlencoded", "form"),
        withBody("c", "application/x-www-form-urlencoded", "form"),
        withBody("d", "application/json", "json"),
      ],
    });
    expect(specBindings(ir)).toEqual(["encodeForm", "encodeMultipart"]);
    expect(specBindings(provider())).toEqual([]);
  });

  it("names the token cache, and the form encoder of a token request, only for a scheme that fetches tokens", () => {
    const bearer = (tokenRequest?: { url: string; clientScheme: string }) =>
      provider({
        securitySchemes: [
          {
            kind: "bearer",
            name: "oauth",
            tokenParts: ["token"],
            separator: "",
            tokenOperation: undefined,
            tokenRequest,
            scopes: [],
          },
        ],
      });
    const fetching = bearer({ url: "https://auth.acme.test/token", clientScheme: "client" });
    expect(clientSpecLiteral(fetching)).toContain('"tokenCache":TokenCache');
    expect(clientSpecLiteral(fetching)).toContain('"encodeBody":encodeForm,');
    expect(specBindings(fetching)).toEqual(["TokenCache", "encodeForm"]);
    expect(clientSpecLiteral(bearer())).not.toContain("tokenCache");
    expect(specBindings(bearer())).toEqual([]);
  });
});
