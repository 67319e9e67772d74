import { isRecord } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { mapping, nonEmptyString, parsed } from "./parse-kit.js";

export interface ErrorBody {
  /** The error body's schema as written (usually a `$ref`). */
  schema: Record<string, unknown>;
  /** The property holding the provider's error code. */
  code: string;
}

export const errorExtension: Extension<ErrorBody> = {
  name: "x-paygen-error",
  where: "document root",
  doc: "the error body: `schema` (usually a `$ref`) and `code`, the property holding the provider's error code",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-error", issues);
    if (!record) return { issues };
    const schema = record["schema"];
    if (!isRecord(schema))
      issues.push({ pointer, message: "x-paygen-error.schema must be a schema (usually a $ref)" });
    const code = nonEmptyString(record["code"], pointer, "x-paygen-error.code", "code", issues);
    return isRecord(schema) && code !== undefined ? parsed(issues, { schema, code }) : { issues };
  },
};
