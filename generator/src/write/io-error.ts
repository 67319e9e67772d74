import { describeIoError } from "../util/io-error.js";

/** A file-system failure while writing a package; reported as PG180, never as an internal error. */
export class OutputError extends Error {
  constructor(
    readonly packageDir: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    const at =
      typeof cause.path === "string" && cause.path !== packageDir ? ` at ${cause.path}` : "";
    super(`cannot write the package ${packageDir}: ${describeIoError(cause)}${at}`);
    this.name = "OutputError";
  }
}
