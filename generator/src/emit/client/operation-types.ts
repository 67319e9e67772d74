import type { TypeAliasDeclarationStructure } from "ts-morph";
import { StructureKind } from "ts-morph";
import type { OperationIR } from "../../ir/index.js";
import { tsString } from "../escape/index.js";
import { docComment, operationTypeName } from "./names.js";

/** `CreateChargeBody`, `ListChargesQuery`, `CreateChargeResult`: named views into openapi-typescript's `operations`. */
export function operationTypeAliases(op: OperationIR): TypeAliasDeclarationStructure[] {
  const base = `operations[${tsString(op.operationId)}]`;
  const aliases: TypeAliasDeclarationStructure[] = [];
  const alias = (suffix: "Body" | "Query" | "Result", type: string, doc: string): void => {
    aliases.push({
      kind: StructureKind.TypeAlias,
      name: operationTypeName(op, suffix),
      isExported: true,
      type,
      docs: [docComment([doc])],
    });
  };
  if (op.body) {
    alias(
      "Body",
      `NonNullable<${base}["requestBody"]>["content"][${tsString(op.body.mediaType)}]`,
      `Request body of \`${op.operationId}\`.`,
    );
  }
  if (op.queryParams.length > 0) {
    alias(
      "Query",
      `NonNullable<${base}["parameters"]["query"]>`,
      `Query parameters of \`${op.operationId}\`.`,
    );
  }
  alias("Result", resultType(op, base), `Successful response body of \`${op.operationId}\`.`);
  return aliases;
}

function resultType(op: OperationIR, base: string): string {
  const successes = op.responses.filter((response) => response.success);
  if (successes.length === 0) return "unknown";
  const types = successes.map((response) => {
    if (response.mediaType === undefined) return "undefined";
    const status = /^\d+$/.test(response.status) ? response.status : tsString(response.status);
    return `${base}["responses"][${status}]["content"][${tsString(response.mediaType)}]`;
  });
  return [...new Set(types)].join(" | ");
}
