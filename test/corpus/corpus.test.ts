import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../generator/src/cli/main.js";
import {
  benchSpecsPresent,
  corpusSpecs,
  repositoryRoot,
  swagger2Example,
  type CorpusSpec,
} from "./corpus-specs.js";

/**
 * paygen on public specs it was never tuned on: each generates with `--spec` (or is refused with a
 * located diagnostic), every generated package type-checks under strict with zero errors, and a
 * consumer calls generated operations against a loopback server. `PAYGEN_CORPUS=full` (npm run
 * test:corpus) adds api.github.com and ../shared/bench-specs.
 */
const full = process.env["PAYGEN_CORPUS"] === "full";
const specs = corpusSpecs(full);
const tsc = path.join(repositoryRoot, "node_modules", "typescript", "bin", "tsc");
const LOCATED = /^\S+:\d+:\d+: error PG\d{3}: /m;

interface Outcome {
  readonly spec: CorpusSpec;
  readonly code: number;
  readonly output: string;
  readonly ms: number;
  readonly out: string;
}

describe(`the real-world corpus (${specs.length} specs${full ? ", full" : "; PAYGEN_CORPUS=full adds api.github.com"}${full && !benchSpecsPresent ? "; ../shared/bench-specs absent" : ""})`, () => {
  // Inside the repository so that generated packages resolve @paygen/runtime from the workspace.
  mkdirSync(path.join(repositoryRoot, ".paygen-tmp"), { recursive: true });
  const work = mkdtempSync(path.join(repositoryRoot, ".paygen-tmp", "corpus-"));
  const outcomes: Outcome[] = [];
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    for (const spec of specs) {
      const out = path.join(work, spec.name);
      const lines: string[] = [];
      const started = performance.now();
      const code = await main(
        ["generate", "--spec", spec.file, "--out", out],
        { out: (l) => lines.push(l), err: (l) => lines.push(l) },
        repositoryRoot,
      );
      outcomes.push({ spec, code, output: lines.join("\n"), ms: performance.now() - started, out });
    }
    const table = outcomes.map(
      (o) =>
        `${o.code === 0 ? "ok     " : "refused"} ${Math.round(o.ms).toString().padStart(6)} ms  ${o.spec.source}${o.code === 0 ? "" : `\n        ${o.output.split("\n")[0]}`}`,
    );
    console.log(`corpus results:\n${table.join("\n")}`);
  }, 900_000);

  it("generates at least 95 % of the corpus", () => {
    const generated = outcomes.filter((o) => o.code === 0).length;
    expect(outcomes).toHaveLength(specs.length);
    expect(
      generated / specs.length,
      outcomes
        .filter((o) => o.code !== 0)
        .map((o) => `${o.spec.source}: ${o.output.split("\n")[0]}`)
        .join("\n"),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it("refuses a spec only with located diagnostics, never an internal error", () => {
    for (const outcome of outcomes.filter((o) => o.code !== 0)) {
      expect(outcome.code, outcome.spec.source).toBe(1);
      expect(outcome.output, outcome.spec.source).toMatch(LOCATED);
      expect(outcome.output, outcome.spec.source).not.toMatch(/internal error/);
    }
  });

  it(
    "type-checks every generated package under strict with zero errors",
    { timeout: 600_000 },
    async () => {
      const generated = outcomes.filter((o) => o.code === 0);
      expect(generated.length).toBeGreaterThan(0);
      // One compilation over every package: each is checked with the options its own tsconfig sets.
      const tsconfig = path.join(work, "tsconfig.json");
      writeFileSync(
        tsconfig,
        JSON.stringify({
          extends: path.join(generated[0]!.out, "tsconfig.json"),
          compilerOptions: { noEmit: true, rootDir: work },
          include: generated.map((o) => `${o.spec.name}/src/**/*.ts`),
        }),
      );
      const errors = await promisify(execFile)(process.execPath, [tsc, "-p", tsconfig], {
        maxBuffer: 64 << 20,
      }).then(
        () => "",
        (error: { stdout: string }) => error.stdout,
      );
      expect(errors.split("\n").slice(0, 30).join("\n")).toBe("");
    },
  );

  it("refuses a Swagger 2.0 document with a located diagnostic", async () => {
    const lines: string[] = [];
    const code = await main(
      ["generate", "--spec", swagger2Example, "--out", path.join(work, "swagger2")],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      repositoryRoot,
    );
    expect(code).toBe(1);
    expect(lines.join("\n")).toMatch(LOCATED);
  });
});

/**
 * A corpus package generated into a fresh folder (its name starts with `prefix`; a --spec client
 * class is named after the folder) and a loopback server answering with `handle`; both are removed
 * after the suite.
 */
function generatedPackageOnLoopback(
  specName: string,
  prefix: string,
  handle: RequestListener,
): { work: string; baseUrl: string } {
  mkdirSync(path.join(repositoryRoot, ".paygen-tmp"), { recursive: true });
  const consumer = {
    work: mkdtempSync(path.join(repositoryRoot, ".paygen-tmp", prefix)),
    baseUrl: "",
  };
  const server = createServer(handle);
  beforeAll(async () => {
    const spec = specs.find((s) => s.name === specName)!;
    const code = await main(
      ["generate", "--spec", spec.file, "--out", consumer.work],
      { out: () => {}, err: () => {} },
      repositoryRoot,
    );
    expect(code).toBe(0);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    consumer.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(() => {
    server.close();
    rmSync(consumer.work, { recursive: true, force: true });
  });
  return consumer;
}

describe("a consumer of a corpus package (Scalar Galaxy) against a loopback server", () => {
  const seen: string[] = [];
  const consumer = generatedPackageOnLoopback("scalar-galaxy", "galaxy-", (request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.setHeader("content-type", "application/json");
    if (request.url === "/planets/1") response.end(JSON.stringify({ id: 1, name: "Mars" }));
    else
      response.end(
        JSON.stringify({
          data: [{ id: 1, name: "Mars" }],
          meta: { limit: 10, offset: 0, total: 1 },
        }),
      );
  });

  it("calls two operations and gets the server's bodies", async () => {
    const pkg = (await import(path.join(consumer.work, "src", "index.ts"))) as Record<
      string,
      unknown
    >;
    const ClientClass = Object.values(pkg).find(
      (value) =>
        typeof value === "function" &&
        // A class, not the package's `create…Core` function, whose name matches too.
        Function.prototype.toString.call(value).startsWith("class") &&
        /Galaxy|Scalar/.test(value.name),
    ) as
      | (new (options: { baseUrl: string }) => {
          planets: Record<string, (...args: unknown[]) => Promise<unknown>>;
        })
      | undefined;
    expect(ClientClass).toBeDefined();
    const client = new ClientClass!({ baseUrl: consumer.baseUrl });
    // operationId getPlanet under the tag Planets: the resource's own word is dropped.
    const planet = (await client.planets["get"]!(1)) as { name: string };
    expect(planet.name).toBe("Mars");
    const list = (await client.planets["getAllData"]!({ limit: 10 })) as { data: unknown[] };
    expect(list.data).toHaveLength(1);
    expect(seen).toEqual(["GET /planets/1", "GET /planets?limit=10"]);
  });
});

describe("a consumer of a corpus package (parameters-style 3.1) against a loopback server", () => {
  const seen: Array<{ url: string; headers: Record<string, string | string[] | undefined> }> = [];
  const consumer = generatedPackageOnLoopback(
    "readme-3.1-parameters-style",
    "parameters-",
    (request, response) => {
      seen.push({ url: request.url!, headers: request.headers });
      response.setHeader("content-type", "application/json");
      response.end("{}");
    },
  );

  it("sends header, cookie and label-style path parameters as the spec declares them", async () => {
    type Call = (...args: unknown[]) => Promise<unknown>;
    const pkg = (await import(path.join(consumer.work, "src", "index.ts"))) as Record<
      string,
      unknown
    >;
    // The client class is named after the output folder: `parameters-…`.
    const ClientClass = Object.values(pkg).find(
      (value) =>
        typeof value === "function" && /^Parameters/.test((value as { name: string }).name),
    ) as new (options: {
      baseUrl: string;
    }) => Record<"header" | "cookie" | "path", Record<string, Call>>;
    const client = new ClientClass({ baseUrl: consumer.baseUrl });
    await client.header["standard"]!({ header: { primitive: "p1", array: ["a", "b"] } });
    await client.cookie["standard"]!({ cookie: { primitive: "c 1" } });
    await client.path["labelExploded"]!("x", ["a", "b"], { name: "n", description: "d" });
    expect(seen[0]!.headers["primitive"]).toBe("p1");
    expect(seen[0]!.headers["array"]).toBe("a,b");
    expect(seen[1]!.headers["cookie"]).toBe("primitive=c%201");
    expect(seen[2]!.url).toBe("/anything/path/label/.x/.a.b/.name=n.description=d");
  });
});
