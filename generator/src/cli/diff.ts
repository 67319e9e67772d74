import { UsageError } from "../diagnostics/index.js";
import path from "node:path";
import { parseArgs } from "node:util";
import { FORMATS, type FormatName } from "../diff/format/index.js";
import { buildReport, loadComparisons, shouldFail } from "../diff/index.js";
import { LEVELS, type Level } from "../diff/model.js";
import { formatRuleCatalogue } from "../diff/rules/catalogue.js";
import { resolveComparisons } from "../diff/sources.js";
import { findProject } from "../project.js";
import type { DiffReport } from "../diff/report.js";
import { specProblemAnnotations, specProblemLines } from "../diff/spec-problems.js";
import { diagnosticJson, printDiagnostics, printJson, type Output } from "./report.js";
import { escapeControlsKeepingLines, escapeJsonControls } from "./terminal.js";
import { DIFF_HELP, EXIT } from "./usage.js";

export async function diffCommand(argv: string[], output: Output, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean", default: false },
      "fail-on": { type: "string", default: "breaking" },
      consumer: { type: "string" },
      root: { type: "string" },
      rules: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    output.out(DIFF_HELP);
    return EXIT.ok;
  }
  if (values.rules) {
    output.out(formatRuleCatalogue());
    return EXIT.ok;
  }
  if (values.json && values.format !== undefined && values.format !== "json")
    throw new UsageError(`--json and --format ${values.format} contradict each other`);
  const format = values.json ? "json" : (values.format ?? "text");
  if (!(format in FORMATS))
    throw new UsageError(
      `unknown --format "${format}" (one of ${Object.keys(FORMATS).join(", ")})`,
    );
  const failOn = values["fail-on"] as Level;
  if (!LEVELS.includes(failOn))
    throw new UsageError(`unknown --fail-on "${failOn}" (one of ${LEVELS.join(", ")})`);
  const layout = findProject(values.root ? path.resolve(cwd, values.root) : cwd);
  if (values.root && !layout) throw new UsageError(`no specs/ folder at or above ${values.root}`);

  const comparisons = resolveComparisons({
    positionals,
    ...(values.base !== undefined ? { base: values.base } : {}),
    layout,
    cwd,
  });
  const { loaded, fatal, problems } = await loadComparisons(comparisons, {
    layout,
    strict: values.strict,
  });
  if (fatal.length > 0) {
    if (format === "json") {
      printJson(output, {
        diagnostics: fatal.map((d) => ({
          ...diagnosticJson(d, cwd),
          revision: d.source.revision?.name ?? null,
        })),
      });
      return EXIT.unreadable;
    }
    printDiagnostics(output, fatal, cwd, (d) =>
      d.source.revision ? ` (in ${d.source.revision.name})` : "",
    );
    const what = values.strict
      ? "could not be read, parsed or validated (--strict)"
      : "could not be read or parsed";
    output.err(
      `paygen diff: ${fatal.length} error${fatal.length === 1 ? "" : "s"}: an input ${what}; nothing compared`,
    );
    return EXIT.unreadable;
  }
  const report = buildReport(loaded, layout, problems);
  if (values.consumer) {
    // Loaded only here: the check needs the TypeScript compiler and the whole emitter.
    const { checkConsumer } = await import("../diff/consumer.js");
    report.consumer = await checkConsumer({
      tsconfig: path.resolve(cwd, values.consumer),
      loaded,
      report,
      layout,
      cwd,
    });
  }
  const formatted = withSpecProblems(format as FormatName, report, cwd);
  // The formats carry spec text as written; what reaches the terminal must not drive it.
  output.out(
    format === "json" ? escapeJsonControls(formatted) : escapeControlsKeepingLines(formatted),
  );
  return shouldFail(report, failOn) ? EXIT.diagnostics : EXIT.ok;
}

/** The report in `format`, with the specs' validation problems first (JSON carries them as a key). */
function withSpecProblems(format: FormatName, report: DiffReport, cwd: string): string {
  const problems = report.specProblems ?? [];
  const formatted = FORMATS[format](report, cwd);
  if (problems.length === 0 || format === "json") return formatted;
  const lines =
    format === "github"
      ? specProblemAnnotations(problems, cwd)
      : specProblemLines(problems, cwd, format);
  return [...lines, formatted].join("\n");
}
