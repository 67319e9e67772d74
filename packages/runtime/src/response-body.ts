import { InvalidResponseError } from "./errors.js";
import { parseJsonBody, utf8Text } from "./json-body.js";
import type { OperationSpec } from "./spec.js";

/** What a success body becomes: parsed JSON, a string, a `Blob`, or `undefined`. */
export type ResponseKind = "json" | "text" | "binary" | "none";

/** Statuses that never carry a body (Fetch standard's null body statuses, and 304). */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

/** The kind the spec declares for this status (`200`, then `2XX`, then `default`); JSON otherwise. */
export function responseKind(operation: OperationSpec, status: number): ResponseKind {
  const declared = operation.responseBodies;
  if (operation.method === "HEAD" || NO_BODY.has(status)) return "none";
  return (
    declared?.[String(status)] ??
    declared?.[`${String(status)[0]}XX`] ??
    declared?.["default"] ??
    "json"
  );
}

/**
 * A success body, already read (bounded), as its declared kind: JSON that does not parse is an
 * `InvalidResponseError`; binary keeps the response's content type.
 */
export function decodeResponseBody(
  bytes: Uint8Array<ArrayBuffer>,
  kind: ResponseKind,
  response: Response,
  operationId: string,
): unknown {
  switch (kind) {
    case "none":
      return undefined;
    case "text":
      return utf8Text(bytes);
    case "binary":
      return new Blob([bytes], { type: response.headers.get("content-type") ?? "" });
    case "json":
      try {
        return parseJsonBody(bytes);
      } catch {
        throw new InvalidResponseError(
          `${operationId}: the response body is not valid JSON`,
          operationId,
          response.status,
        );
      }
  }
}
