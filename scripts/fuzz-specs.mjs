#!/usr/bin/env node
// Deterministic mutation fuzzer for `paygen generate --spec`. Each case copies one spec of the corpus
// (the four provider specs in specs/*/ and the golden fixture specs in generator/test/fixtures/*/),
// applies one to three seeded mutations (deleted and duplicated keys, swapped types, broken refs,
// payload strings, truncation), and runs the built CLI's main() in a worker thread with a time and heap
// limit. A case passes when it exits 0 with the package written, or exits 1 with at least one located
// diagnostic (file:line:col) and nothing written. Anything else is printed with its seed and case number.
//
//   node scripts/fuzz-specs.mjs --cases 10000 --seed 1 [--start 0] [--timeout-ms 120000]
//   node scripts/fuzz-specs.mjs --seed 1 --start 537 --cases 1 --show     (replay one case)
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import YAML from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOCATED_ERROR = /^\S[^\n]*?:\d+:\d+: error PG\d{3}: /m;
const PAYLOADS = [
  "*/ globalThis.pwned = 1; /*",
  "${globalThis.pwned = 1}",
  "`; globalThis.pwned = 1; `",
  "line one\r\nline two",
  "para\u2028graph\u2029end",
  "</script><script>alert(1)</script>",
  "'\"\\",
  "{{header}}",
  "__proto__",
  "constructor",
  "then",
  "hasOwnProperty",
  "123 starts with a digit",
  "",
  "ü日本語🙂",
];
const SWAP_VALUES = [42, -1.5, "text", true, null, [], {}, [1, "a"], { a: 1 }];
const BROKEN_REFS = [
  "#/components/schemas/Missing",
  "./missing.yaml#/X",
  "#/",
  "#",
  "",
  "#/paths",
  "#/components/schemas/%7B",
  "http://example.test/x.yaml",
  "../../../../etc/hostname",
];
const MUTATIONS = [
  "delete-key",
  "duplicate-key",
  "swap-type",
  "break-ref",
  "payload-value",
  "payload-key",
  "truncate",
];

/** mulberry32: a small seeded PRNG; each case has its own stream so any case replays alone. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const caseSeed = (seed, index) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

/** Every spec folder of the corpus: its YAML files (relative paths) and entry file. */
function loadCorpus() {
  const folders = [
    ...readdirSync(path.join(ROOT, "specs"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(ROOT, "specs", d.name)),
    ...readdirSync(path.join(ROOT, "generator/test/fixtures"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(ROOT, "generator/test/fixtures", d.name)),
  ].sort();
  return folders.map((folder) => {
    const files = listYaml(folder, folder);
    const entry = files.find(
      (file) =>
        !file.includes("/") && /^openapi\s*:/m.test(readFileSync(path.join(folder, file), "utf8")),
    );
    return {
      name: path.relative(ROOT, folder),
      files: Object.fromEntries(
        files.map((file) => [file, readFileSync(path.join(folder, file), "utf8")]),
      ),
      entry,
    };
  });
}

function listYaml(folder, dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "golden" ? [] : listYaml(folder, full);
    return /\.ya?ml$/.test(entry.name)
      ? [path.relative(folder, full).split(path.sep).join("/")]
      : [];
  });
}

/** The case: which spec, which file, which mutations; returns the mutated files and a description. */
export function buildCase(corpus, seed, index) {
  const random = prng(caseSeed(seed, index));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const spec = pick(corpus);
  const file = pick(Object.keys(spec.files));
  const applied = [];
  let text = spec.files[file];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const mutation = pick(MUTATIONS);
    text = mutate(text, mutation, random, pick);
    applied.push(mutation);
  }
  return {
    spec: spec.name,
    entry: spec.entry,
    file,
    mutations: applied,
    files: { ...spec.files, [file]: text },
  };
}

function mutate(text, mutation, random, pick) {
  if (mutation === "truncate") return text.slice(0, Math.floor(random() * text.length));
  if (mutation === "duplicate-key") {
    const lines = text.split("\n");
    const keyed = lines
      .map((line, i) => [line, i])
      .filter(([line]) => /^\s*[A-Za-z_$"'][^:#]*:/.test(line));
    if (keyed.length === 0) return text;
    const [line, at] = pick(keyed);
    lines.splice(at + 1, 0, line.replace(/^(\s*)- /, "$1  "));
    return lines.join("\n");
  }
  let document;
  try {
    document = YAML.parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return text;
  }
  const nodes = [];
  const walk = (value, depth) => {
    if (depth > 60 || value === null || typeof value !== "object") return;
    for (const key of Object.keys(value)) {
      nodes.push({ parent: value, key });
      walk(value[key], depth + 1);
    }
  };
  walk(document, 0);
  if (nodes.length === 0) return text;
  if (mutation === "delete-key") {
    const { parent, key } = pick(nodes);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mutation === "swap-type") {
    const { parent, key } = pick(nodes);
    parent[key] = structuredClone(
      pick(
        SWAP_VALUES.filter(
          (value) =>
            typeof value !== typeof parent[key] ||
            Array.isArray(value) !== Array.isArray(parent[key]),
        ),
      ),
    );
  } else if (mutation === "break-ref") {
    const refs = nodes.filter(
      ({ key, parent }) => key === "$ref" && typeof parent[key] === "string",
    );
    const target =
      refs.length > 0 ? pick(refs) : pick(nodes.filter(({ parent }) => !Array.isArray(parent)));
    if (!target) return text;
    target.parent["$ref"] = pick([...BROKEN_REFS, `${target.parent["$ref"] ?? "#"}/extra`]);
  } else if (mutation === "payload-value") {
    const strings = nodes.filter(({ parent, key }) => typeof parent[key] === "string");
    if (strings.length === 0) return text;
    const { parent, key } = pick(strings);
    parent[key] = random() < 0.5 ? pick(PAYLOADS) : `${parent[key]}${pick(PAYLOADS)}`;
  } else if (mutation === "payload-key") {
    const keyed = nodes.filter(({ parent }) => !Array.isArray(parent));
    const { parent, key } = pick(keyed);
    const value = parent[key];
    delete parent[key];
    Object.defineProperty(parent, pick(PAYLOADS), {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return YAML.stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Runs one case through the CLI's main() and classifies it; inside the worker thread. */
async function runCase(main, corpus, seed, index) {
  const built = buildCase(corpus, seed, index);
  const dir = mkdtempSync(path.join(tmpdir(), "paygen-fuzz-"));
  try {
    for (const [file, text] of Object.entries(built.files)) {
      mkdirSync(path.dirname(path.join(dir, "spec", file)), { recursive: true });
      writeFileSync(path.join(dir, "spec", file), text);
    }
    const out = [];
    const err = [];
    const code = await main(
      ["generate", "--spec", path.join("spec", built.entry), "--out", "out"],
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      dir,
    );
    const stderr = err.join("\n");
    const wrote = readdirSync(dir).filter((name) => name !== "spec");
    let failure;
    if (/internal error/.test(stderr)) failure = "internal error";
    else if (
      code === 0 &&
      !(
        existsSync(path.join(dir, "out/package.json")) &&
        existsSync(path.join(dir, "out/src/generated/client.ts"))
      )
    )
      failure = "exit 0 without a package";
    else if (code === 1 && !LOCATED_ERROR.test(stderr))
      failure = "exit 1 without a located diagnostic";
    else if (code === 1 && wrote.length > 0) failure = `exit 1 but wrote ${wrote.join(", ")}`;
    else if (code !== 0 && code !== 1) failure = `exit ${code}`;
    return {
      index,
      code,
      failure,
      spec: built.spec,
      file: built.file,
      mutations: built.mutations,
      stderr: failure ? stderr.slice(0, 2000) : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!isMainThread && workerData?.fuzzWorker) {
  const { main } = await import(pathToFileURL(path.join(ROOT, "generator/dist/cli/main.js")).href);
  const corpus = loadCorpus();
  parentPort.on("message", async ({ seed, index }) =>
    parentPort.postMessage(await runCase(main, corpus, seed, index)),
  );
}

/**
 * Runs cases start … start+cases-1 of `seed`, one at a time in a worker thread (restarted after a
 * hang or a crash). Returns counts and the failures; `onResult` sees every case as it ends.
 */
export async function fuzz({
  seed = 1,
  start = 0,
  cases = 100,
  timeoutMs = 120_000,
  heapMb = 1536,
  onResult = () => undefined,
} = {}) {
  const summary = { cases: 0, generated: 0, diagnosed: 0, failures: [], milliseconds: 0 };
  const started = performance.now();
  let worker;
  const spawn = () =>
    new Worker(fileURLToPath(import.meta.url), {
      workerData: { fuzzWorker: true },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      stdout: true,
      stderr: true,
    });
  try {
    for (let index = start; index < start + cases; index++) {
      worker ??= spawn();
      const current = worker;
      const result = await new Promise((resolve) => {
        const onMessage = (value) => settle(value);
        const onError = (error) =>
          settle({
            index,
            failure: `worker died: ${error.code ?? ""} ${error.message}`,
            restart: true,
          });
        const onExit = (code) =>
          settle({ index, failure: `worker exited with ${code}`, restart: true });
        const timer = setTimeout(
          () =>
            settle({ index, failure: `no answer within ${timeoutMs} ms (hang)`, restart: true }),
          timeoutMs,
        );
        function settle(value) {
          clearTimeout(timer);
          current.off("message", onMessage).off("error", onError).off("exit", onExit);
          resolve(value);
        }
        current.on("message", onMessage).on("error", onError).on("exit", onExit);
        current.postMessage({ seed, index });
      });
      if (result.restart) {
        await worker.terminate();
        worker = undefined;
        const built = buildCase(loadCorpus(), seed, index);
        Object.assign(result, { spec: built.spec, file: built.file, mutations: built.mutations });
      }
      summary.cases++;
      if (result.failure) summary.failures.push({ seed, ...result });
      else if (result.code === 0) summary.generated++;
      else summary.diagnosed++;
      onResult(result);
    }
  } finally {
    await worker?.terminate();
  }
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}

if (
  isMainThread &&
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      start: { type: "string", default: "0" },
      "timeout-ms": { type: "string", default: "120000" },
      show: { type: "boolean", default: false },
    },
  });
  const seed = Number(values.seed);
  if (values.show) {
    const built = buildCase(loadCorpus(), seed, Number(values.start));
    process.stdout.write(
      `${built.spec}/${built.file} (${built.mutations.join(", ")}):\n${built.files[built.file]}\n`,
    );
  }
  const summary = await fuzz({
    seed,
    start: Number(values.start),
    cases: Number(values.cases),
    timeoutMs: Number(values["timeout-ms"]),
    onResult: (result) => {
      if (result.failure)
        process.stdout.write(
          `FAIL seed ${seed} case ${result.index}: ${result.failure} — ${result.spec}/${result.file} [${result.mutations?.join(", ")}]\n${result.stderr ?? ""}\n`,
        );
      else if ((result.index + 1) % 100 === 0) process.stdout.write(`… case ${result.index + 1}\n`);
    },
  });
  process.stdout.write(
    `fuzz seed ${seed}: ${summary.cases} cases in ${(summary.milliseconds / 1000).toFixed(1)} s — ${summary.generated} generated, ${summary.diagnosed} diagnosed (exit 1, located), ${summary.failures.length} failures\n`,
  );
  process.exitCode = summary.failures.length > 0 ? 1 : 0;
}
