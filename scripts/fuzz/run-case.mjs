// One fuzz case, run in the watchdog worker thread (scripts/fuzz-specs.mjs). Every case runs load →
// validate → IR in-process on exactly the source `paygen generate --spec … --out …` would build; the
// cases `endToEnd` selects also run that command through the built CLI's main() — emit, format and write
// included — which is where nearly all of a case's time goes. Every case is classified:
//   valid      load → validate → IR succeeded (end-to-end: exit 0 with the package written)
//   refused    at least one located `file:line:col: error PGxxx` (end-to-end: exit 1, nothing written)
//   failure    anything else: an internal error, an unlocated refusal, a write on failure, a disagreement,
//              generated TypeScript that prettier would change
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
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { buildCase, caseSeed, loadCorpus } from "./cases.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LOCATED_ERROR = /^\S[^\n]*?:\d+:\d+: error PG\d{3}: /m;
const CLI_INTERNAL_ERROR = /^paygen \w+: internal error: /m;

/** Whether case `index` also runs end to end: a fixed 1 in `every` of the cases, by the case's own seed. */
export const runsEndToEnd = (seed, index, every) =>
  every > 0 && caseSeed(seed, index) % every === 0;

async function loadGenerator() {
  const dist = (file) => import(pathToFileURL(path.join(ROOT, "generator/dist", file)).href);
  const [
    { main },
    { resolveTargets },
    { analyseProvider },
    { formatDiagnostic, hasErrors },
    { formatSource },
  ] = await Promise.all([
    dist("cli/main.js"),
    dist("cli/generate.js"),
    dist("pipeline.js"),
    dist("diagnostics/index.js"),
    dist("emit/format.js"),
  ]);
  return { main, resolveTargets, analyseProvider, formatDiagnostic, hasErrors, formatSource };
}

/** load → validate → IR as `generate` runs it; a throw is what the CLI reports as an internal error. */
async function analyse(generator, argv, dir) {
  const targets = generator.resolveTargets({ spec: argv.spec, out: argv.out }, [], dir);
  try {
    const run = await generator.analyseProvider(targets.sources[0]);
    const stderr = run.diagnostics.map((d) => generator.formatDiagnostic(d, dir)).join("\n");
    const valid = run.ir !== undefined && !generator.hasErrors(run.diagnostics);
    return { valid, stderr };
  } catch (error) {
    return { valid: false, thrown: true, stderr: String(error?.stack ?? error) };
  }
}

/** The CLI's own run; `wrote` lists what appeared in the case folder beside the spec. */
async function generate(generator, argv, dir) {
  const err = [];
  const code = await generator.main(
    ["generate", "--spec", argv.spec, "--out", argv.out],
    { out: () => undefined, err: (line) => err.push(line) },
    dir,
  );
  const wrote = readdirSync(dir).filter((name) => name !== "spec");
  const packaged =
    existsSync(path.join(dir, argv.out, "package.json")) &&
    existsSync(path.join(dir, argv.out, "src/generated/client.ts"));
  const unformatted = packaged ? await unformattedFiles(generator, path.join(dir, argv.out)) : [];
  return { code, stderr: err.join("\n"), wrote, packaged, unformatted };
}

/** Generated TypeScript that prettier (with the generator's options) would change: most of it is written in prettier's layout directly. */
async function unformattedFiles(generator, packageDir) {
  const generated = path.join(packageDir, "src/generated");
  const changed = [];
  for (const name of readdirSync(generated).filter((file) => file.endsWith(".ts"))) {
    const text = readFileSync(path.join(generated, name), "utf8");
    if ((await generator.formatSource(text, "typescript")) !== text) changed.push(name);
  }
  return changed;
}

function analysisFailure({ valid, thrown, stderr }) {
  if (thrown) return "internal error";
  if (!valid && !LOCATED_ERROR.test(stderr)) return "refused without a located diagnostic";
  return undefined;
}

function generateFailure({ code, stderr, wrote, packaged, unformatted }, analysedValid) {
  if (CLI_INTERNAL_ERROR.test(stderr)) return "internal error";
  if (unformatted.length > 0) return `not in prettier's layout: ${unformatted.join(", ")}`;
  if (code === 0 && !packaged) return "exit 0 without a package";
  if (code === 0 && !analysedValid) return "exit 0 although load → validate → IR refused the spec";
  if (code === 1 && !LOCATED_ERROR.test(stderr)) return "exit 1 without a located diagnostic";
  if (code === 1 && wrote.length > 0) return `exit 1 but wrote ${wrote.join(", ")}`;
  if (code !== 0 && code !== 1) return `exit ${code}`;
  return undefined;
}

/** Runs and classifies case `index` of `seed`. */
export async function runCase(generator, corpus, { seed, index, endToEndEvery }) {
  const built = buildCase(corpus, seed, index);
  const dir = mkdtempSync(path.join(tmpdir(), "paygen-fuzz-"));
  const argv = { spec: path.join("spec", built.entry), out: "out" };
  const describe = { index, spec: built.spec, file: built.file, mutations: built.mutations };
  try {
    for (const [file, text] of Object.entries(built.files)) {
      mkdirSync(path.dirname(path.join(dir, "spec", file)), { recursive: true });
      writeFileSync(path.join(dir, "spec", file), text);
    }
    const analysed = await analyse(generator, argv, dir);
    const failure = analysisFailure(analysed);
    if (failure) return { ...describe, failure, stderr: analysed.stderr.slice(0, 2000) };
    if (!runsEndToEnd(seed, index, endToEndEvery))
      return { ...describe, outcome: analysed.valid ? "valid" : "refused", endToEnd: false };
    const generated = await generate(generator, argv, dir);
    const generatedFailure = generateFailure(generated, analysed.valid);
    if (generatedFailure)
      return { ...describe, failure: generatedFailure, stderr: generated.stderr.slice(0, 2000) };
    return { ...describe, outcome: generated.code === 0 ? "valid" : "refused", endToEnd: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!isMainThread && workerData?.fuzzWorker) {
  const generator = await loadGenerator();
  const corpus = loadCorpus(ROOT);
  parentPort.on("message", async (job) =>
    parentPort.postMessage(await runCase(generator, corpus, job)),
  );
}
