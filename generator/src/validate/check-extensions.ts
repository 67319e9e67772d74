import { extensionNamed } from "../extensions/index.js";
import { isRecord, joinPointer } from "../util/json-pointer.js";
import type { CheckContext } from "./context.js";

/** Every `x-paygen-*` key is a registered extension whose value parses (specs/README.md). */
export function checkExtensions(ctx: CheckContext): void {
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPointer(pointer, index)));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const childPointer = joinPointer(pointer, key);
      if (key.startsWith("x-paygen-")) {
        const extension = extensionNamed(key);
        if (!extension)
          ctx.report("PG151", `unknown extension \`${key}\``, childPointer, { at: "key" });
        for (const issue of extension?.parse(child, childPointer, ctx.document).issues ?? [])
          ctx.report("PG150", issue.message, issue.pointer, { at: issue.at ?? "value" });
        continue;
      }
      if (key === "example" || key === "examples" || key === "enum" || key === "default") continue;
      visit(child, childPointer);
    }
  };
  visit(ctx.document, "");
}
