import { ConfigurationError } from "./errors.js";

/** Default cap of one response body, counted after decompression. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** Default per-attempt timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** `timeoutMs` of a client or a call that waits as long as the caller's signal allows. */
export const NO_TIMEOUT = Infinity;
/** Node's timers fire after about 1 ms for any delay of 2^31 ms or more: such a limit is refused. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** More retries than this only multiplies load on a provider that is down. */
export const MAX_RETRIES_LIMIT = 100;
/** Same-origin redirects followed before giving up. */
export const MAX_REDIRECTS = 5;
/**
 * Nested schema steps (`$ref` hops included) the shape check takes before refusing a value: it
 * bounds the stack a caller-supplied body can make the check use, whatever the stack size.
 */
export const MAX_SHAPE_DEPTH = 256;

interface Range {
  min: number;
  max: number;
  integer: boolean;
}

/** Every numeric option, with the range it must fall in (one definition for the client, per call and the INI files). */
export const NUMERIC_OPTIONS = {
  timeoutMs: { min: 1, max: MAX_TIMER_MS, integer: false },
  maxRetries: { min: 0, max: MAX_RETRIES_LIMIT, integer: true },
  baseDelayMs: { min: 0, max: MAX_TIMER_MS, integer: false },
  maxDelayMs: { min: 0, max: MAX_TIMER_MS, integer: false },
  maxResponseBytes: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  maxPages: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
} satisfies Record<string, Range>;

export type NumericOption = keyof typeof NUMERIC_OPTIONS;

/** Why `value` is not acceptable for the option, or undefined when it is (or is not given). */
export function numericProblem(name: NumericOption, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const range: Range = NUMERIC_OPTIONS[name];
  const kind = range.integer ? "a whole number" : "a number";
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    (range.integer && !Number.isInteger(value)) ||
    value < range.min ||
    value > range.max
  ) {
    return `${name} must be ${kind} from ${range.min} to ${range.max}`;
  }
  return undefined;
}

/** Throws `ConfigurationError` for the first numeric option out of range; the message names the option and the range. */
export function checkNumericOptions(
  options: Partial<Record<NumericOption, unknown>>,
  where = "",
): void {
  for (const name of Object.keys(NUMERIC_OPTIONS) as NumericOption[]) {
    // Only the client core can switch its timeout off; a transport's limits (Pokepay's) stay finite.
    if (name === "timeoutMs" && options[name] === NO_TIMEOUT) continue;
    const problem = numericProblem(name, options[name]);
    if (problem) throw new ConfigurationError(`${where}${problem}`);
  }
}
