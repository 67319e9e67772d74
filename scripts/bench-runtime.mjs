#!/usr/bin/env node
// Per-call client overhead with a stub fetch (no network): raw fetch vs bare openapi-fetch vs the
// paygen client core with every feature on (auth, client header, idempotency key, retries armed,
// timeout, hooks). Prints medians of several rounds and the ratios, from one run.
//
//   node scripts/bench-runtime.mjs      (after `pnpm install`, which builds packages/runtime)
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureAnchors } from "./anchors.mjs";
import { ClientCore } from "../packages/runtime/dist/index.js";

const anchorRequire = createRequire(path.join(ensureAnchors(), "package.json"));
const { default: createClient } = await import(pathToFileURL(anchorRequire.resolve("openapi-fetch")).href);

const ROUNDS = 7;
const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const body = { amount: 1000, currency: "jpy", metadata: { order_id: "42" } };
const stubFetch = async () => new Response('{"id":"chrg_1","object":"charge","amount":1000}', { status: 200, headers: { "content-type": "application/json" } });

const openapiFetch = createClient({ baseUrl: "https://api.example.test", fetch: stubFetch });
const spec = {
  provider: "bench",
  servers: [{ url: "https://api.example.test", environment: "production" }],
  securitySchemes: { key: { kind: "basic", username: "secretKey" } },
  clientHeaders: [{ name: "Api-Version", option: "apiVersion" }],
  errorCodeField: "code",
};
const operation = { id: "createCharge", method: "POST", path: "/charges", bodyMediaType: "application/json", security: [["key"]], idempotency: { in: "header", name: "Idempotency-Key" } };
let hookCalls = 0;
const core = new ClientCore(spec, {
  secretKey: "skey_test_bench",
  apiVersion: "2019-05-29",
  fetch: stubFetch,
  maxRetries: 2,
  timeoutMs: 30_000,
  onRequest: () => hookCalls++,
  onResponse: () => hookCalls++,
});

const contenders = {
  "raw fetch": async () => {
    const response = await stubFetch(new Request("https://api.example.test/charges", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    return response.json();
  },
  "openapi-fetch": async () => (await openapiFetch.POST("/charges", { body })).data,
  "paygen core": () => core.request(operation, { body }),
};

async function round(fn) {
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) await fn();
  return ((performance.now() - started) * 1000) / CALLS;
}

for (const fn of Object.values(contenders)) for (let i = 0; i < 2_000; i++) await fn();
const results = {};
for (const [name, fn] of Object.entries(contenders)) results[name] = [];
for (let r = 0; r < ROUNDS; r++) for (const [name, fn] of Object.entries(contenders)) results[name].push(await round(fn));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`bench-runtime: ${CALLS} calls × ${ROUNDS} rounds, median µs per call (stub fetch, no network)`);
const base = median(results["openapi-fetch"]);
for (const [name, values] of Object.entries(results)) {
  console.log(`${name.padEnd(14)} ${median(values).toFixed(2).padStart(8)} µs   ${(median(values) / base).toFixed(2)}× openapi-fetch`);
}
console.log(`target: paygen core ≤ 1.2× openapi-fetch (hooks called ${hookCalls} times)`);
