import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { Header, Operation } from "../../normalize/spec.js";

/** `200`–`299` and `2XX` are success statuses; `DEFAULT` is not. */
export function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/.test(status);
}

type Part = "success status" | "error status" | "media type" | "header";

/** What of `part` the `present` side's responses have and the other side's lack, as findings. */
export function responsePartsOnlyIn(
  present: Operation,
  absent: Operation,
  part: Part,
  side: "base" | "revision",
): Array<Omit<RawFinding, "operation">> {
  const change = side === "revision" ? "added" : "removed";
  const found = (message: string, pointer: string) => ({
    message,
    side,
    pointer,
    typesChange: true,
  });
  return [...present.responses.values()].flatMap((response) => {
    const other = absent.responses.get(response.status);
    if (part === "success status" || part === "error status") {
      return !other && isSuccess(response.status) === (part === "success status")
        ? [found(`response ${response.status} ${change}`, response.pointer)]
        : [];
    }
    if (!other) return [];
    if (part === "media type") {
      return [...response.content]
        .filter(([key]) => !other.content.has(key))
        .map(([, media]) =>
          found(
            `response ${response.status} media type ${media.mediaType} ${change}`,
            media.pointer,
          ),
        );
    }
    return [...response.headers]
      .filter(([key]) => !other.headers.has(key))
      .map(([, header]) =>
        found(`response ${response.status} header '${header.name}' ${change}`, header.pointer),
      );
  });
}

/** A header both sides' responses of one status carry, matched by lower-cased name. */
export interface HeaderPair {
  status: string;
  base: Header;
  revision: Header;
}

export function matchedHeaders({ base, revision }: OperationPair): HeaderPair[] {
  return [...base.responses.values()].flatMap((response) => {
    const other = revision.responses.get(response.status);
    if (!other) return [];
    return [...response.headers].flatMap(([key, header]) => {
      const otherHeader = other.headers.get(key);
      return otherHeader ? [{ status: response.status, base: header, revision: otherHeader }] : [];
    });
  });
}

/** Findings for each matched header whose `required` flag moved to `required`. */
export function headersThatBecame(
  operation: OperationPair,
  required: boolean,
): Array<Omit<RawFinding, "operation">> {
  return matchedHeaders(operation)
    .filter((pair) => pair.base.required !== required && pair.revision.required === required)
    .map((pair) => ({
      message: `response ${pair.status} header '${pair.revision.name}' became ${required ? "required" : "optional"}`,
      side: "revision" as const,
      pointer: pair.revision.pointer,
      typesChange: true,
    }));
}
