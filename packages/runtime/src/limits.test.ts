import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import {
  checkNumericOptions,
  NO_TIMEOUT,
  NUMERIC_OPTIONS,
  numericProblem,
  type NumericOption,
} from "./limits.js";

const options = Object.entries(NUMERIC_OPTIONS) as [
  NumericOption,
  (typeof NUMERIC_OPTIONS)[NumericOption],
][];

describe("numericProblem", () => {
  it.each(options)("accepts %s at both ends of its range, and no value at all", (name, range) => {
    expect(numericProblem(name, range.min)).toBeUndefined();
    expect(numericProblem(name, range.max)).toBeUndefined();
    expect(numericProblem(name, undefined)).toBeUndefined();
  });

  it.each(options)("refuses %s just outside its range, naming the range", (name, range) => {
    const kind = range.integer ? "a whole number" : "a number";
    const message = `${name} must be ${kind} from ${range.min} to ${range.max}`;
    expect(numericProblem(name, range.min - 1)).toBe(message);
    expect(numericProblem(name, range.max + 1)).toBe(message);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, "5", null])
      expect(numericProblem(name, value)).toBe(message);
  });

  it("refuses a fraction only where a whole number is needed", () => {
    expect(numericProblem("maxRetries", 1.5)).toBe(
      "maxRetries must be a whole number from 0 to 100",
    );
    expect(numericProblem("timeoutMs", 1.5)).toBeUndefined();
  });
});

describe("checkNumericOptions", () => {
  it("throws a ConfigurationError for the first option out of range, after the given prefix", () => {
    expect(() => checkNumericOptions({ timeoutMs: 10, maxRetries: 2 })).not.toThrow();
    const error = (() => {
      try {
        checkNumericOptions({ maxRetries: -1, maxPages: 0 }, "omise: ");
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe("omise: maxRetries must be a whole number from 0 to 100");
  });

  it("takes Infinity as no timeout, for timeoutMs only; numericProblem (a transport's limits) still refuses it", () => {
    expect(() => checkNumericOptions({ timeoutMs: NO_TIMEOUT })).not.toThrow();
    // Without a prefix the message starts with the option's name.
    expect(() => checkNumericOptions({ maxDelayMs: Infinity })).toThrow(
      /^maxDelayMs must be a number from 0 to 2147483647$/,
    );
    expect(() => checkNumericOptions({ timeoutMs: -Infinity })).toThrow(
      "timeoutMs must be a number from 1 to 2147483647",
    );
    expect(numericProblem("timeoutMs", NO_TIMEOUT)).toBe(
      "timeoutMs must be a number from 1 to 2147483647",
    );
  });
});
