import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PaygenError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
  type ApiErrorInit,
} from "./errors.js";

function init(status: number, body: unknown = {}, code?: string): ApiErrorInit<unknown> {
  return { status, operationId: "getThing", body, code, requestId: "req_1", headers: {} };
}

describe("ApiError.from", () => {
  it.each([
    [400, BadRequestError, "BadRequestError"],
    [401, AuthenticationError, "AuthenticationError"],
    [403, PermissionDeniedError, "PermissionDeniedError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, RateLimitError, "RateLimitError"],
    [500, InternalServerError, "InternalServerError"],
    [503, InternalServerError, "InternalServerError"],
    [599, InternalServerError, "InternalServerError"],
  ])("maps HTTP %i to its class and name", (status, Class, name) => {
    const error = ApiError.from(init(status));
    expect(error).toBeInstanceOf(Class);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
  });

  it.each([402, 418, 499])("keeps a plain ApiError for HTTP %i", (status) => {
    const error = ApiError.from(init(status));
    expect(error.constructor).toBe(ApiError);
    expect(error.name).toBe("ApiError");
  });

  it("carries the call's facts, one attempt unless told", () => {
    const error = ApiError.from({ ...init(404, { message: "no such thing" }, "not_found") });
    expect(error).toMatchObject({
      operationId: "getThing",
      code: "not_found",
      requestId: "req_1",
      body: { message: "no such thing" },
      attempts: 1,
    });
    expect(ApiError.from({ ...init(500), attempts: 3 }).attempts).toBe(3);
  });
});

describe("ApiError message", () => {
  it("names the operation, status, code and the body's message", () => {
    expect(new ApiError(init(404, { message: "no such thing" }, "not_found")).message).toBe(
      "getThing failed with HTTP 404 not_found: no such thing",
    );
  });

  it("falls back to the body's detail, and shows nothing for a body without text", () => {
    expect(new ApiError(init(400, { detail: "bad amount" })).message).toBe(
      "getThing failed with HTTP 400: bad amount",
    );
    expect(new ApiError(init(400, { message: 7, detail: "d" })).message).toBe(
      "getThing failed with HTTP 400: d",
    );
    for (const body of [null, "text", { other: "x" }]) {
      expect(new ApiError(init(400, body)).message).toBe("getThing failed with HTTP 400");
    }
  });

  it("cuts the body's message at 200 characters", () => {
    const message = new ApiError(init(400, { message: "x".repeat(500) })).message;
    expect(message).toBe(`getThing failed with HTTP 400: ${"x".repeat(200)}`);
  });

  it("escapes the server's controls and bidirectional overrides, and keeps its other text", () => {
    const error = new ApiError(
      init(400, { message: "カードが無効です\n\u001b[2J\u202eok" }, "card\u0007_declined"),
    );
    expect(error.message).toBe(
      "getThing failed with HTTP 400 card\\u0007_declined: カードが無効です\\u000a\\u001b[2J\\u202eok",
    );
    // The body itself is kept as it came, for code that reads it.
    expect(error.body).toEqual({ message: "カードが無効です\n\u001b[2J\u202eok" });
  });

  it("inspects as its name and message only, not its body or headers", () => {
    const error = new ApiError({ ...init(401, { message: "bad key" }), headers: { a: "b" } });
    expect(inspect(error)).toBe("ApiError: getThing failed with HTTP 401: bad key");
  });
});

describe("the other errors", () => {
  it("name themselves and keep their facts", () => {
    const cause = new Error("reset");
    const connection = new ConnectionError("down", "getThing", { cause });
    expect(connection).toMatchObject({ name: "ConnectionError", operationId: "getThing" });
    expect(connection.attempts).toBe(1);
    expect(connection.cause).toBe(cause);
    expect(new TimeoutError("slow", "getThing")).toBeInstanceOf(ConnectionError);
    expect(new TimeoutError("slow", "getThing").name).toBe("TimeoutError");
    expect(new ConfigurationError("x").name).toBe("ConfigurationError");
    expect(new PaygenError("x").name).toBe("PaygenError");
    expect(new PaginationError("loop", "list", 3)).toMatchObject({
      name: "PaginationError",
      operationId: "list",
      page: 3,
    });
    expect(new RedirectError("moved", "getThing", 302, "https://x")).toMatchObject({
      name: "RedirectError",
      status: 302,
      location: "https://x",
    });
    expect(new ResponseTooLargeError("getThing", 200, 1024)).toMatchObject({
      name: "ResponseTooLargeError",
      message: "getThing: the response body exceeds maxResponseBytes (1024 bytes)",
      maxResponseBytes: 1024,
      status: 200,
    });
  });
});
