import { afterEach, describe, expect, it, vi } from "vitest";
import { Logger, redactHeaders, redactText, type LogLevel } from "./logging.js";

describe("redactHeaders", () => {
  it("redacts credential-named headers whatever their case, and keeps the others", () => {
    expect(
      redactHeaders({
        Authorization: "Bearer t",
        cookie: "sid=1",
        "X-Api-Key": "k",
        "x-client-secret": "s",
        "X-Access-Token": "t",
        password: "p",
        "X-Signature": "sig",
        card_number: "4242",
        "Card-Number": "4242",
        "content-type": "application/json",
      }),
    ).toEqual({
      Authorization: "[redacted]",
      cookie: "[redacted]",
      "X-Api-Key": "[redacted]",
      "x-client-secret": "[redacted]",
      "X-Access-Token": "[redacted]",
      password: "[redacted]",
      "X-Signature": "[redacted]",
      card_number: "[redacted]",
      "Card-Number": "[redacted]",
      "content-type": "application/json",
    });
  });

  it("keeps Idempotency-Key, which names a request rather than a credential", () => {
    expect(redactHeaders({ "Idempotency-Key": "abc", "idempotency-key-secret": "s" })).toEqual({
      "Idempotency-Key": "abc",
      "idempotency-key-secret": "[redacted]",
    });
  });
});

describe("redactText", () => {
  it("replaces every occurrence of each secret of 4 characters or more", () => {
    expect(redactText("skey_1 then skey_1 and abcd", ["skey_1", "abcd"])).toBe(
      "[redacted] then [redacted] and [redacted]",
    );
  });

  it("leaves secrets shorter than 4 characters alone", () => {
    expect(redactText("a cat and abc", ["abc", "cat"])).toBe("a cat and abc");
  });
});

describe("Logger", () => {
  afterEach(() => vi.restoreAllMocks());

  const levels: LogLevel[] = ["debug", "info", "warn", "error"];
  const written = (level: LogLevel | undefined) => {
    const lines: string[] = [];
    const logger = new Logger({
      ...(level ? { level } : {}),
      write: (at, message) => lines.push(`${at}:${message}`),
    });
    for (const at of levels) logger.log(at, "m");
    return lines;
  };

  it("writes the configured level and above, info by default", () => {
    expect(written("debug")).toEqual(["debug:m", "info:m", "warn:m", "error:m"]);
    expect(written(undefined)).toEqual(["info:m", "warn:m", "error:m"]);
    expect(written("warn")).toEqual(["warn:m", "error:m"]);
    expect(written("error")).toEqual(["error:m"]);
  });

  it("writes nothing without options", () => {
    const logger = new Logger(undefined);
    expect(levels.map((level) => logger.enabled(level))).toEqual([false, false, false, false]);
  });

  it("writes to stderr by default, with the level", () => {
    const stderr = vi.spyOn(console, "error").mockImplementation(() => undefined);
    new Logger({ level: "debug" }).log("warn", "slow answer");
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(stderr.mock.calls[0]?.[0]).toMatch(/warn.*slow answer/);
  });
});
