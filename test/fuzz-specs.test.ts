import { describe, expect, it } from "vitest";
import { fuzz } from "../scripts/fuzz-specs.mjs";

/**
 * A fixed slice of the mutation fuzzer (seed 1, the first cases): every mutated spec either generates
 * a package or fails with a located diagnostic and writes nothing. The full run is
 * `node scripts/fuzz-specs.mjs --cases 10000 --seed 1`. The slice is small because a case costs about
 * 1.5 s on the shared 2-core CI machine.
 */
const SLICE = 40;

describe("mutation fuzzer, fixed slice", () => {
  it(`seed 1, cases 0–${SLICE - 1}: no internal error, hang, unlocated failure or write on failure`, async () => {
    const summary = await fuzz({ seed: 1, start: 0, cases: SLICE, timeoutMs: 60_000 });
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(SLICE);
    // The mutations are not all fatal: the slice exercises both outcomes.
    expect(summary.valid).toBeGreaterThan(0);
    expect(summary.refused).toBeGreaterThan(0);
  }, 600_000);
});
