#!/usr/bin/env node
// What a consumer's type-check costs: `tsc --noEmit` of a tiny app making three calls, through the
// paygen package (as published: its .d.ts) vs openapi-typescript's types of the same spec (a .d.ts)
// + openapi-fetch, with skipLibCheck on and off. Cases: Pokepay, our largest provider package, and
// Stripe from ../shared/bench-specs when present. Runs of the two contenders are interleaved, so a
// noisy neighbour slows both alike; prints wall, CPU (user+sys) and peak RSS side by side, with ratios,
// from one run.
//
//   node scripts/bench-typecheck.mjs          (after `pnpm install`; BENCH_RUNS=5 by default)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureAnchors } from "./anchors.mjs";
import { printTable, ratio, runProcess, show, summarize } from "./bench-process.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const anchors = ensureAnchors();
// Under the anchors' folder so that consumers resolve openapi-fetch (an anchor) and @paygen/* (root).
const work = path.join(anchors, ".bench-work", "typecheck");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const paygen = path.join(root, "generator", "bin", "paygen.js");
const oat = path.join(anchors, "node_modules", "openapi-typescript", "bin", "cli.js");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const stripeSpec = path.resolve(root, "../shared/bench-specs/stripe-2022-01-12.json");
const TARGET_RATIO = 1.1;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** Runs a node script once for setup; exits with its output when it fails. */
function setup(what, command, args) {
  const result = spawnSync(process.execPath, [command, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    console.error(`bench-typecheck: ${what} failed\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
}

/** A consumer app: one source file and the tsconfig an application would have. */
function consumer(name, source, skipLibCheck) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "consumer.ts"), source);
  const tsconfig = path.join(dir, `tsconfig.skipLibCheck-${skipLibCheck}.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        types: ["node"],
        noEmit: true,
        skipLibCheck,
      },
      files: ["consumer.ts"],
    }),
  );
  return tsconfig;
}

/** Each case: how to prepare it, then the two consumers' sources (three calls each). */
const cases = [
  {
    name: "Pokepay",
    prepare() {
      setup("building @paygen/pokepay", tsc, ["-b", "packages/pokepay"]);
      const spec = path.join(root, "specs", "pokepay", "partner.yaml");
      setup("openapi-typescript on Pokepay", oat, [spec, "-o", path.join(work, "pokepay.d.ts")]);
    },
    paygen: `import { Pokepay } from "@paygen/pokepay";
const pokepay = new Pokepay({ clientId: "id", clientSecret: "secret", cert: "cert.pem", key: "key.pem" });
export const token = pokepay.transactions.getCpmToken("tok_1");
export const transactions = pokepay.transactions.list({ per_page: 3 });
export const accounts = pokepay.accounts.listForUser("user_1", {});
`,
    oat: `import createClient from "openapi-fetch";
import type { paths } from "../pokepay.js";
const pokepay = createClient<paths>({ baseUrl: "http://127.0.0.1" });
export const token = pokepay.GET("/cpm/{cpm_token}", { params: { path: { cpm_token: "tok_1" } } });
export const transactions = pokepay.GET("/transactions", { body: { per_page: 3 } });
export const accounts = pokepay.GET("/users/{user_id}/accounts", { params: { path: { user_id: "user_1" } }, body: {} });
`,
  },
  {
    name: "Stripe",
    available: existsSync(stripeSpec),
    prepare() {
      const out = path.join(work, "stripe");
      setup("paygen on Stripe", paygen, ["generate", "--spec", stripeSpec, "--out", out]);
      setup("building the Stripe package", tsc, ["-p", path.join(out, "tsconfig.json")]);
      setup("openapi-typescript on Stripe", oat, [
        stripeSpec,
        "-o",
        path.join(work, "stripe.d.ts"),
      ]);
    },
    // The client class is named after the --out folder.
    paygen: `import { Stripe } from "../stripe/dist/index.js";
const stripe = new Stripe({ baseUrl: "http://127.0.0.1" });
export const charges = stripe.charges.get(undefined, { query: { limit: 3 } });
export const charge = stripe.charges.getCharge("ch_1");
export const created = stripe.charges.post({ amount: 100, currency: "jpy" });
`,
    oat: `import createClient from "openapi-fetch";
import type { paths } from "../stripe.js";
const stripe = createClient<paths>({ baseUrl: "http://127.0.0.1" });
export const charges = stripe.GET("/v1/charges", { params: { query: { limit: 3 } } });
export const charge = stripe.GET("/v1/charges/{charge}", { params: { path: { charge: "ch_1" } } });
export const created = stripe.POST("/v1/charges", { body: { amount: 100, currency: "jpy" } });
`,
  },
];

const rows = [];
for (const testCase of cases) {
  if (testCase.available === false) {
    console.log(`(no ${stripeSpec}: the ${testCase.name} case is skipped)`);
    continue;
  }
  testCase.prepare();
  const slug = testCase.name.toLowerCase();
  for (const skipLibCheck of [true, false]) {
    const contenders = {
      paygen: consumer(`${slug}-paygen`, testCase.paygen, skipLibCheck),
      oat: consumer(`${slug}-oat`, testCase.oat, skipLibCheck),
    };
    const samples = { paygen: [], oat: [] };
    // One warm-up each (file cache), then interleaved runs, the starting contender alternating.
    for (const tsconfig of Object.values(contenders)) runProcess(tsc, ["-p", tsconfig]);
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ["paygen", "oat"] : ["oat", "paygen"];
      for (const name of order) samples[name].push(runProcess(tsc, ["-p", contenders[name]]));
    }
    const p = summarize("paygen", samples.paygen);
    const o = summarize("openapi-typescript + openapi-fetch", samples.oat);
    rows.push([`${testCase.name}, skipLibCheck ${skipLibCheck}`, show(p), show(o), ratio(p, o)]);
  }
}

console.log(
  `bench-typecheck: ${runs} interleaved runs per cell, consumer tsc --noEmit (3 calls), wall median (min–max), CPU median (user+sys), peak RSS`,
);
printTable(["case", "paygen", "openapi-typescript + openapi-fetch", "paygen/anchor"], rows);
console.log(`target: paygen ≤ ${TARGET_RATIO}× the anchor (cpu and wall), skipLibCheck on and off`);
