import { describe, expect, it } from "vitest";
import { operation, provider } from "../../../test/support/ir-builders.js";
import { operationBindings } from "./function-names.js";

const pathParam = (name: string) => ({
  name,
  required: true,
  description: undefined,
  deprecated: false,
  style: undefined,
  explode: undefined,
  example: "x",
});

function names(...operations: ReturnType<typeof operation>[]): string[][] {
  const bindings = operationBindings(provider({ operations }));
  return operations.map((op) => [bindings.get(op)!.function, bindings.get(op)!.descriptor]);
}

describe("operationBindings", () => {
  it("names the function as the type aliases are named, and its descriptor in constant case", () => {
    expect(names(operation({ operationId: "retrieveCharge" }))).toEqual([
      ["retrieveCharge", "RETRIEVE_CHARGE"],
    ]);
    expect(names(operation({ operationId: "get-class.by_default" }))).toEqual([
      ["getClassByDefault", "GET_CLASS_BY_DEFAULT"],
    ]);
  });

  it("moves a reserved word, a name already in the module and a shadowing parameter aside", () => {
    expect(
      names(
        operation({ operationId: "delete" }),
        operation({ operationId: "then" }),
        operation({ operationId: "createAcmeCore" }),
        operation({ operationId: "operations" }),
        operation({ operationId: "paginate" }),
        operation({ operationId: "encodeForm" }),
        operation({ operationId: "rawBody" }),
        operation({ operationId: "clientSpec" }),
        operation({ operationId: "lookup", pathParams: [pathParam("item_id")] }),
        operation({ operationId: "itemId" }),
      ),
    ).toEqual([
      ["deleteOperation", "DELETE_OPERATION"],
      ["thenOperation", "THEN_OPERATION"],
      ["createAcmeCoreOperation", "CREATE_ACME_CORE_OPERATION"],
      ["operationsOperation", "OPERATIONS_OPERATION"],
      ["paginateOperation", "PAGINATE_OPERATION"],
      ["encodeFormOperation", "ENCODE_FORM_OPERATION"],
      ["rawBodyOperation", "RAW_BODY_OPERATION"],
      ["clientSpec", "CLIENT_SPEC_2"],
      ["lookup", "LOOKUP"],
      ["itemIdOperation", "ITEM_ID_OPERATION"],
    ]);
  });

  it("gives operationIds that read alike distinct names, first come first served", () => {
    expect(
      names(
        operation({ operationId: "get-item" }),
        operation({ operationId: "getItem" }),
        operation({ operationId: "get_item" }),
      ),
    ).toEqual([
      ["getItem", "GET_ITEM"],
      ["getItemOperation", "GET_ITEM_OPERATION"],
      ["getItemOperation2", "GET_ITEM_OPERATION2"],
    ]);
  });
});
