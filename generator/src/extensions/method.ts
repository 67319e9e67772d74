import type { Extension } from "./extension.js";
import { CAMEL_IDENTIFIER, matchingValue } from "./parse-kit.js";

export const methodExtension: Extension<string> = {
  name: "x-paygen-method",
  where: "operation",
  doc: "the method name inside the resource (`create`, `list`); default: the operationId",
  parse: (value, pointer) =>
    matchingValue(value, pointer, CAMEL_IDENTIFIER, "a camelCase identifier such as `create`"),
};
