import { HTTP_METHODS, type HttpMethod } from "./http-methods.js";
import { isRecord, joinPointer } from "./json-pointer.js";

export interface OperationSite {
  /** `paths` or `webhooks`. */
  section: "paths" | "webhooks";
  /** The path template (or webhook name). */
  key: string;
  method: HttpMethod;
  pathItem: Record<string, unknown>;
  operation: Record<string, unknown>;
  pointer: string;
}

/** Every operation of `paths` and `webhooks`, in document order. */
export function* operations(document: Record<string, unknown>): Generator<OperationSite> {
  for (const section of ["paths", "webhooks"] as const) {
    const items = document[section];
    if (!isRecord(items)) continue;
    for (const [key, pathItem] of Object.entries(items)) {
      if (!isRecord(pathItem)) continue;
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (isRecord(operation)) {
          yield {
            section,
            key,
            method,
            pathItem,
            operation,
            pointer: joinPointer("", section, key, method),
          };
        }
      }
    }
  }
}
