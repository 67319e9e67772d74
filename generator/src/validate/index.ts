import {
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
} from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { checkExamples } from "./check-examples.js";
import { checkExtensions } from "./check-extensions.js";
import { checkOperations } from "./check-operations.js";
import { checkRefs } from "./check-refs.js";
import { checkStructure } from "./check-structure.js";
import { checkWebhooks } from "./check-webhooks.js";
import { CheckContext } from "./context.js";
import { applyProfile, type Profile } from "./profile.js";

export { applyProfile, profileFor, type Profile } from "./profile.js";

export interface ValidateOptions {
  /** `house` (default) for the specs paygen owns, `openapi` for third-party specs. */
  profile?: Profile;
  /** Codes held to their house severity even under the openapi profile (`--strict-examples`: PG140). */
  asHouse?: ReadonlySet<DiagnosticCode>;
  /** Check examples against their schemas (default true); a diff compares contracts, not examples. */
  examples?: boolean;
}

/** OpenAPI structure plus paygen's own rules, as the profile treats them. Sorted by location, one per location. */
export function validateSpec(spec: LoadedSpec, options: ValidateOptions = {}): Diagnostic[] {
  const profile = options.profile ?? "house";
  const openapi = spec.document["openapi"];
  const version = typeof openapi === "string" ? /^3\.(0|1)\.\d+$/.exec(openapi)?.[1] : undefined;
  if (version === undefined) {
    const ctx = new CheckContext(spec, "3.1");
    const swagger = spec.document["swagger"];
    if (openapi === undefined && swagger !== undefined) {
      ctx.report(
        "PG195",
        `Swagger ${typeof swagger === "string" ? swagger : JSON.stringify(swagger)} is not supported; convert it to OpenAPI 3 first (e.g. with swagger2openapi)`,
        "/swagger",
      );
    } else {
      ctx.report(
        "PG120",
        openapi === undefined
          ? "missing `openapi` version field"
          : `unsupported OpenAPI version ${JSON.stringify(openapi)}`,
        openapi === undefined ? "" : "/openapi",
      );
    }
    return ctx.diagnostics;
  }
  const ctx = new CheckContext(spec, version === "0" ? "3.0" : "3.1");
  checkStructure(ctx);
  checkRefs(ctx);
  checkOperations(ctx);
  checkExtensions(ctx);
  checkWebhooks(ctx);
  const asReported = (): Diagnostic[] => applyProfile(ctx.diagnostics, profile, options.asHouse);
  // Examples are validated only once the schemas they refer to are known to be sound.
  if (options.examples !== false && !hasErrors(asReported())) checkExamples(ctx);
  return sortDiagnostics(unique(asReported()));
}

/**
 * One diagnostic per location and message: a node the bundler placed at several pointers (an external
 * file `$ref`'d from many places) is still one place in what the user wrote.
 */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : "";
    const key = `${d.code}\0${d.severity}\0${where}\0${d.message}`;
    if (!seen.has(key)) seen.set(key, d);
  }
  return [...seen.values()];
}
