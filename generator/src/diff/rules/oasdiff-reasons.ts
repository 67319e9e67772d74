/** Why paygen's level differs from oasdiff's, where several rules share the reason. */

export const CLIENT_NAMES =
  "oasdiff compares HTTP contracts only; the generated client's names are paygen's own.";
export const COMPONENT_TYPE =
  "oasdiff reports a removed component schema as information, since the wire contract is unchanged; in a generated package each component is an exported type, and code naming it stops compiling.";
export const DEPRECATION =
  "A deprecation changes nothing on the wire, but clients should act on it before the removal: paygen lists it as a warning so it reaches the changelog.";
export const DISCRIMINATOR =
  "oasdiff lists discriminator changes as information. The generated union narrows by the mapping, so a value that selects another schema, or another discriminator property, is breaking here; new values in a response are a warning, like a new enum value.";
export const REQUEST_ENUM_LIFTED =
  "oasdiff has no rule for an enum lifted from a request value (every value is still accepted).";
export const FORMAT =
  "oasdiff reports type and format under one type-changed rule; paygen keeps format apart: the generated TypeScript type stays the same and many servers treat format as an annotation.";
export const NEW_BOUND =
  "A bound where there was none (a maximum on per_page) is breaking here like any tighter bound: a value clients sent before may now be refused. oasdiff only warns when a bound is first set, since such limits are often deliberate.";
export const PATTERN =
  "A new pattern may refuse values clients send, but usually it writes down what the server already enforced: paygen warns.";
export const MAX_ITEMS = "oasdiff checks maxItems on parameters, not on request body properties.";
export const NARROWER_RESPONSE_BOUND =
  "A tighter bound on a response only narrows what clients receive; oasdiff has no rule for it.";
export const WIDER_RESPONSE_BOUND =
  "Larger values may now arrive, but the generated types are the same and few clients check bounds on what they receive: paygen warns.";
export const OPERATION_SERVERS =
  "oasdiff has no rule for the servers of an operation or path item.";
export const SERVERS = "oasdiff has no rule for document servers.";
export const WEBHOOK_PAYLOADS =
  "oasdiff checks webhooks only for being added or removed, not their payloads.";
