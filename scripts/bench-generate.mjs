#!/usr/bin/env node
// Benchmark: paygen vs the anchors (openapi-typescript alone, @hey-api/openapi-ts) on the large public
// specs in ../shared/bench-specs, GitHub's (@octokit/openapi) and a 7 KB petstore, and on the four provider
// specs, whole process each (a consumer's type-check is scripts/bench-typecheck.mjs). Prints wall, CPU
// (user+sys: the steadier figure on a shared machine) and peak RSS side by side, with ratios, from one run.
//
//   node scripts/bench-generate.mjs            (after `pnpm install`; BENCH_RUNS=5 by default)
// The cells of a row are measured taking turns, so drift on a shared machine falls on each alike.
//   BENCH_SPECS=<regex> limits the public specs; BENCH_HEY=0 skips @hey-api/openapi-ts.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureAnchors } from "./anchors.mjs";
import {
  measure as measureProcess,
  measureInterleaved,
  printTable,
  ratio,
  show,
} from "./bench-process.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.resolve(root, "../shared/bench-specs");
const anchors = ensureAnchors();
// Under the anchors' folder so that outputs resolve openapi-fetch (an anchor) and @paygen/runtime (root).
const work = path.join(anchors, ".bench-work");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const paygen = path.join(root, "generator", "bin", "paygen.js");
const oat = path.join(anchors, "node_modules", "openapi-typescript", "bin", "cli.js");
const hey = path.join(anchors, "node_modules", "@hey-api", "openapi-ts", "bin", "run.js");

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const measure = (label, command, args, { before, cwd = root } = {}) =>
  measureProcess(label, command, args, { before, cwd, runs });
/** Cells compared in one row are measured taking turns. */
const measureTogether = (...cells) => measureInterleaved(cells, { cwd: root, runs });
const skipped = { failed: "skipped (BENCH_HEY=0)" };
const rows = [];

// 1. Each public spec, cold, whole process: ../shared/bench-specs, then GitHub's and a small one from
// the workspace's dev dependencies.
const only = new RegExp(process.env.BENCH_SPECS ?? ".");
const sharedSpecs = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((n) => /\.(json|ya?ml)$/.test(n))
      .sort()
      .map((n) => path.join(benchDir, n))
  : [];
if (sharedSpecs.length === 0)
  console.log(
    `(no bench specs in ${benchDir}: GitHub, the small spec and the provider specs are measured)`,
  );
const workspaceSpecs = [
  // GitHub's REST spec (@octokit/openapi 22, a dev dependency under the alias octokit-openapi-b).
  path.join(root, "node_modules", "octokit-openapi-b", "generated", "api.github.com.json"),
  path.join(
    root,
    "node_modules",
    "@readme",
    "oas-examples",
    "3.0",
    "json",
    "petstore-expanded.json",
  ),
];
// Dev dependencies of the workspace: a missing one is a broken install, not a row to drop quietly.
for (const file of workspaceSpecs)
  if (!existsSync(file)) throw new Error(`bench spec missing: ${file} (run pnpm install)`);
const publicSpecs = [...sharedSpecs, ...workspaceSpecs].filter((file) =>
  only.test(path.basename(file)),
);
for (const spec of publicSpecs) {
  const name = path.basename(spec);
  const slug = name.replace(/\W+/g, "-");
  const [p, o, h = skipped] = measureTogether(
    {
      label: "paygen",
      command: paygen,
      args: ["generate", "--spec", spec, "--out", path.join(work, "paygen", slug)],
    },
    {
      label: "openapi-typescript",
      command: oat,
      args: [spec, "-o", path.join(work, "oat", `${slug}.ts`)],
    },
    ...(process.env.BENCH_HEY === "0"
      ? []
      : [
          {
            label: "hey-api",
            command: hey,
            args: ["-i", spec, "-o", path.join(work, "hey", slug)],
          },
        ]),
  );
  rows.push([
    `${name} (${Math.round(statSync(spec).size / 1024)} KB)`,
    show(p),
    show(o),
    show(h),
    ratio(p, o),
    ratio(p, h),
  ]);
}

// 2. The four providers: cold regeneration (cache cleared) vs openapi-typescript on the same entry files.
const providers = readdirSync(path.join(root, "specs"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const entries = providers
  .map((id) => {
    const dir = path.join(root, "specs", id);
    const preferred = path.join(dir, "openapi.yaml");
    if (existsSync(preferred)) return preferred;
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .map((n) => path.join(dir, n))
      .find((f) => /^openapi\s*:/m.test(readFileSync(f, "utf8")));
  })
  .filter(Boolean);
const cache = path.join(root, "node_modules", ".cache", "paygen");
if (entries.length > 0) {
  const oatScript = path.join(work, "oat-all.mjs");
  writeFileSync(
    oatScript,
    `import { spawnSync } from "node:child_process";\n${entries.map((e, i) => `spawnSync(process.execPath, [${JSON.stringify(oat)}, ${JSON.stringify(e)}, "-o", ${JSON.stringify(path.join(work, "oat", `provider-${i}.ts`))}], { stdio: "ignore" });`).join("\n")}\n`,
  );
  // The issue's target: all four providers cold against one openapi-typescript run on the largest of them.
  const largestEntry = entries.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  // The floor of that comparison: openapi-typescript's own work on all four specs in one process
  // (its modules loaded once, as paygen's are), written the way its CLI writes them.
  const oatOneProcess = path.join(work, "oat-all-one-process.mjs");
  mkdirSync(path.join(work, "oat"), { recursive: true });
  writeFileSync(
    oatOneProcess,
    [
      `import { writeFileSync } from "node:fs";`,
      `import { pathToFileURL } from "node:url";`,
      `import openapiTS, { astToString } from ${JSON.stringify(pathToFileURL(path.join(anchors, "node_modules", "openapi-typescript", "dist", "index.mjs")).href)};`,
      ...entries.map(
        (e, i) =>
          `writeFileSync(${JSON.stringify(path.join(work, "oat", `provider-one-process-${i}.ts`))}, astToString(await openapiTS(pathToFileURL(${JSON.stringify(e)}))));`,
      ),
    ].join("\n") + "\n",
  );
  const [cold, oatAll, oatLargest, oatInOne] = measureTogether(
    {
      label: "paygen cold",
      command: paygen,
      args: ["generate"],
      before: () => rmSync(cache, { recursive: true, force: true }),
    },
    { label: "openapi-typescript x4", command: oatScript, args: [] },
    {
      label: "openapi-typescript largest",
      command: oat,
      args: [largestEntry, "-o", path.join(work, "oat", "provider-largest.ts")],
    },
    { label: "openapi-typescript x4, one process", command: oatOneProcess, args: [] },
  );
  rows.push([
    `${entries.length} providers, cold`,
    show(cold),
    show(oatAll),
    "",
    ratio(cold, oatAll),
    "",
  ]);
  rows.push([
    `${entries.length} providers, cold vs oat on ${path.relative(root, largestEntry)}`,
    show(cold),
    show(oatLargest),
    "",
    ratio(cold, oatLargest),
    "",
  ]);
  rows.push([
    `${entries.length} providers, cold vs oat on all four in one process`,
    show(cold),
    show(oatInOne),
    "",
    ratio(cold, oatInOne),
    "",
  ]);
  measure("warm-up", paygen, ["generate"]);
  const warm = measure("paygen no-change", paygen, ["generate"]);
  rows.push([`${entries.length} providers, no change`, show(warm), "", "", "", ""]);
}

const header = [
  "case",
  "paygen",
  "openapi-typescript",
  "@hey-api/openapi-ts",
  "paygen/oat",
  "paygen/hey-api",
];
console.log(
  `bench-generate: ${runs} runs per cell, whole process, wall median (min–max), CPU median (user+sys), peak RSS`,
);
printTable(header, rows);
console.log(
  "targets: each spec ≤ 1.25× oat (cpu, wall, mem); 4 providers cold ≤ 1.25× one oat run on the largest; no change ≤ 0.3 s",
);
