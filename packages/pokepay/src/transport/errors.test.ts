import { ConnectionError, InvalidResponseError, TimeoutError } from "@paygen/runtime";
import { describe, expect, it } from "vitest";
import { EnvelopeConnectionError, EnvelopeResponseError, EnvelopeTimeoutError } from "./errors.js";

describe("the envelope transport's errors", () => {
  it("EnvelopeConnectionError is a ConnectionError with Node's code and the cause", () => {
    const cause = Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
    const error = new EnvelopeConnectionError("ping: refused", "ping", "ECONNREFUSED", { cause });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({
      name: "EnvelopeConnectionError",
      message: "ping: refused",
      operationId: "ping",
      code: "ECONNREFUSED",
      cause,
    });
  });

  it("EnvelopeTimeoutError is a TimeoutError naming the phase that ran out", () => {
    const connect = new EnvelopeTimeoutError("ping", "connect", 500);
    const response = new EnvelopeTimeoutError("ping", "response", 60_000);
    expect(connect).toBeInstanceOf(TimeoutError);
    expect(connect).toMatchObject({
      name: "EnvelopeTimeoutError",
      message: "ping: not connected within 500 ms",
      phase: "connect",
      timeoutMs: 500,
    });
    expect(response.message).toBe("ping: no complete answer within 60000 ms");
  });

  it("EnvelopeResponseError is an InvalidResponseError that keeps a cause only when given one", () => {
    const cause = new Error("bad padding");
    const error = new EnvelopeResponseError("undecryptable", "ping: no", "ping", 200, { cause });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      name: "EnvelopeResponseError",
      code: "undecryptable",
      message: "ping: no",
      operationId: "ping",
      status: 200,
      cause,
    });
    // Like Error's own cause: not enumerable, and replaceable by a caller that wraps it.
    expect(Object.getOwnPropertyDescriptor(error, "cause")).toEqual({
      value: cause,
      enumerable: false,
      configurable: true,
      writable: true,
    });
    expect("cause" in new EnvelopeResponseError("not-json", "ping: html", "ping", 502)).toBe(false);
    expect("cause" in new EnvelopeResponseError("not-json", "ping: html", "ping", 502, {})).toBe(
      false,
    );
  });
});
