import { describe, expect, it } from "vitest";
import { fuzz } from "../scripts/fuzz-specs.mjs";

/**
 * A fixed slice of the mutation fuzzer (seed 1, the first cases): every mutated spec passes load →
 * validate → IR or is refused with a located diagnostic, and the 1 in 10 cases run end to end generate a
 * package (exit 0) or exit 1 with a located diagnostic and nothing written. The full run is
 * `node scripts/fuzz-specs.mjs --cases 10000 --seed 1`. The slice is what fits in about a minute on the
 * shared 2-core CI machine under load: a case of a provider spec costs 1–4 s there (parsing, example
 * checking), one run end to end up to 15 s; a fixture case about 0.1 s.
 */
const SLICE = 80;

describe("mutation fuzzer, fixed slice", () => {
  it(`seed 1, cases 0–${SLICE - 1}: no internal error, hang, unlocated refusal or write on failure`, async () => {
    const summary = await fuzz({
      seed: 1,
      start: 0,
      cases: SLICE,
      endToEndEvery: 10,
      timeoutMs: 60_000,
    });
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(SLICE);
    // The mutations are not all fatal, and the slice runs both outcomes end to end too.
    expect(summary.valid).toBeGreaterThan(0);
    expect(summary.refused).toBeGreaterThan(0);
    expect(summary.endToEnd).toBeGreaterThan(0);
  }, 600_000);
});
