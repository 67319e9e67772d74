/**
 * Random integers below `bound`, from a seed: deterministic (a linear congruential generator, its
 * high bits), so a randomized test that fails reproduces from its seed.
 */
export function randomSource(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * bound);
  };
}
