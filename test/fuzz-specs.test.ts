import { describe, expect, it } from "vitest";
import { fuzz } from "../scripts/fuzz-specs.mjs";

/**
 * A fixed slice of the mutation fuzzer (seed 1, the first 1,000 cases): every mutated spec passes load →
 * validate → IR or is refused with a located diagnostic, and the 1 in 10 cases run end to end generate a
 * package (exit 0) or exit 1 with a located diagnostic and nothing written. The full run is
 * `node scripts/fuzz-specs.mjs --cases 10000 --seed 1`. The slice costs about 95 s of CPU (a provider
 * spec case 0.5–0.8 s, a fixture case 10–40 ms, a provider spec end to end 1–4 s), spread over two
 * worker threads.
 */
const SLICE = 1000;

describe("mutation fuzzer, fixed slice", () => {
  it(`seed 1, cases 0–${SLICE - 1}: no internal error, hang, unlocated refusal or write on failure`, async () => {
    const summary = await fuzz({
      seed: 1,
      start: 0,
      cases: SLICE,
      endToEndEvery: 10,
      timeoutMs: 60_000,
      jobs: 2,
    });
    expect(summary.failures).toEqual([]);
    expect(summary.cases).toBe(SLICE);
    expect(summary.endToEnd).toBe(100);
    // The mutations are not all fatal, and the slice runs both outcomes end to end too.
    expect(summary.valid).toBeGreaterThan(0);
    expect(summary.refused).toBeGreaterThan(0);
  }, 600_000);
});
