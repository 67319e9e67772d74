import type { Extension } from "./extension.js";
import { CAMEL_IDENTIFIER, matchingValue } from "./parse-kit.js";

export const environmentExtension: Extension<string> = {
  name: "x-paygen-environment",
  where: "server",
  doc: "the server's name for the `environment` client option (`production`, `test`); operation servers are matched by it",
  parse: (value, pointer) =>
    matchingValue(value, pointer, CAMEL_IDENTIFIER, "a camelCase identifier such as `production`"),
};
