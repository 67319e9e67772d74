#!/usr/bin/env node
// What an application ships: esbuild bundles (minified, then gzip -9) of code that calls Omise's
// charge operations through paygen (the client class, and the standalone functions), bare
// openapi-fetch and @hey-api/openapi-ts, for the node and the browser targets, from one run. Rows:
// one operation, five operations, everything the package exports.
//
//   node scripts/bench-bundle.mjs          (first run installs the anchors into scripts/anchors/)
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ensureAnchors } from "./anchors.mjs";
import { bundleBreakdown } from "./bundle-breakdown.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const anchors = ensureAnchors();
const anchorRequire = createRequire(path.join(anchors, "package.json"));
const esbuild = await import(pathToFileURL(anchorRequire.resolve("esbuild")).href);
const work = path.join(anchors, ".bench-work", "bundle");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const omiseSpec = path.join(root, "specs", "omise", "openapi.yaml");
const TARGET_BYTES = 4096;

// @hey-api's SDK for the same spec, generated once.
const hey = path.join(anchors, "node_modules", "@hey-api", "openapi-ts", "bin", "run.js");
const heyOut = path.join(work, "hey-omise");
const heyRun = spawnSync(process.execPath, [hey, "-i", omiseSpec, "-o", heyOut], {
  encoding: "utf8",
});
const heyOk = heyRun.status === 0;

const ONE = ["retrieve"];
const FIVE = ["retrieve", "list", "create", "capture", "reverse"];
const OPERATION_IDS = {
  retrieve: "retrieveCharge",
  list: "listCharges",
  create: "createCharge",
  capture: "captureCharge",
  reverse: "reverseCharge",
};
const ARGS = {
  retrieve: '"chrg_1"',
  list: "{ limit: 1 }",
  create: '{ amount: 1, currency: "thb" }',
  capture: '"chrg_1"',
  reverse: '"chrg_1"',
};
const FETCH = {
  retrieve: 'c.GET("/charges/{id}", { params: { path: { id: "chrg_1" } } })',
  list: 'c.GET("/charges", { params: { query: { limit: 1 } } })',
  create: 'c.POST("/charges", { body: { amount: 1, currency: "thb" } })',
  capture: 'c.POST("/charges/{id}/capture", { params: { path: { id: "chrg_1" } } })',
  reverse: 'c.POST("/charges/{id}/reverse", { params: { path: { id: "chrg_1" } } })',
};

const entries = {
  "paygen functions": (ops) =>
    ops === "all"
      ? 'export * from "@paygen/omise";'
      : `import { createOmiseCore, ${ops.map((op) => OPERATION_IDS[op]).join(", ")} } from "@paygen/omise";\nconst core = createOmiseCore({ secretKey: "skey_test_x" });\nexport const run = () => [${ops.map((op) => `${OPERATION_IDS[op]}(core, ${ARGS[op]})`).join(", ")}];`,
  paygen: (ops) =>
    ops === "all"
      ? 'export * from "@paygen/omise";'
      : `import { Omise } from "@paygen/omise";\nconst omise = new Omise({ secretKey: "skey_test_x" });\nexport const run = () => [${ops.map((op) => `omise.charges.${op}(${ARGS[op]})`).join(", ")}];`,
  "openapi-fetch": (ops) =>
    ops === "all"
      ? 'export * from "openapi-fetch";'
      : `import createClient from "openapi-fetch";\nconst c = createClient({ baseUrl: "https://api.omise.co" });\nexport const run = () => [${ops.map((op) => FETCH[op]).join(", ")}];`,
  "@hey-api": (ops) =>
    ops === "all"
      ? `export * from ${JSON.stringify(path.join(heyOut, "index.ts"))};`
      : `import { ${ops.map((op) => OPERATION_IDS[op]).join(", ")} } from ${JSON.stringify(path.join(heyOut, "sdk.gen.ts"))};\nexport const run = () => [${ops.map((op) => `${OPERATION_IDS[op]}({ path: { id: "chrg_1" } } as never)`).join(", ")}];`,
};

/** Writes the entry of one case; returns `extra => esbuild.build(…)` for it. */
function bundler(name, ops, platform) {
  const entry = path.join(
    work,
    `${name.replace(/\W/g, "")}-${ops === "all" ? "all" : ops.length}.ts`,
  );
  writeFileSync(entry, entries[name](ops));
  return (extra) =>
    esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "esm",
      platform,
      target: "es2022",
      conditions: ["paygen-source"],
      logLevel: "silent",
      absWorkingDir: root,
      nodePaths: [path.join(anchors, "node_modules"), path.join(root, "node_modules")],
      ...extra,
    });
}

async function size(name, ops, platform) {
  if (name === "@hey-api" && !heyOk) return { failed: "generation failed" };
  try {
    const result = await bundler(name, ops, platform)({ minify: true });
    const code = result.outputFiles[0].contents;
    return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
  } catch (error) {
    return { failed: (error.errors?.[0]?.text ?? String(error)).slice(0, 60) };
  }
}

const show = (r) => (r.failed ? `fails: ${r.failed}` : `${r.gz} B gz (${r.min} B min)`);
const rows = [
  [
    "case",
    "paygen class",
    "paygen functions",
    "openapi-fetch",
    "@hey-api",
    "class/openapi-fetch",
    "functions/openapi-fetch",
    "functions/hey-api",
  ],
];
for (const platform of ["node", "browser"]) {
  for (const [label, ops] of [
    ["1 operation", ONE],
    ["5 operations", FIVE],
    ["everything", "all"],
  ]) {
    const [p, s, f, h] = [
      await size("paygen", ops, platform),
      // Everything the package exports is the same bundle either way.
      ops === "all" ? undefined : await size("paygen functions", ops, platform),
      await size("openapi-fetch", ops, platform),
      await size("@hey-api", ops, platform),
    ];
    const ratio = (a, b) =>
      !a || !b || a.failed || b.failed ? "n/a" : `${(a.gz / b.gz).toFixed(2)}×`;
    rows.push([
      `${platform}, ${label}`,
      show(p),
      s ? show(s) : "(as class)",
      show(f),
      show(h),
      ratio(p, f),
      ratio(s, f),
      ratio(s, h),
    ]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
console.log(
  `target: one operation ≤ ${TARGET_BYTES} B min+gz on both targets; the bundle grows with the operations used`,
);

// The one-operation functions bundle, module by module: what each part of the runtime costs.
const { total, rows: parts } = await bundleBreakdown(
  esbuild,
  bundler("paygen functions", ONE, "browser"),
);
console.log(
  `\nwhere the ${total} B of one operation (functions, browser) go, leave-one-module-out:`,
);
for (const part of parts)
  console.log(
    `${String(part.gz).padStart(6)} B gz  ${String(part.min).padStart(6)} B min  ${part.module}`,
  );
