#!/usr/bin/env node
// Deterministic mutation fuzzer for `paygen generate --spec`. Each case mutates one file of one spec of
// the corpus (scripts/fuzz/cases.mjs) and is classified by scripts/fuzz/run-case.mjs: load → validate →
// IR for every case, the whole command (emit, format, write) for a fixed 1 in `--end-to-end-every` of
// them. A case passes when it is valid (end to end: exit 0 with the package written) or refused with at
// least one located diagnostic (end to end: exit 1, nothing written). Cases run in reused worker threads
// (`--jobs`, default one per core) with a time and heap limit, so a hang or a heap blow-up is a failure
// of that case, not of the run. Anything else is printed with its seed and case number.
//
//   node scripts/fuzz-specs.mjs --cases 10000 --seed 1 [--start 0] [--end-to-end-every 10] [--jobs N]
//   node scripts/fuzz-specs.mjs --seed 1 --start 537 --cases 1 --end-to-end-every 1 --show   (replay one case)
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, Worker } from "node:worker_threads";
import { buildCase, loadCorpus } from "./fuzz/cases.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORKER_FILE = fileURLToPath(new URL("./fuzz/run-case.mjs", import.meta.url));

/** Sends one case to the worker; a hang, crash or heap blow-up settles it as a failure to restart on. */
function askWorker(worker, job, timeoutMs) {
  return new Promise((resolve) => {
    const onMessage = (value) => settle(value);
    const onError = (error) =>
      settle({ failure: `worker died: ${error.code ?? ""} ${error.message}`, restart: true });
    const onExit = (code) => settle({ failure: `worker exited with ${code}`, restart: true });
    const timer = setTimeout(
      () => settle({ failure: `no answer within ${timeoutMs} ms (hang)`, restart: true }),
      timeoutMs,
    );
    function settle(value) {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      resolve({ index: job.index, ...value });
    }
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(job);
  });
}

/**
 * Runs cases start … start+cases-1 of `seed` in `jobs` worker threads (each restarted after a hang or
 * a crash); a worker takes the next case when it is free, and `onResult` sees the cases in index
 * order. Returns counts and the failures, also in index order.
 */
export async function fuzz({
  seed = 1,
  start = 0,
  cases = 100,
  endToEndEvery = 10,
  timeoutMs = 120_000,
  heapMb = 1536,
  jobs = 1,
  onResult = () => undefined,
} = {}) {
  const summary = { cases: 0, valid: 0, refused: 0, endToEnd: 0, failures: [], milliseconds: 0 };
  const started = performance.now();
  const finished = new Map();
  let nextIndex = start;
  let nextReported = start;
  const report = () => {
    for (let result; (result = finished.get(nextReported)); nextReported++) {
      finished.delete(nextReported);
      summary.cases++;
      if (result.failure) summary.failures.push({ seed, ...result });
      else summary[result.outcome]++;
      if (result.endToEnd) summary.endToEnd++;
      onResult(result);
    }
  };
  const runWorker = async () => {
    let worker;
    try {
      for (let index = nextIndex++; index < start + cases; index = nextIndex++) {
        worker ??= new Worker(WORKER_FILE, {
          workerData: { fuzzWorker: true },
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
          stdout: true,
          stderr: true,
        });
        const result = await askWorker(worker, { seed, index, endToEndEvery }, timeoutMs);
        if (result.restart) {
          await worker.terminate();
          worker = undefined;
          const built = buildCase(loadCorpus(ROOT), seed, index);
          Object.assign(result, { spec: built.spec, file: built.file, mutations: built.mutations });
        }
        finished.set(index, result);
        report();
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, cases)) }, runWorker));
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
      "end-to-end-every": { type: "string", default: "10" },
      "timeout-ms": { type: "string", default: "120000" },
      jobs: { type: "string", default: String(availableParallelism()) },
      show: { type: "boolean", default: false },
    },
  });
  const seed = Number(values.seed);
  if (values.show) {
    const built = buildCase(loadCorpus(ROOT), seed, Number(values.start));
    process.stdout.write(
      `${built.spec}/${built.file} (${built.mutations.join(", ")}):\n${built.files[built.file]}\n`,
    );
  }
  // Running counts, so a run stopped early still reports what it covered.
  const counts = { cases: 0, valid: 0, refused: 0, failures: 0, endToEnd: 0 };
  const started = performance.now();
  const progress = () =>
    `case ${counts.cases}: ${counts.valid} valid, ${counts.refused} refused, ${counts.failures} failures, ${counts.endToEnd} end to end, ${(counts.cases / ((performance.now() - started) / 1000)).toFixed(2)} cases/s`;
  const summary = await fuzz({
    seed,
    start: Number(values.start),
    cases: Number(values.cases),
    endToEndEvery: Number(values["end-to-end-every"]),
    timeoutMs: Number(values["timeout-ms"]),
    jobs: Number(values.jobs),
    onResult: (result) => {
      counts.cases++;
      counts[result.failure ? "failures" : result.outcome]++;
      if (result.endToEnd) counts.endToEnd++;
      if (result.failure)
        process.stdout.write(
          `FAIL seed ${seed} case ${result.index}: ${result.failure} — ${result.spec}/${result.file} [${result.mutations?.join(", ")}]\n${result.stderr ?? ""}\n`,
        );
      else if ((result.index + 1) % 100 === 0) process.stdout.write(`… ${progress()}\n`);
    },
  });
  const seconds = summary.milliseconds / 1000;
  process.stdout.write(
    `fuzz seed ${seed}: ${summary.cases} cases in ${seconds.toFixed(1)} s (${(summary.cases / seconds).toFixed(2)} cases/s) — ${summary.valid} valid, ${summary.refused} refused with a located diagnostic, ${summary.failures.length} failures; ${summary.endToEnd} run end to end\n`,
  );
  process.exitCode = summary.failures.length > 0 ? 1 : 0;
}
