import { defaultBodySerializer } from "openapi-fetch";
import { serializerTemplate } from "./path-style.js";
import type { EncodedBody, OperationSpec } from "./spec.js";

/** What every call of one operation on one client shares; worked out on the operation's first call. */
export interface OperationPlan {
  /** The server URL without a trailing slash. */
  readonly baseUrl: string;
  /** The path template as openapi-fetch's path serializer reads it. */
  readonly pathTemplate: string;
  /** The `content-type` header a request with a body carries; undefined where fetch writes it (multipart). */
  readonly contentTypeHeader: Readonly<Record<"content-type", string>> | undefined;
  readonly serialize: (body: unknown) => EncodedBody;
}

export function planOperation(operation: OperationSpec, baseUrl: string): OperationPlan {
  const mediaType = operation.bodyMediaType;
  return {
    baseUrl,
    pathTemplate: serializerTemplate(operation),
    // multipart: fetch writes the content type itself, with the boundary.
    contentTypeHeader:
      mediaType && mediaType !== "multipart/form-data" ? { "content-type": mediaType } : undefined,
    serialize: operation.encodeBody ?? (defaultBodySerializer as (body: unknown) => EncodedBody),
  };
}
