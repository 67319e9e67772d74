import { InvalidResponseError } from "./errors.js";
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

/** Reads a success body as its declared kind; JSON that does not parse is an `InvalidResponseError`. */
export async function readResponseBody(
  response: Response,
  kind: ResponseKind,
  operationId: string,
): Promise<unknown> {
  switch (kind) {
    case "none":
      await response.body?.cancel();
      return undefined;
    case "text":
      return response.text();
    case "binary":
      return response.blob();
    case "json": {
      const text = await response.text();
      if (text === "") return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new InvalidResponseError(
          `${operationId}: the response body is not valid JSON`,
          operationId,
          response.status,
        );
      }
    }
  }
}
