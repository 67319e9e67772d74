import { processOutput, type Output } from "./report.js";
import { EXIT, MAIN_HELP, UsageError } from "./usage.js";

type Command = (argv: string[], output: Output, cwd: string) => Promise<number>;

/** Loaded on demand: a no-change `generate` must not pay for loading the whole pipeline. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import("./generate.js")).generateCommand,
  validate: async () => (await import("./validate.js")).validateCommand,
  diff: async () => (await import("./diff.js")).diffCommand,
  mock: async () => (await import("./mock.js")).mockCommand,
};

/** The `paygen` command line; returns the exit code. User errors never print a stack trace. */
export async function main(
  argv: string[],
  output: Output = processOutput,
  cwd: string = process.cwd(),
): Promise<number> {
  // Understood by every command, and removed before a command parses its own options.
  const noColor = argv.includes("--no-color");
  if (noColor) output = { ...output, noColor };
  const [command, ...rest] = argv.filter((arg) => arg !== "--no-color");
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    output.out(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) {
    output.err(`paygen: unknown command "${command}"\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  try {
    const run = await load();
    return await run(rest, output, cwd);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      output.err(`paygen ${command}: ${(error as Error).message}`);
      return EXIT.usage;
    }
    output.err(`paygen ${command}: internal error: ${(error as Error).message}`);
    if (process.env["PAYGEN_DEBUG"]) output.err(String((error as Error).stack));
    else output.err("  (this is a bug in paygen; set PAYGEN_DEBUG=1 for a stack trace)");
    return EXIT.diagnostics;
  }
}
