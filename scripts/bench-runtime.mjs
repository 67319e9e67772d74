#!/usr/bin/env node
// Per-call client overhead with a stub fetch (no network): raw fetch; bare openapi-fetch; the paygen
// client core with a minimal configuration (no auth, no timeout, no retries, no idempotency key, no
// hooks) against it; openapi-fetch sending what the full-featured core sends (its headers and an abort
// signal: the "same wire"); and the paygen client core with every feature on (auth, client header,
// idempotency key, retries armed, timeout, hooks) against both.
// Rounds of the contenders are interleaved (the starting contender rotates), so a noisy neighbour
// slows them all alike; prints min and median µs per call and the ratios against openapi-fetch, from
// one run: wall time, and the process's CPU time (user+sys: the steadier figure on a shared machine,
// where a preempted round's wall time says little).
//
//   node scripts/bench-runtime.mjs      (after `pnpm install`, which builds packages/runtime)
//   BENCH_CALLS=5000 BENCH_ROUNDS=15 node scripts/bench-runtime.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureAnchors } from "./anchors.mjs";
import { ClientCore } from "../packages/runtime/dist/index.js";

const anchorRequire = createRequire(path.join(ensureAnchors(), "package.json"));
// The resolver follows the `require` condition: the CommonJS build, whose module.exports.default is the factory.
const openapiFetchModule = await import(pathToFileURL(anchorRequire.resolve("openapi-fetch")).href);
const createClient = openapiFetchModule.default.default ?? openapiFetchModule.default;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 5_000);
const TARGET_RATIO = 1.15;
const body = { amount: 1000, currency: "jpy", metadata: { order_id: "42" } };
const stubFetch = async () =>
  new Response('{"id":"chrg_1","object":"charge","amount":1000}', {
    status: 200,
    headers: { "content-type": "application/json" },
  });

const openapiFetch = createClient({ baseUrl: "https://api.example.test", fetch: stubFetch });
const spec = {
  provider: "bench",
  servers: [{ url: "https://api.example.test", environment: "production" }],
  securitySchemes: { key: { kind: "basic", username: "secretKey" } },
  clientHeaders: [{ name: "Api-Version", option: "apiVersion" }],
  errorCodeField: "code",
};
const operation = {
  id: "createCharge",
  method: "POST",
  path: "/charges",
  bodyMediaType: "application/json",
  security: [["key"]],
  idempotency: { in: "header", name: "Idempotency-Key" },
};
const minimalOperation = { id: "createCharge", method: "POST", path: "/charges", security: [] };
const minimalCore = new ClientCore(
  { ...spec, securitySchemes: {}, clientHeaders: [] },
  { fetch: stubFetch, maxRetries: 0, timeoutMs: Infinity },
);
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
    const response = await stubFetch(
      new Request("https://api.example.test/charges", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      }),
    );
    return response.json();
  },
  "openapi-fetch": async () => (await openapiFetch.POST("/charges", { body })).data,
  // What the paygen core must send on the wire, done by hand: its four headers (a fresh idempotency
  // key) and an abort signal for the timeout; the floor of the paygen core's design.
  "o-f same wire": async () =>
    (
      await openapiFetch.POST("/charges", {
        body,
        headers: {
          authorization: "Basic c2tleV90ZXN0X2JlbmNoOg==",
          "Api-Version": "2019-05-29",
          "Idempotency-Key": globalThis.crypto.randomUUID(),
        },
        signal: new AbortController().signal,
      })
    ).data,
  "paygen minimal": () => minimalCore.request(minimalOperation, { body }),
  "paygen full": () => core.request(operation, { body }),
};
const names = Object.keys(contenders);

/** One round: wall and CPU µs per call. */
async function round(fn) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) await fn();
  const wall = ((performance.now() - started) * 1000) / CALLS;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / CALLS };
}

for (const fn of Object.values(contenders)) for (let i = 0; i < 2_000; i++) await fn();
const results = {
  wall: Object.fromEntries(names.map((name) => [name, []])),
  cpu: Object.fromEntries(names.map((name) => [name, []])),
};
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(r + k) % names.length];
    const { wall, cpu } = await round(contenders[name]);
    results.wall[name].push(wall);
    results.cpu[name].push(cpu);
  }
}
const sorted = (values) => [...values].sort((a, b) => a - b);
const min = (values) => sorted(values)[0];
const median = (values) => sorted(values)[Math.floor(values.length / 2)];

console.log(
  `bench-runtime: ${CALLS} calls × ${ROUNDS} interleaved rounds, µs per call (stub fetch, no network)`,
);
/** `values` against `base`: the ratio of the minimums and of the medians. */
const ratios = (values, base) =>
  `${(min(values) / min(base)).toFixed(2)}×, ${(median(values) / median(base)).toFixed(2)}×`;
for (const kind of ["wall", "cpu"]) {
  const column = results[kind];
  console.log(
    `${kind.padEnd(15)} ${"min".padStart(8)} ${"median".padStart(8)}   ratio (min, median)`,
  );
  for (const [name, values] of Object.entries(column)) {
    const against = name === "paygen full" ? "o-f same wire" : "openapi-fetch";
    const extra =
      against === "openapi-fetch"
        ? ""
        : `; ${ratios(values, column["openapi-fetch"])} openapi-fetch`;
    console.log(
      `${name.padEnd(15)} ${min(values).toFixed(2).padStart(8)} ${median(values).toFixed(2).padStart(8)}   ${ratios(values, column[against])} ${against}${extra}`,
    );
  }
}
console.log(
  `target: paygen minimal ≤ ${TARGET_RATIO}× openapi-fetch and paygen full ≤ ${TARGET_RATIO}× o-f same wire, min and median (hooks called ${hookCalls} times)`,
);
