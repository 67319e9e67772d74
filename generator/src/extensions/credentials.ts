import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { IDENTIFIER, mapping, matching, parsed } from "./parse-kit.js";

/** Which client options hold a security scheme's credentials. */
export interface CredentialOptions {
  username?: string;
  password?: string;
  /** Options joined by `separator` into a bearer token. */
  token?: string[];
  separator?: string;
  /** An apiKey's value. */
  value?: string;
}

export const credentialsExtension: Extension<CredentialOptions> = {
  name: "x-paygen-credentials",
  where: "security scheme",
  doc: "the client options holding the scheme's credentials: `username`/`password`, `token` parts with `separator`, or `value`",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-credentials", issues);
    if (!record) return { issues };
    const options: CredentialOptions = {};
    for (const [key, option] of Object.entries(record)) {
      const at = joinPointer(pointer, key);
      if (key === "separator") {
        if (typeof option === "string") options.separator = option;
        else
          issues.push({ pointer: at, message: "x-paygen-credentials.separator must be a string" });
      } else if (key === "token") {
        const parts: unknown = typeof option === "string" ? [option] : option;
        if (isOptionList(parts)) options.token = parts;
        else
          issues.push({
            pointer: at,
            message: "x-paygen-credentials.token must be an option name or a list of option names",
          });
      } else if (key === "username" || key === "password" || key === "value") {
        const name = matching(option, at, IDENTIFIER, "a client option name", issues);
        if (name !== undefined) options[key] = name;
      } else {
        issues.push({
          pointer: at,
          message: `x-paygen-credentials has no field \`${key}\` (username, password, token, separator, value)`,
        });
      }
    }
    return parsed(issues, options);
  },
};

function isOptionList(parts: unknown): parts is string[] {
  return (
    Array.isArray(parts) &&
    parts.length > 0 &&
    parts.every((part) => typeof part === "string" && IDENTIFIER.test(part))
  );
}
