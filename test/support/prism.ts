import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const prismBin = path.join(repoRoot, "node_modules", ".bin", "prism");

/** A real Prism mock server started from a spec on a free loopback port. */
export interface MockServer {
  url: string;
  /** Everything Prism logged, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export async function startPrism(
  specFile: string,
  options: { dynamic?: boolean } = {},
): Promise<MockServer> {
  const port = await freePort();
  const args = [
    "mock",
    specFile,
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    ...(options.dynamic ? ["--dynamic"] : []),
  ];
  const child = spawn(prismBin, args, {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(
    child,
    () => output.includes("Prism is listening"),
    () => output,
    60_000,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    stop: () => stop(child),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function waitFor(
  child: ChildProcess,
  ready: () => boolean,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`Prism did not start within ${timeoutMs} ms:\n${log()}`)),
      timeoutMs,
    );
    const poll = setInterval(() => ready() && finish(), 50);
    const onExit = (code: number | null): void =>
      finish(new Error(`Prism exited with ${code}:\n${log()}`));
    child.once("exit", onExit);
    function finish(error?: Error): void {
      clearTimeout(timer);
      clearInterval(poll);
      child.off("exit", onExit);
      if (error) {
        child.kill();
        reject(error);
      } else {
        resolve();
      }
    }
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
