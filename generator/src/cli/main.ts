import { UsageError } from "../diagnostics/index.js";
import { processOutput, type Output } from "./report.js";
import { DIFF_HELP, EXIT, GENERATE_HELP, MAIN_HELP, MOCK_HELP, VALIDATE_HELP } from "./usage.js";

type Command = (argv: string[], output: Output, cwd: string) => Promise<number>;

/**
 * Loaded on demand: a no-change `generate` must not pay for loading the whole pipeline, nor
 * `paygen <command> --help` for loading the command at all.
 */
const COMMANDS: Record<string, { help: string; load: () => Promise<Command> }> = {
  generate: {
    help: GENERATE_HELP,
    load: async () => (await import("./generate.js")).generateCommand,
  },
  validate: {
    help: VALIDATE_HELP,
    load: async () => (await import("./validate.js")).validateCommand,
  },
  diff: { help: DIFF_HELP, load: async () => (await import("./diff.js")).diffCommand },
  mock: { help: MOCK_HELP, load: async () => (await import("./mock.js")).mockCommand },
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
  const entry = COMMANDS[command];
  if (!entry) {
    output.err(`paygen: unknown command "${command}"\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  // Exactly what the command prints for a lone help flag; with other arguments the command parses them.
  if (rest.length === 1 && (rest[0] === "--help" || rest[0] === "-h")) {
    output.out(entry.help);
    return EXIT.ok;
  }
  try {
    const run = await entry.load();
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
    return EXIT.internal;
  }
}
