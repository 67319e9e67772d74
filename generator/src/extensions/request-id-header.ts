import type { Extension } from "./extension.js";
import { invalid } from "./parse-kit.js";

export const requestIdHeaderExtension: Extension<string> = {
  name: "x-paygen-request-id-header",
  where: "document root",
  doc: "the response header carrying the provider's request id (`requestId` on results and errors)",
  parse: (value, pointer) =>
    typeof value === "string"
      ? { value }
      : invalid(pointer, "x-paygen-request-id-header must be a header name"),
};
