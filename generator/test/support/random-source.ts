/**
 * Random integers below `bound`, from a seed: deterministic (a linear congruential generator, its
 * high bits), so a randomized test that fails reproduces from its seed.
 */
export function randomSource(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    // Math.imul keeps the product exact (a plain product passes 2^53 and falls into a short cycle).
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return Math.floor((state / 2 ** 31) * bound);
  };
}
