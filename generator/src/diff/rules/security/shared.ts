import type { SecurityRequirement } from "../../normalize/spec.js";

/** A requirement's scheme names, sorted and joined: the identity of one alternative. */
export function alternativeKey(requirement: SecurityRequirement): string {
  return [...requirement.keys()].sort().join(" + ");
}

/** Alternatives by key; no security at all is the one anonymous alternative (key ""). */
export function alternatives(security: SecurityRequirement[] | undefined): Map<string, SecurityRequirement> {
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
