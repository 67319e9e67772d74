import { describeType } from "../util/describe-type.js";
import type { Extension } from "./extension.js";
import { invalid } from "./parse-kit.js";

export const idempotencyKeyExtension: Extension<boolean> = {
  name: "x-paygen-idempotency-key",
  where: "header parameter, request-body property",
  doc: "`true`: this header or property carries an idempotency key, filled with a UUID v4 unless the caller gives one",
  parse: (value, pointer) =>
    typeof value === "boolean"
      ? { value }
      : invalid(pointer, `x-paygen-idempotency-key must be a boolean, got ${describeType(value)}`),
};
