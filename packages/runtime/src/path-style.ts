import type { OperationSpec } from "./spec.js";

/** How a path parameter is written into the URL (OpenAPI `style` and `explode`). */
export interface PathStyle {
  style: "simple" | "label" | "matrix";
  explode: boolean;
}

/**
 * The operation's path template in the form openapi-fetch's path serializer reads (RFC 6570:
 * `{.id}` label, `{;id}` matrix, `{id*}` exploded), from the styles the spec declares.
 */
export function serializerTemplate(operation: OperationSpec): string {
  const styles = operation.pathStyles;
  if (!styles) return operation.path;
  return operation.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const declared = styles[name];
    if (!declared) return whole;
    const prefix = declared.style === "label" ? "." : declared.style === "matrix" ? ";" : "";
    return `{${prefix}${name}${declared.explode ? "*" : ""}}`;
  });
}
