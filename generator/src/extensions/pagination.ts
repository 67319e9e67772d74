import type { PaginationSpec } from "@paygen/runtime";
import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { invalid, mapping, nonEmptyString, parsed } from "./parse-kit.js";

type Style = PaginationSpec["style"];
type FieldsOf<S extends Style> = Exclude<keyof Extract<PaginationSpec, { style: S }>, "style">;

/** Every field of each style, exactly as the runtime's PaginationSpec has them (a missing or extra key does not compile). */
const FIELDS: { [S in Style]: Record<FieldsOf<S>, true> } = {
  offset: { items: true, total: true, offset: true, limit: true },
  cursor: { items: true, hasMore: true, cursor: true, cursorItemField: true },
  page: { items: true, page: true, hasNext: true },
  pages: { items: true, page: true, totalPages: true },
  nextCursor: { items: true, cursor: true, nextCursor: true },
};

function isStyle(style: unknown): style is Style {
  return typeof style === "string" && Object.hasOwn(FIELDS, style);
}

export const paginationExtension: Extension<PaginationSpec> = {
  name: "x-paygen-pagination",
  where: "list operation",
  doc: "how to walk the list: `style` (offset, cursor, page, pages, nextCursor) and the response and request fields it uses",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-pagination", issues);
    if (!record) return { issues };
    const style = record["style"];
    if (!isStyle(style)) {
      return invalid(
        joinPointer(pointer, "style"),
        `x-paygen-pagination.style must be one of ${Object.keys(FIELDS).join(", ")}`,
      );
    }
    const spec: Record<string, string> = { style };
    for (const field of Object.keys(FIELDS[style])) {
      const text = nonEmptyString(
        record[field],
        pointer,
        `x-paygen-pagination.${field}`,
        field,
        issues,
      );
      if (text !== undefined) spec[field] = text;
    }
    // FIELDS lists exactly the keys of this style's PaginationSpec, and each was read as a string above.
    return parsed(issues, spec as PaginationSpec);
  },
};
