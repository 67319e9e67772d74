import type { Sender } from "./sender.js";
import type { Transport, TransportResponse } from "./transport.js";

/**
 * A `Sender` over a custom transport: the path filled and encoded, defined query values appended as
 * strings, the body handed over unserialized.
 */
export function sendThrough(transport: Transport): Sender {
  return {
    redact: transport.redact,
    async send(operation, call, signal, localError) {
      const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(String(call.path[name] ?? "")),
      );
      const search = new URLSearchParams(
        Object.entries(call.query)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ).toString();
      let response: TransportResponse;
      try {
        response = await transport({
          method: operation.method,
          url: `${call.plan.baseUrl}${path}${search ? `?${search}` : ""}`,
          operationId: operation.id,
          ...(call.body !== undefined ? { body: call.body as Record<string, unknown> } : {}),
          headers: call.headers,
          ...(signal ? { signal } : {}),
          maxResponseBytes: call.maxResponseBytes,
        });
      } catch (error) {
        // Transports report wire failures as ConnectionError; a TypeError or RangeError comes from this side.
        if (error instanceof TypeError || error instanceof RangeError) throw localError(error);
        throw error;
      }
      return {
        status: response.status,
        headers: response.headers,
        body: response.body,
        response: undefined,
      };
    },
  };
}
