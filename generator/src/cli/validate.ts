import path from "node:path";
import { parseArgs } from "node:util";
import { hasErrors } from "../diagnostics/index.js";
import { analyseProvider } from "../pipeline.js";
import { findEntryFile, findProject, listProviders } from "../project.js";
import { printDiagnostics, type Output } from "./report.js";
import { EXIT, UsageError, VALIDATE_HELP } from "./usage.js";

export async function validateCommand(
  argv: string[],
  output: Output,
  cwd: string,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { root: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    output.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const layout = findProject(values.root ? path.resolve(cwd, values.root) : cwd);
  if (!layout)
    throw new UsageError(
      "no specs/ folder here or above; run inside a paygen repository or pass --root",
    );
  const known = listProviders(layout);
  const unknown = positionals.filter((p) => !known.includes(p));
  if (unknown.length > 0)
    throw new UsageError(`unknown provider ${unknown.join(", ")} (known: ${known.join(", ")})`);
  let failed = false;
  for (const id of positionals.length > 0 ? positionals : known) {
    const entry = findEntryFile(layout, id);
    const diagnostics = entry.file
      ? (await analyseProvider({ id, entryFile: entry.file, root: layout.root })).diagnostics
      : entry.diagnostics;
    printDiagnostics(output, diagnostics, cwd);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    output.out(
      `${id.padEnd(10)} ${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} warning${diagnostics.length - errors === 1 ? "" : "s"}`,
    );
    failed ||= hasErrors(diagnostics);
  }
  return failed ? EXIT.diagnostics : EXIT.ok;
}
