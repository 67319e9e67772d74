import {
  diagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
} from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";

/** What every check receives: the spec, its OpenAPI version, and a sink for diagnostics. */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly spec: LoadedSpec,
    readonly version: "3.0" | "3.1",
  ) {}

  get document(): Record<string, unknown> {
    return this.spec.document;
  }

  report(
    code: DiagnosticCode,
    message: string,
    pointer: string,
    options: { severity?: Severity; at?: "value" | "key" } = {},
  ): void {
    this.diagnostics.push(
      diagnostic(
        code,
        message,
        this.spec.locate(pointer, options.at ?? "value"),
        options.severity ?? "error",
      ),
    );
  }
}
