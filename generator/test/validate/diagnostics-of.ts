import { loadSpecFrom } from "../../src/load/index.js";
import { validateSpec, type ValidateOptions } from "../../src/validate/index.js";

/** validateSpec on one in-memory YAML file, as `line:col severity code: message` lines. */
export function diagnosticsOf(yaml: string, options: ValidateOptions = {}): string[] {
  const { spec, diagnostics } = loadSpecFrom("/spec/openapi.yaml", (file) =>
    file === "/spec/openapi.yaml" ? new TextEncoder().encode(yaml) : undefined,
  );
  if (!spec) throw new Error(`the test spec does not load: ${diagnostics[0]?.message}`);
  return validateSpec(spec, options).map(
    (d) =>
      `${d.location ? `${d.location.line}:${d.location.column} ` : ""}${d.severity} ${d.code}: ${d.message}`,
  );
}

/** A 3.1 document with one operation, `getA` (GET /a), made of `operation` lines; `extra` lines go at the top level. */
export function oneOperation(operation: string[], ...extra: string[]): string {
  return (
    [
      "openapi: 3.1.0",
      "info: { title: Shop, version: '1' }",
      "paths:",
      "  /a:",
      "    get:",
      "      operationId: getA",
      ...operation.map((line) => `      ${line}`),
      ...extra,
    ].join("\n") + "\n"
  );
}
