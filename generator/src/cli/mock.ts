import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasErrors, UsageError } from "../diagnostics/index.js";
import { analyseProvider } from "../pipeline.js";
import { findEntryFile, findProject, listProviders } from "../project.js";
import { printDiagnostics, type Output } from "./report.js";
import { EXIT, MOCK_HELP } from "./usage.js";

const HOST = "127.0.0.1";
const DEFAULT_PORT = 4010;
const READY_LINE = "Prism is listening";

/**
 * `paygen mock <provider|spec>`: serves the spec's examples on loopback with Prism, which checks every
 * request against the spec (an invalid one gets the operation's 400 response, or 422), until SIGINT or SIGTERM.
 */
export async function mockCommand(argv: string[], output: Output, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    output.out(MOCK_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("name one provider or spec file");
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, got ${JSON.stringify(values.port)}`);

  const target = positionals[0]!;
  const specFile = await resolveSpec(target, values.root, output, cwd);
  if (!specFile) return EXIT.diagnostics;
  const prism = findPrism(values.root ? path.resolve(cwd, values.root) : cwd);
  return serve(prism, specFile, port, target, output);
}

/** A provider's validated entry file, or a spec file as given; undefined after printing why not. */
async function resolveSpec(
  target: string,
  root: string | undefined,
  output: Output,
  cwd: string,
): Promise<string | undefined> {
  const asFile = path.resolve(cwd, target);
  if (/\.(ya?ml|json)$/i.test(target)) {
    if (!existsSync(asFile)) throw new UsageError(`no spec file ${target}`);
    return asFile;
  }
  const layout = findProject(root ? path.resolve(cwd, root) : cwd);
  if (!layout)
    throw new UsageError(
      "no specs/ folder here or above; run inside a paygen repository, pass --root, or name a spec file",
    );
  const known = listProviders(layout);
  if (!known.includes(target))
    throw new UsageError(`unknown provider ${target} (known: ${known.join(", ")})`);
  const entry = findEntryFile(layout, target);
  const diagnostics = entry.file
    ? (await analyseProvider({ id: target, entryFile: entry.file, root: layout.root })).diagnostics
    : entry.diagnostics;
  printDiagnostics(output, diagnostics, cwd);
  return hasErrors(diagnostics) ? undefined : entry.file;
}

/** Prism's command-line entry, resolved from the project (it is a devDependency there, not of paygen). */
function findPrism(from: string): string {
  const require = createRequire(path.join(from, "noop.js"));
  let manifest: string;
  try {
    manifest = require.resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new UsageError(
      "Prism is not installed here: add it with `npm install --save-dev @stoplight/prism-cli@5.14`",
    );
  }
  const bin = (
    JSON.parse(readFileSync(manifest, "utf8")) as { bin?: string | Record<string, string> }
  ).bin;
  const relative = typeof bin === "string" ? bin : bin?.["prism"];
  if (!relative) throw new UsageError(`${manifest} names no prism executable`);
  return path.join(path.dirname(manifest), relative);
}

function serve(
  prism: string,
  specFile: string,
  port: number,
  name: string,
  output: Output,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [prism, "mock", specFile, "--host", HOST, "--port", String(port)],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, FORCE_COLOR: "0" },
      },
    );
    let log = "";
    let ready = false;
    let stopping = false;
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (!ready && log.includes(READY_LINE)) {
        ready = true;
        const address = /listening on (http:\/\/\S+)/.exec(log)?.[1] ?? `http://${HOST}:${port}`;
        output.out(
          `paygen mock: ${name} on ${address} (requests are validated against the spec; Ctrl-C stops)`,
        );
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    const stop = (): void => {
      stopping = true;
      child.kill("SIGTERM");
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    child.once("exit", (code) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      if (stopping) return resolve(EXIT.ok);
      output.err(
        `paygen mock: Prism stopped (exit ${code ?? "by signal"})${ready ? "" : " before it was listening"}:\n${log.trim()}`,
      );
      resolve(EXIT.diagnostics);
    });
  });
}
