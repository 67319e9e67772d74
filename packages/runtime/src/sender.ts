import type { OperationPlan } from "./operation-plan.js";
import type { OperationSpec } from "./spec.js";

/** One call's request, ready for any number of attempts. */
export interface PreparedCall {
  /** Leave a success body unread (`asResponse()`). */
  raw: boolean;
  plan: OperationPlan;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string>;
  maxResponseBytes: number;
}

/** What one attempt brought back. */
export interface AttemptResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The raw Response, when the attempt went through fetch. */
  response: Response | undefined;
}

/**
 * Sends attempts some other way than fetch: what `ClientCore` takes as its third argument
 * (`sendThrough(transport)`). Kept out of the core so that a client on fetch does not carry it.
 */
export interface Sender {
  /** `localError` turns a failure on this side of the wire into a `ConfigurationError`. */
  send(
    operation: OperationSpec,
    call: PreparedCall,
    signal: AbortSignal | undefined,
    localError: (error: unknown) => Error,
  ): Promise<AttemptResult>;
  /** Scrubs the sender's own secrets (keys the client does not know) out of error texts and logs. */
  readonly redact?: ((text: string) => string) | undefined;
}
