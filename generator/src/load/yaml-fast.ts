import { FAILSAFE_SCHEMA, load, Type, type LoadOptions, type State } from "js-yaml";
import { LIMITS } from "./limits.js";

/**
 * YAML to a plain value without building a syntax tree: js-yaml reads a large spec several times
 * faster than the `yaml` parser, whose tree paygen needs only for positions (built when a
 * diagnostic first asks for one) and for documents this reader declines.
 *
 * It declines — returns undefined, and the caller parses with `yaml` as before — whatever it cannot
 * read exactly as `yaml` would: any error or warning (so `yaml` words them), anchors and aliases
 * (`yaml` expands them under paygen's limits), explicit tags, `%` directives, keys that are
 * collections or written as explicit `?` keys (the two write such keys differently as text), and
 * nesting near paygen's limit. Plain scalars resolve by the YAML 1.2 core schema, `yaml`'s
 * default, each type under a private tag so that an explicit `!!int` is unknown here rather than
 * read another way.
 */
export function loadYamlFast(text: string): unknown {
  if (DIRECTIVE.test(text) || EXPLICIT_KEY.test(text)) return undefined;
  try {
    return load(text, OPTIONS);
  } catch {
    return undefined;
  }
}

const DIRECTIVE = /^%/m;
/** A `?` explicit-key indicator first on its line, after a sequence dash, or in a flow collection. */
const EXPLICIT_KEY = /(?:^|[-[{,])[ \t]*\?(?:[ \t]|$)/m;

/** A plain scalar type of the YAML 1.2 core schema: its pattern and its value. */
function coreType(name: string, pattern: RegExp, construct: (text: string) => unknown): Type {
  return new Type(`tag:paygen.invalid,2026:core-${name}`, {
    kind: "scalar",
    resolve: (data: unknown) => typeof data === "string" && pattern.test(data),
    construct: (data: string) => construct(data),
  });
}

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    coreType("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => /^t/i.test(text)),
    coreType("int-oct", /^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)),
    coreType("int-hex", /^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)),
    coreType("float-special", /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
      /nan$/i.test(text)
        ? NaN
        : text.startsWith("-")
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    ),
    // Decimal integers too: `yaml`'s int and float tags give a decimal the same number.
    coreType("float", /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, (text) =>
      parseFloat(text),
    ),
  ],
});

class Declined extends Error {}

const OPTIONS = {
  schema: CORE_SCHEMA,
  // One below paygen's limit: a document at the limit is `yaml`'s to accept or refuse.
  maxDepth: LIMITS.maxDepth - 1,
  onWarning: () => {
    throw new Declined();
  },
  listener(eventType, state) {
    if (eventType === "close" && (hasAnchor(state) || isCollectionKey(state))) throw new Declined();
  },
} as LoadOptions & { maxDepth: number };

function hasAnchor(state: unknown): boolean {
  const anchors = (state as { anchorMap?: Record<string, unknown> }).anchorMap;
  for (const _ in anchors) return true;
  return false;
}

/** A flow collection just closed and followed by `:` was a mapping key. */
function isCollectionKey(state: State): boolean {
  if (state.kind !== "mapping" && state.kind !== "sequence") return false;
  let at = state.position;
  while (state.input[at] === " " || state.input[at] === "\t") at++;
  return state.input[at] === ":";
}
