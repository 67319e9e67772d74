#!/usr/bin/env node
// Benchmark: `paygen diff` on spec pairs — the Pokepay 0.1.15.1 → 0.1.19 fixtures, two Stripe
// versions from ../shared/bench-specs when present (and Stripe against itself, as YAML vs JSON),
// api.github.com from two @octokit/openapi versions and against itself, and each provider spec
// against itself.
// For each pair: the whole `paygen diff` process (wall time, peak RSS) and, in one warm process,
// the median of load+validate (the parsing anchor every diff pays) and of the diff itself.
//
//   node scripts/bench-diff.mjs               (after install; BENCH_RUNS=5 by default)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const paygen = path.join(root, "generator", "bin", "paygen.js");
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const { loadSpec } = await import(path.join(root, "generator/dist/load/index.js"));
const { validateSpec } = await import(path.join(root, "generator/dist/validate/index.js"));
const { diffSpecs } = await import(path.join(root, "generator/dist/diff/run.js"));

const bench = path.resolve(root, "../shared/bench-specs");
// api.github.com from @octokit/openapi 21.0.0 and 22.0.0 (pinned devDependencies): the largest spec (12 MB).
const github = (alias) => path.join(root, "node_modules", alias, "generated/api.github.com.json");
const stripe = (name) => path.join(bench, name);
const pairs = [
  [
    "pokepay 0.1.15.1 → 0.1.19",
    "test/fixtures/pokepay-0.1.15.1.yaml",
    "test/fixtures/pokepay-0.1.19.yaml",
  ],
  [
    "stripe 2022-01-12 → 2022-02-24",
    stripe("stripe-2022-01-12.json"),
    stripe("stripe-2022-02-24.json"),
  ],
  [
    "stripe 2022-01-12 (no change)",
    stripe("stripe-2022-01-12.json"),
    stripe("stripe-2022-01-12.json"),
  ],
  [
    "stripe 2022-01-12 yaml → json",
    stripe("stripe-2022-01-12.yaml"),
    stripe("stripe-2022-01-12.json"),
  ],
  ["github 21.0.0 → 22.0.0", github("octokit-openapi-a"), github("octokit-openapi-b")],
  ["github 21.0.0 (no change)", github("octokit-openapi-a"), github("octokit-openapi-a")],
  ...[
    "gmo-pg/openapi.yaml",
    "omise/openapi.yaml",
    "pokepay/partner.yaml",
    "univapay/openapi.yaml",
  ].map((spec) => [`${spec.split("/")[0]} (no change)`, `specs/${spec}`, `specs/${spec}`]),
].filter(
  ([, base, revision]) =>
    existsSync(path.resolve(root, base)) && existsSync(path.resolve(root, revision)),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wholeProcess(base, revision) {
  const seconds = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const args = [paygen, "diff", base, revision, "--format", "json", "--fail-on", "info"];
    const result = timeBin
      ? spawnSync(timeBin, ["-f", "%M", process.execPath, ...args], {
          cwd: root,
          encoding: "utf8",
          maxBuffer: 1 << 28,
        })
      : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    seconds.push((performance.now() - started) / 1000);
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`paygen diff failed: ${result.stderr}`);
    if (timeBin) peak = Math.max(peak, Number(result.stderr.trim().split("\n").pop()) / 1024);
  }
  return { seconds: median(seconds), peak };
}

async function warm(base, revision) {
  const parse = [];
  const diff = [];
  let findings = 0;
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    const [a, b] = await Promise.all([
      loadSpec(path.resolve(root, base)),
      loadSpec(path.resolve(root, revision)),
    ]);
    validateSpec(a.spec, { exampleSeverity: "warning", examples: false });
    validateSpec(b.spec, { exampleSeverity: "warning", examples: false });
    const parsed = performance.now();
    findings = diffSpecs(a.spec, b.spec).length;
    if (i > 0) {
      parse.push((parsed - started) / 1000);
      diff.push((performance.now() - parsed) / 1000);
    }
  }
  return { parse: median(parse), diff: median(diff), findings };
}

console.log(`paygen diff benchmark — median of ${runs} runs\n`);
console.log(
  `${"pair".padEnd(32)} ${"process".padStart(9)} ${"peak".padStart(8)} ${"load+validate".padStart(14)} ${"diff".padStart(8)} ${"diff/parse".padStart(10)} ${"findings".padStart(9)}`,
);
for (const [label, base, revision] of pairs) {
  const whole = wholeProcess(base, revision);
  const inProcess = await warm(base, revision);
  console.log(
    `${label.padEnd(32)} ${`${whole.seconds.toFixed(3)} s`.padStart(9)} ${`${Math.round(whole.peak)} MiB`.padStart(8)} ${`${inProcess.parse.toFixed(3)} s`.padStart(14)} ${`${inProcess.diff.toFixed(3)} s`.padStart(8)} ${`${(inProcess.diff / inProcess.parse).toFixed(2)}×`.padStart(10)} ${String(inProcess.findings).padStart(9)}`,
  );
}
console.log(
  "\nTargets: the Pokepay pair in ≤ 0.2 s (warm load+validate+diff); any self-diff ≤ 1.5 s and ≤ 400 MB.",
);
