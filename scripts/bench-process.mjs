// Whole-process measurements shared by the benchmarks: one timed run of a node script (wall, and with
// /usr/bin/time its CPU and peak RSS), the summary of several runs, and the cells and ratios of the
// side-by-side tables.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** One run of `node command …args`: wall seconds, CPU seconds (user+sys, with children) and peak RSS in MiB, or why it failed. */
export function runProcess(command, args, { cwd } = {}) {
  const started = performance.now();
  const options = { cwd, encoding: "utf8", maxBuffer: 1 << 28 };
  const result = timeBin
    ? spawnSync(timeBin, ["-f", "%U %S %M", process.execPath, command, ...args], options)
    : spawnSync(process.execPath, [command, ...args], options);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    return { failed: (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" | ") };
  if (!timeBin) return { seconds };
  const [user, system, maxKiB] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { seconds, cpu: user + system, peak: maxKiB / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median/min/max wall seconds, median CPU seconds and the highest peak RSS of several runs; the first failure wins. */
export function summarize(label, samples) {
  const failure = samples.find((sample) => sample.failed);
  if (failure) return { label, failed: failure.failed };
  const seconds = samples.map((sample) => sample.seconds).sort((a, b) => a - b);
  const cpu = samples.filter((sample) => sample.cpu !== undefined).map((sample) => sample.cpu);
  return {
    label,
    median: median(seconds),
    min: seconds[0],
    max: seconds.at(-1),
    cpu: cpu.length ? median(cpu) : undefined,
    peak: Math.max(0, ...samples.map((sample) => sample.peak ?? 0)),
  };
}

/** Runs a command `runs` times in a row and summarizes; stops at the first failure. */
export function measure(label, command, args, { before, cwd, runs }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const sample = runProcess(command, args, { cwd });
    samples.push(sample);
    if (sample.failed) break;
  }
  return summarize(label, samples);
}

/**
 * Runs each cell `runs` times, taking turns (a, b, c, a, b, c, …) so that drift on a shared machine
 * falls on every cell alike, and summarizes each; a failed cell stops running, the others go on.
 */
export function measureInterleaved(cells, { cwd, runs }) {
  const samples = cells.map(() => []);
  for (let i = 0; i < runs; i++)
    cells.forEach((cell, c) => {
      if (samples[c].some((sample) => sample.failed)) return;
      cell.before?.();
      samples[c].push(runProcess(cell.command, cell.args, { cwd }));
    });
  return cells.map((cell, c) => summarize(cell.label, samples[c]));
}

/** A table cell: wall median (min–max), CPU median, peak RSS. */
export const show = (m) =>
  m.failed
    ? `failed: ${m.failed.slice(0, 60)}`
    : `${m.median.toFixed(2)} s (${m.min.toFixed(2)}–${m.max.toFixed(2)})${m.cpu === undefined ? "" : ` cpu ${m.cpu.toFixed(2)} s`}${m.peak ? ` ${Math.round(m.peak)} MiB` : ""}`;

/** `a` over the anchor `b`: CPU, wall and peak memory (CPU and memory need /usr/bin/time). */
export const ratio = (a, b) => {
  if (a.failed || b.failed) return "n/a";
  const parts = [];
  if (a.cpu !== undefined && b.cpu) parts.push(`cpu ${(a.cpu / b.cpu).toFixed(2)}×`);
  parts.push(`wall ${(a.median / b.median).toFixed(2)}×`);
  if (a.peak && b.peak) parts.push(`mem ${(a.peak / b.peak).toFixed(2)}×`);
  return parts.join(" ");
};

/** Prints rows under a header, each column padded to its widest cell. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
