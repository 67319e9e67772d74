import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChargesServer } from "./loopback-server.js";
import {
  packAll,
  publishableDirs,
  run,
  tarballFiles,
  tarballManifest,
  type PackedPackage,
} from "./pack.js";

/**
 * The packages as an application outside the workspace gets them: packed, installed with npm into
 * a folder in the OS temp dir (dependencies other than the tarballs come from the npm registry or
 * its cache), type-checked as ESM (nodenext, bundler) and CommonJS under the strictest options,
 * and run against a loopback server. About a minute (npm installs); `npm test` runs it last, `npm run test:consumer` alone.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const readJson = (file: string): Record<string, any> => JSON.parse(readFileSync(file, "utf8"));
const generatorManifest = readJson(path.join(root, "generator/package.json"));
const runtimeVersion: string = readJson(path.join(root, "packages/runtime/package.json")).version;
const tools = [
  `typescript@${generatorManifest.dependencies.typescript}`,
  `@types/node@${generatorManifest.devDependencies["@types/node"]}`,
];
const NPM_QUIET = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];
const bin = (name: string): string => path.join(root, "node_modules/.bin", name);

describe("packed packages in an application outside the workspace", () => {
  let work: string;
  let packed: PackedPackage[];
  const tarball = (name: string): string => packed.find((p) => p.name === name)!.tarball;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "paygen-consumer-"));
    packed = await packAll(publishableDirs(root), path.join(work, "tarballs"));
    for (const p of packed)
      console.info(
        `${p.name.padEnd(20)} ${(p.bytes / 1024).toFixed(1).padStart(7)} kB  ${path.basename(p.tarball)}`,
      );
  }, 600_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("packs the generator, the runtime and every provider package", () => {
    const providers = publishableDirs(root).map(
      (dir) => readJson(path.join(dir, "package.json")).name,
    );
    expect(packed.map((p) => p.name)).toEqual(providers);
    expect(providers).toEqual(
      expect.arrayContaining(["@paygen/generator", "@paygen/runtime", "@paygen/omise"]),
    );
  });

  it("ships built ESM, declarations and source maps, no tests or fixtures, and installable ranges", async () => {
    for (const p of packed) {
      const files = await tarballFiles(p.tarball);
      expect(files, p.name).toEqual(
        expect.arrayContaining([
          "package.json",
          "README.md",
          "dist/index.js",
          "dist/index.d.ts",
          "dist/index.js.map",
        ]),
      );
      expect(
        files.filter((file) =>
          /\.test\.|(^|\/)(testing|test|__fixtures__|fixtures)\/|tsbuildinfo/.test(file),
        ),
        p.name,
      ).toEqual([]);
      const manifest = await tarballManifest(p.tarball);
      expect(manifest["license"], p.name).toBe("MIT");
      expect(manifest["engines"], p.name).toEqual(generatorManifest.engines);
      expect(manifest["private"], p.name).toBeUndefined();
      const dependencies = (manifest["dependencies"] ?? {}) as Record<string, string>;
      expect(
        Object.values(dependencies).filter((range) => range.startsWith("workspace:")),
        p.name,
      ).toEqual([]);
      if (p.name !== "@paygen/runtime")
        expect(dependencies["@paygen/runtime"], p.name).toBe(`^${runtimeVersion}`);
    }
  });

  it("passes publint (strict) and arethetypeswrong for every tarball", async () => {
    for (const p of packed) {
      await run(bin("publint"), ["--strict", p.tarball]);
      // ESM only: `require()` of these packages is Node's require(esm) (>= 20.19), which attw's
      // TypeScript 5.6 does not model; the CommonJS consumer below proves it instead.
      await run(bin("attw"), [
        p.tarball,
        "--ignore-rules",
        "cjs-resolves-to-esm",
        "--format",
        "ascii",
      ]);
    }
  }, 300_000);

  it("installs with npm, type-checks as ESM (nodenext, bundler) and CommonJS, and runs against a loopback server", async () => {
    const app = path.join(work, "app");
    cpSync(path.join(here, "app"), app, { recursive: true });
    writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify({ name: "paygen-consumer", private: true, type: "module" }),
    );
    const clients = packed.filter((p) => p.name !== "@paygen/generator").map((p) => p.tarball);
    await run("npm", ["install", ...NPM_QUIET, ...clients, ...tools], { cwd: app });
    await run("npx", ["tsc", "-p", "tsconfig.json"], { cwd: app });
    await run("npx", ["tsc", "-p", "tsconfig.bundler.json"], { cwd: app });

    const server = await startChargesServer();
    try {
      const env = { ...process.env, PAYGEN_BASE_URL: server.url };
      const esm = await run(process.execPath, [path.join(app, "out/esm.js")], { cwd: app, env });
      expect(JSON.parse(esm.stdout)).toEqual({
        id: "chrg_created",
        amount: 100_000,
        notFound: "404 not_found",
      });
      const cjs = await run(process.execPath, [path.join(app, "out/cjs.cjs")], { cwd: app, env });
      expect(JSON.parse(cjs.stdout)).toEqual({ id: "chrg_cjs", format: "cjs" });
    } finally {
      await server.close();
    }
    const create = server.requests.find((r) => r.method === "POST");
    expect(create?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(create?.body))).toEqual({
      amount: "100000",
      currency: "thb",
      card: "tokn_test_1",
    });
    expect(create?.authorization).toBe(
      `Basic ${Buffer.from("skey_test_consumer:").toString("base64")}`,
    );
  }, 600_000);

  it("npx paygen from the packed generator writes a --spec package that builds with npm", async () => {
    const tool = path.join(work, "tool");
    mkdirSync(tool);
    writeFileSync(
      path.join(tool, "package.json"),
      JSON.stringify({ name: "paygen-user", private: true }),
    );
    // The runtime is not on the registry yet: its tarball satisfies the generator's range.
    await run(
      "npm",
      ["install", ...NPM_QUIET, tarball("@paygen/generator"), tarball("@paygen/runtime")],
      { cwd: tool },
    );
    const spec = path.join(tool, "minimal.yaml");
    cpSync(path.join(root, "generator/test/fixtures/minimal/openapi.yaml"), spec);
    await run("npx", ["paygen", "generate", "--spec", spec, "--out", "minimal-client"], {
      cwd: tool,
    });

    const out = path.join(tool, "minimal-client");
    const manifest = readJson(path.join(out, "package.json"));
    expect(manifest["name"]).toBe("minimal-shop-client");
    expect(manifest["dependencies"]).toEqual({ "@paygen/runtime": `^${runtimeVersion}` });
    expect(readFileSync(path.join(out, "src/index.ts"), "utf8")).toContain(
      "Generated by paygen from minimal.yaml (sha256 ",
    );
    await run("npm", ["install", ...NPM_QUIET, tarball("@paygen/runtime")], { cwd: out });
    await run("npm", ["run", "build"], { cwd: out });
    expect(existsSync(path.join(out, "dist/index.js"))).toBe(true);
    expect(existsSync(path.join(out, "dist/index.d.ts"))).toBe(true);
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import("./dist/index.js").then((m) => console.log(typeof m.MinimalClient))`,
      ],
      { cwd: out },
    );
    expect(stdout.trim()).toBe("function");
  }, 600_000);
});
