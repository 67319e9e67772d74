import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import { serverKey } from "../security/shared.js";

/**
 * The servers one side of an operation pair lists as its own and the other side does not: the base
 * side's are removed, the revision side's added.
 */
export function operationServersOnlyIn(
  operation: OperationPair,
  side: "base" | "revision",
): RawFinding[] {
  const [present, absent] =
    side === "base" ? [operation.base, operation.revision] : [operation.revision, operation.base];
  const other = new Set(absent.servers.map((server) => serverKey(server.url)));
  return present.servers
    .filter((server) => !other.has(serverKey(server.url)))
    .map((server) => ({
      message: `server ${server.url} ${side === "base" ? "removed" : "added"}`,
      operation: operation.revision.label,
      side,
      pointer: server.pointer,
      typesChange: false,
    }));
}
