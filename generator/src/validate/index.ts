import { sortDiagnostics, type Diagnostic, type Severity } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { checkExamples } from "./check-examples.js";
import { checkExtensions } from "./check-extensions.js";
import { checkOperations } from "./check-operations.js";
import { checkRefs } from "./check-refs.js";
import { checkStructure } from "./check-structure.js";
import { CheckContext } from "./context.js";

export { KNOWN_EXTENSIONS } from "./check-extensions.js";
export { operations, type OperationSite } from "./openapi-walk.js";

export interface ValidateOptions {
  /**
   * How an example that contradicts its schema is reported: an error for the specs paygen owns, a
   * warning for third-party specs (a wrong example does not make an OpenAPI document invalid).
   */
  exampleSeverity?: Severity;
  /** Check examples against their schemas (default true); a diff compares contracts, not examples. */
  examples?: boolean;
}

/** OpenAPI structure plus paygen's own rules. Returns diagnostics sorted by location. */
export function validateSpec(spec: LoadedSpec, options: ValidateOptions = {}): Diagnostic[] {
  const openapi = spec.document["openapi"];
  const version = typeof openapi === "string" ? /^3\.(0|1)\.\d+$/.exec(openapi)?.[1] : undefined;
  if (version === undefined) {
    const ctx = new CheckContext(spec, "3.1");
    ctx.report(
      "PG120",
      openapi === undefined ? "missing `openapi` version field" : `unsupported OpenAPI version ${JSON.stringify(openapi)}`,
      openapi === undefined ? "" : "/openapi",
    );
    return ctx.diagnostics;
  }
  const ctx = new CheckContext(spec, version === "0" ? "3.0" : "3.1");
  checkStructure(ctx);
  checkRefs(ctx);
  checkOperations(ctx);
  checkExtensions(ctx);
  // Examples are validated only once the schemas they refer to are known to be sound.
  if (options.examples !== false && !ctx.diagnostics.some((d) => d.severity === "error")) checkExamples(ctx, options.exampleSeverity ?? "error");
  return sortDiagnostics(ctx.diagnostics);
}
