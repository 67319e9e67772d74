import type { BodyKind, OperationIR } from "../../ir/index.js";
import { tsString } from "../escape/index.js";
import type { TypeAlias } from "./declarations.js";
import { docComment, operationTypeName } from "./names.js";

/** `CreateChargeBody`, `ListChargesQuery`, `CreateChargeResult`: named views into openapi-typescript's `operations`. */
export function operationTypeAliases(op: OperationIR): TypeAlias[] {
  const base = `operations[${tsString(op.operationId)}]`;
  const aliases: TypeAlias[] = [];
  const alias = (
    suffix: "Body" | "Query" | "Headers" | "Cookies" | "Result",
    type: string,
    doc: string,
  ): void => {
    aliases.push({
      kind: "type",
      name: operationTypeName(op, suffix),
      type,
      docs: [docComment([doc])],
    });
  };
  if (op.body) {
    alias(
      "Body",
      rawBodyType(op.body.bodyKind) ??
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
  if (op.headerParams.length > 0) {
    alias(
      "Headers",
      `Pick<NonNullable<${base}["parameters"]["header"]>, ${op.headerParams.map((p) => tsString(p.name)).join(" | ")}>`,
      `Header parameters of \`${op.operationId}\` (the client sends idempotency keys and client-level headers itself).`,
    );
  }
  if (op.cookieParams.length > 0) {
    alias(
      "Cookies",
      `NonNullable<${base}["parameters"]["cookie"]>`,
      `Cookie parameters of \`${op.operationId}\`.`,
    );
  }
  alias("Result", resultType(op, base), `Successful response body of \`${op.operationId}\`.`);
  return aliases;
}

function resultType(op: OperationIR, base: string): string {
  const successes = op.responses.filter((response) => response.success);
  if (successes.length === 0) return "unknown";
  const types = successes.map((response) => {
    if (response.mediaType === undefined || response.bodyKind === "none") return "undefined";
    if (response.bodyKind === "text") return "string";
    if (response.bodyKind === "binary") return "Blob";
    const status = /^\d+$/.test(response.status) ? response.status : tsString(response.status);
    return `${base}["responses"][${status}]["content"][${tsString(response.mediaType)}]`;
  });
  return [...new Set(types)].join(" | ");
}

/** What a caller may pass as a body of bytes or text: fetch sends each as it is. */
function rawBodyType(kind: BodyKind): string | undefined {
  if (kind === "binary") return "Blob | ArrayBuffer | Uint8Array | string";
  if (kind === "text") return "string";
  return undefined;
}
