import { operations } from "../util/openapi-walk.js";
import type { Extension } from "./extension.js";
import { invalid } from "./parse-kit.js";

export const tokenOperationExtension: Extension<string> = {
  name: "x-paygen-token-operation",
  where: "oauth2 security scheme",
  doc: "the operationId the runtime calls to obtain and refresh an access token",
  parse(value, pointer, document) {
    if (typeof value !== "string")
      return invalid(pointer, "x-paygen-token-operation must be an operationId");
    const ids = [...operations(document)].map((site) => site.operation["operationId"]);
    if (!ids.includes(value))
      return invalid(pointer, `x-paygen-token-operation names unknown operationId "${value}"`);
    return { value };
  },
};
