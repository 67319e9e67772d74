import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { SecurityRequirement } from "../../normalize/spec.js";

/** A requirement's scheme names, sorted and joined: the identity of one alternative. */
export function alternativeKey(requirement: SecurityRequirement): string {
  return [...requirement.keys()].sort().join(" + ");
}

/** Alternatives by key; no security at all is the one anonymous alternative (key ""). */
export function alternatives(
  security: SecurityRequirement[] | undefined,
): Map<string, SecurityRequirement> {
  const list = security && security.length > 0 ? security : [new Map<string, string[]>()];
  return new Map(list.map((requirement) => [alternativeKey(requirement), requirement]));
}

export function describeAlternative(key: string): string {
  return key === "" ? "anonymous access" : `security requirement ${key}`;
}

/** Server URLs compare without a trailing slash. */
export function serverKey(url: string): string {
  return url.replace(/\/+$/, "");
}

/** Scopes that `to` asks for and `from` did not, per alternative present on both sides. */
export function scopeChanges(
  { base, revision }: OperationPair,
  change: "added" | "removed",
): RawFinding[] {
  const [from, to] =
    change === "added"
      ? [alternatives(base.security), alternatives(revision.security)]
      : [alternatives(revision.security), alternatives(base.security)];
  return [...to].flatMap(([key, requirement]) => {
    const other = from.get(key);
    if (!other) return [];
    return [...requirement].flatMap(([scheme, scopes]) =>
      scopes
        .filter((scope) => !(other.get(scheme) ?? []).includes(scope))
        .map((scope) => ({
          message: `scope '${scope}' of ${scheme} ${change} (${describeAlternative(key)})`,
          operation: revision.label,
          side: "revision" as const,
          pointer: revision.securityPointer,
          typesChange: false,
        })),
    );
  });
}
