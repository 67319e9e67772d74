import type { Scope } from "../../context.js";
import type { Schema } from "../../normalize/schema.js";
import type { Rule } from "../rule.js";
import { schemaRule } from "./schema.js";

type BoundKeyword =
  | "minimum"
  | "maximum"
  | "exclusiveMinimum"
  | "exclusiveMaximum"
  | "minLength"
  | "maxLength"
  | "minItems"
  | "maxItems";

interface BoundRuleDefinition extends Omit<Rule, "check" | "direction"> {
  scope: Scope;
  /** Upper bounds: `maximum`, `exclusiveMaximum`; lower bounds: `minimum`, `exclusiveMinimum`. */
  keywords: readonly BoundKeyword[];
  /** Reports when the bound moved this way (no bound counts as infinitely loose). */
  moved: "tighter" | "looser";
}

/** A rule about a numeric bound moving: a tighter request bound rejects what clients sent before. */
export function boundRule(definition: BoundRuleDefinition): Rule {
  const { keywords, moved, ...rest } = definition;
  const upper = keywords.some(
    (keyword) => keyword.startsWith("max") || keyword === "exclusiveMaximum",
  );
  return schemaRule({
    ...rest,
    detect(pair) {
      const before = effectiveBound(pair.base, keywords, upper);
      const after = effectiveBound(pair.revision, keywords, upper);
      if (before === undefined && after === undefined) return undefined;
      if (
        before !== undefined &&
        after !== undefined &&
        !isTighter(after, before, upper) &&
        !isTighter(before, after, upper)
      )
        return undefined;
      const tighter =
        before === undefined ? true : after === undefined ? false : isTighter(after, before, upper);
      if (tighter !== (moved === "tighter")) return undefined;
      const direction = upper === tighter ? "decreased" : "increased";
      const detail =
        before === undefined
          ? `${after!.keyword} set to ${after!.value}`
          : after === undefined
            ? `${before.keyword} ${before.value} removed`
            : before.keyword === after.keyword
              ? `${after.keyword} ${direction} from ${before.value} to ${after.value}`
              : `${before.keyword} ${before.value} became ${after.keyword} ${after.value}`;
      return {
        detail,
        typesChange: false,
        keyword: (after ?? before)!.keyword,
        ...(after === undefined ? { side: "base" as const } : {}),
      };
    },
  });
}

interface Bound {
  keyword: BoundKeyword;
  value: number;
  exclusive: boolean;
}

/** The tightest of a schema's bounds among `keywords`: `maximum: 10` and `exclusiveMaximum: 10` are one upper bound, the exclusive one tighter. */
function effectiveBound(
  schema: Schema,
  keywords: readonly BoundKeyword[],
  upper: boolean,
): Bound | undefined {
  let tightest: Bound | undefined;
  for (const keyword of keywords) {
    const value = schema[keyword];
    if (value === undefined) continue;
    const bound = { keyword, value, exclusive: keyword.startsWith("exclusive") };
    if (tightest === undefined || isTighter(bound, tightest, upper)) tightest = bound;
  }
  return tightest;
}

function isTighter(a: Bound, b: Bound, upper: boolean): boolean {
  if (a.value !== b.value) return upper ? a.value < b.value : a.value > b.value;
  return a.exclusive && !b.exclusive;
}
