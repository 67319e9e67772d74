import { joinPointer } from "../util/json-pointer.js";
import { describeType } from "../util/describe-type.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import {
  HTTP_TOKEN,
  IDENTIFIER,
  invalid,
  mapping,
  matching,
  nonEmptyString,
  optionalText,
  parsed,
} from "./parse-kit.js";

/** A header the client sends on every request, set by a client option. */
export interface ClientHeader {
  name: string;
  option: string;
  description: string | undefined;
  example: string | undefined;
  /** Value sent when the client option is not set. */
  default: string | undefined;
}

export const clientHeadersExtension: Extension<ClientHeader[]> = {
  name: "x-paygen-client-headers",
  where: "document root",
  doc: "headers sent on every request, each set by a client option (`name`, `option`, optional `default`, `description`, `example`)",
  parse(value, pointer) {
    if (!Array.isArray(value))
      return invalid(pointer, `x-paygen-client-headers must be a list, got ${describeType(value)}`);
    const issues: ExtensionIssue[] = [];
    const headers: ClientHeader[] = [];
    value.forEach((item, index) => {
      const at = joinPointer(pointer, index);
      const header = mapping(item, at, "a client header", issues);
      if (!header) return;
      const name = matching(
        header["name"],
        joinPointer(at, "name"),
        HTTP_TOKEN,
        "an HTTP header name (RFC 9110 token)",
        issues,
      );
      const option = matching(
        header["option"],
        joinPointer(at, "option"),
        IDENTIFIER,
        "a client option name",
        issues,
      );
      if (header["default"] !== undefined)
        nonEmptyString(header["default"], at, "default", "default", issues);
      if (name === undefined || option === undefined) return;
      headers.push({
        name,
        option,
        description: optionalText(header, "description"),
        example: optionalText(header, "example"),
        default: optionalText(header, "default"),
      });
    });
    return parsed(issues, headers);
  },
};
