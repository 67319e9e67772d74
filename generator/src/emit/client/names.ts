import { camelCase, pascalCase } from "../../ir/naming.js";
export { docParagraphs as docComment, propertyKey } from "../escape/index.js";
import type { OperationIR, ProviderIR } from "../../ir/index.js";

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval options body query core"
  ).split(" "),
);

/** A path parameter as a TypeScript parameter name. */
export function argumentName(parameterName: string): string {
  const name = camelCase(parameterName);
  return RESERVED_WORDS.has(name) ? `${name}Param` : name;
}

export function resourceClassName(resource: readonly string[]): string {
  return `${resource.map(pascalCase).join("")}Resource`;
}

export function operationTypeName(
  op: OperationIR,
  suffix: "Body" | "Query" | "Headers" | "Cookies" | "Result",
): string {
  return `${pascalCase(op.operationId)}${suffix}`;
}

/** Whether a name cannot be a parameter or a module-level binding of generated code. */
export function isReservedName(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** The handle standalone operation functions take: `OmiseCore`. */
export function coreTypeName(ir: ProviderIR): string {
  return `${ir.clientName}Core`;
}

/** The function that makes one: `createOmiseCore`. */
export function coreFactoryName(ir: ProviderIR): string {
  return `create${ir.clientName}Core`;
}

export function optionsTypeName(ir: ProviderIR): string {
  return `${ir.clientName}Options`;
}
