import { describe, expect, it } from "vitest";
import { operation, provider } from "../../../test/support/ir-builders.js";
import { clientSpecLiteral, operationSpecLiteral } from "./spec-literal.js";

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
});
