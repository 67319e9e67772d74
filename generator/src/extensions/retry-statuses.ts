import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { invalid, parsed } from "./parse-kit.js";

export const retryStatusesExtension: Extension<number[]> = {
  name: "x-paygen-retry-statuses",
  where: "document root",
  doc: '4xx statuses that mean "still in progress, try again", retried like 408, 429 and 5xx',
  parse(value, pointer) {
    if (!Array.isArray(value) || value.length === 0)
      return invalid(
        pointer,
        "x-paygen-retry-statuses must be a non-empty list of 4xx status codes",
      );
    const issues: ExtensionIssue[] = [];
    const statuses: number[] = [];
    value.forEach((status: unknown, index) => {
      // 5xx, 408 and 429 are retried anyway; a 2xx or 3xx is not a failure to retry.
      if (typeof status === "number" && Number.isInteger(status) && status >= 400 && status <= 499)
        statuses.push(status);
      else
        issues.push({
          pointer: joinPointer(pointer, index),
          message: `x-paygen-retry-statuses: expected a 4xx status code, got ${JSON.stringify(status)}`,
        });
    });
    return parsed(issues, statuses);
  },
};
