/**
 * Each rule's level beside oasdiff's for the same change (oasdiff `checker/rules.go`, read at
 * commit 4553c69d; ERR = breaking, WARN = warning, INFO = info), with the reason wherever paygen
 * decides otherwise or oasdiff has no rule. `paygen diff --rules` prints it; a test keeps it complete.
 */

export type OasdiffLevel = "ERR" | "WARN" | "INFO";

export interface OasdiffComparison {
  /** The oasdiff rule ids that report the same change, with their levels; or none does. */
  oasdiff: ReadonlyArray<readonly [id: string, level: OasdiffLevel]> | "not reported";
  /** Why paygen's level differs, or why oasdiff has nothing; required then, absent otherwise. */
  reason?: string;
}

export const OASDIFF_LEVEL_OF: Record<OasdiffLevel, "breaking" | "warning" | "info"> = {
  ERR: "breaking",
  WARN: "warning",
  INFO: "info",
};

const CLIENT_NAMES =
  "oasdiff compares HTTP contracts only; the generated client's names are paygen's own.";
const COMPONENT_TYPE =
  "oasdiff reports a removed component schema as information, since the wire contract is unchanged; in a generated package each component is an exported type, and code naming it stops compiling.";
const DEPRECATION =
  "A deprecation changes nothing on the wire, but clients should act on it before the removal: paygen lists it as a warning so it reaches the changelog.";
const DISCRIMINATOR =
  "oasdiff lists discriminator changes as information. The generated union narrows by the mapping, so a value that selects another schema, or another discriminator property, is breaking here; new values in a response are a warning, like a new enum value.";
const REQUEST_ENUM_LIFTED =
  "oasdiff has no rule for an enum lifted from a request value (every value is still accepted).";
const FORMAT =
  "oasdiff reports type and format under one type-changed rule; paygen keeps format apart: the generated TypeScript type stays the same and many servers treat format as an annotation.";
const NEW_BOUND =
  "A bound where there was none (a maximum on per_page) is breaking here like any tighter bound: a value clients sent before may now be refused. oasdiff only warns when a bound is first set, since such limits are often deliberate.";
const PATTERN =
  "A new pattern may refuse values clients send, but usually it writes down what the server already enforced: paygen warns.";
const MAX_ITEMS = "oasdiff checks maxItems on parameters, not on request body properties.";
const NARROWER_RESPONSE_BOUND =
  "A tighter bound on a response only narrows what clients receive; oasdiff has no rule for it.";
const WIDER_RESPONSE_BOUND =
  "Larger values may now arrive, but the generated types are the same and few clients check bounds on what they receive: paygen warns.";
const READ_ONLY =
  "oasdiff informs; a client that keeps sending a property the server now treats as readOnly has its value ignored or the request refused, and the generated type (which ignores readOnly) does not warn it: paygen warns.";
const OPERATION_SERVERS = "oasdiff has no rule for the servers of an operation or path item.";
const SERVERS = "oasdiff has no rule for document servers.";
const WEBHOOK_PAYLOADS =
  "oasdiff checks webhooks only for being added or removed, not their payloads.";

export const OASDIFF_LEVELS: Readonly<Record<string, OasdiffComparison>> = {
  "client-class-renamed": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "client-environment-added": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "client-environment-removed": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "client-method-renamed": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "client-option-added": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "client-option-removed": {
    oasdiff: "not reported",
    reason: CLIENT_NAMES,
  },
  "component-schema-added": {
    oasdiff: "not reported",
    reason: "oasdiff has no rule for a new component schema.",
  },
  "component-schema-changed-unreachable": {
    oasdiff: "not reported",
    reason:
      "oasdiff compares what operations reach; a schema nothing uses is not part of the HTTP contract.",
  },
  "component-schema-inlined": {
    oasdiff: [["api-schema-removed", "INFO"]],
    reason: COMPONENT_TYPE,
  },
  "component-schema-removed": {
    oasdiff: [["api-schema-removed", "INFO"]],
    reason: COMPONENT_TYPE,
  },
  "component-schema-renamed": {
    oasdiff: [["api-schema-removed", "INFO"]],
    reason: COMPONENT_TYPE,
  },
  "operation-added": { oasdiff: [["endpoint-added", "INFO"]] },
  "operation-deprecated": {
    oasdiff: [["endpoint-deprecated", "INFO"]],
    reason: DEPRECATION,
  },
  "operation-id-changed": {
    oasdiff: [
      ["api-operation-id-removed", "INFO"],
      ["api-operation-id-added", "INFO"],
    ],
    reason:
      "The operationId names generated types and, without x-paygen-method, the method; oasdiff sees only an id removed and another added.",
  },
  "operation-path-renamed": {
    oasdiff: [
      ["api-path-removed-without-deprecation", "ERR"],
      ["endpoint-added", "INFO"],
    ],
    reason:
      "oasdiff sees an operation removed (ERR) and one added; paygen pairs them by operationId and reports one move: the client method stays, the URL it calls changes.",
  },
  "operation-removed": {
    oasdiff: [
      ["api-path-removed-without-deprecation", "ERR"],
      ["api-removed-without-deprecation", "ERR"],
    ],
  },
  "operation-security-requirement-added": { oasdiff: [["api-security-added", "INFO"]] },
  "operation-security-requirement-removed": {
    oasdiff: [["api-security-removed", "INFO"]],
    reason:
      "Clients that authenticate the removed way are refused: paygen calls that breaking, oasdiff information.",
  },
  "operation-security-scope-added": {
    oasdiff: [["api-security-scope-added", "INFO"]],
    reason: "Tokens issued with the old scopes are refused: breaking here, information in oasdiff.",
  },
  "operation-security-scope-removed": { oasdiff: [["api-security-scope-removed", "INFO"]] },
  "operation-server-added": { oasdiff: "not reported", reason: OPERATION_SERVERS },
  "operation-server-removed": { oasdiff: "not reported", reason: OPERATION_SERVERS },
  "operation-undeprecated": { oasdiff: [["endpoint-reactivated", "INFO"]] },
  "request-body-added-optional": { oasdiff: [["request-body-added-optional", "INFO"]] },
  "request-body-added-required": { oasdiff: [["request-body-added-required", "ERR"]] },
  "request-body-became-optional": { oasdiff: [["request-body-became-optional", "INFO"]] },
  "request-body-became-required": { oasdiff: [["request-body-became-required", "ERR"]] },
  "request-body-media-type-added": { oasdiff: [["request-body-media-type-added", "INFO"]] },
  "request-body-media-type-removed": { oasdiff: [["request-body-media-type-removed", "ERR"]] },
  "request-body-removed": {
    oasdiff: [["request-body-removed", "ERR"]],
    reason:
      "Many servers ignore a body they do not expect, so calls keep working; the generated method drops its body argument, which the consumer check catches: paygen warns.",
  },
  "request-discriminator-changed": {
    oasdiff: [
      ["request-body-discriminator-mapping-deleted", "INFO"],
      ["request-body-discriminator-mapping-changed", "INFO"],
      ["request-body-discriminator-property-name-changed", "INFO"],
    ],
    reason: DISCRIMINATOR,
  },
  "request-parameter-added-optional": { oasdiff: [["new-optional-request-parameter", "INFO"]] },
  "request-parameter-added-required": { oasdiff: [["new-required-request-parameter", "ERR"]] },
  "request-parameter-became-not-nullable": {
    oasdiff: [["request-parameter-became-not-nullable", "ERR"]],
  },
  "request-parameter-became-nullable": { oasdiff: [["request-parameter-became-nullable", "INFO"]] },
  "request-parameter-became-optional": { oasdiff: [["request-parameter-became-optional", "INFO"]] },
  "request-parameter-became-required": { oasdiff: [["request-parameter-became-required", "ERR"]] },
  "request-parameter-default-changed": {
    oasdiff: [["request-parameter-default-value-changed", "ERR"]],
    reason:
      "No request that worked before is refused; only what the server assumes for an omitted parameter changes: paygen warns.",
  },
  "request-parameter-deprecated": {
    oasdiff: [["request-parameter-deprecated", "INFO"]],
    reason: DEPRECATION,
  },
  "request-parameter-enum-added": { oasdiff: [["request-parameter-became-enum", "ERR"]] },
  "request-parameter-enum-removed": {
    oasdiff: "not reported",
    reason: REQUEST_ENUM_LIFTED,
  },
  "request-parameter-enum-value-added": {
    oasdiff: [["request-parameter-enum-value-added", "INFO"]],
  },
  "request-parameter-enum-value-removed": {
    oasdiff: [["request-parameter-enum-value-removed", "ERR"]],
  },
  "request-parameter-format-changed": {
    oasdiff: [["request-parameter-type-changed", "ERR"]],
    reason: FORMAT,
  },
  "request-parameter-max-decreased": {
    oasdiff: [
      ["request-parameter-max-decreased", "ERR"],
      ["request-parameter-max-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-parameter-max-increased": { oasdiff: [["request-parameter-max-increased", "INFO"]] },
  "request-parameter-max-length-decreased": {
    oasdiff: [
      ["request-parameter-max-length-decreased", "ERR"],
      ["request-parameter-max-length-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-parameter-max-length-increased": {
    oasdiff: [["request-parameter-max-length-increased", "INFO"]],
  },
  "request-parameter-min-decreased": { oasdiff: [["request-parameter-min-decreased", "INFO"]] },
  "request-parameter-min-increased": {
    oasdiff: [
      ["request-parameter-min-increased", "ERR"],
      ["request-parameter-min-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-parameter-min-length-decreased": {
    oasdiff: [["request-parameter-min-length-decreased", "INFO"]],
  },
  "request-parameter-min-length-increased": {
    oasdiff: [["request-parameter-min-length-increased", "ERR"]],
  },
  "request-parameter-pattern-added": {
    oasdiff: [["request-parameter-pattern-added", "ERR"]],
    reason: PATTERN,
  },
  "request-parameter-pattern-changed": { oasdiff: [["request-parameter-pattern-changed", "WARN"]] },
  "request-parameter-pattern-removed": { oasdiff: [["request-parameter-pattern-removed", "INFO"]] },
  "request-parameter-removed": { oasdiff: [["request-parameter-removed", "WARN"]] },
  "request-parameter-serialization-changed": {
    oasdiff: "not reported",
    reason:
      "oasdiff reads style and explode only to qualify a type change; a style or explode change alone is not reported.",
  },
  "request-parameter-type-changed": { oasdiff: [["request-parameter-type-changed", "ERR"]] },
  "request-parameter-type-widened": { oasdiff: [["request-parameter-type-generalized", "INFO"]] },
  "request-parameter-undeprecated": { oasdiff: [["request-parameter-reactivated", "INFO"]] },
  "request-path-parameter-renamed": {
    oasdiff: "not reported",
    reason: "oasdiff has no rule for a path parameter renamed in place.",
  },
  "request-property-added-optional": { oasdiff: [["new-optional-request-property", "INFO"]] },
  "request-property-added-required": { oasdiff: [["new-required-request-property", "ERR"]] },
  "request-property-became-not-nullable": {
    oasdiff: [["request-property-became-not-nullable", "ERR"]],
  },
  "request-property-became-nullable": { oasdiff: [["request-property-became-nullable", "INFO"]] },
  "request-property-became-optional": { oasdiff: [["request-property-became-optional", "INFO"]] },
  "request-property-became-required": { oasdiff: [["request-property-became-required", "ERR"]] },
  "request-property-became-read-only": {
    oasdiff: [
      ["request-optional-property-became-read-only", "INFO"],
      ["request-required-property-became-read-only", "INFO"],
    ],
    reason: READ_ONLY,
  },
  "request-property-became-writable": {
    oasdiff: [
      ["request-optional-property-became-not-read-only", "INFO"],
      ["request-required-property-became-not-read-only", "INFO"],
    ],
  },
  "request-property-enum-added": { oasdiff: [["request-property-became-enum", "ERR"]] },
  "request-property-enum-removed": {
    oasdiff: "not reported",
    reason: REQUEST_ENUM_LIFTED,
  },
  "request-property-enum-value-added": { oasdiff: [["request-property-enum-value-added", "INFO"]] },
  "request-property-enum-value-removed": {
    oasdiff: [["request-property-enum-value-removed", "ERR"]],
  },
  "request-property-format-changed": {
    oasdiff: [["request-property-type-changed", "ERR"]],
    reason: FORMAT,
  },
  "request-property-max-decreased": {
    oasdiff: [
      ["request-property-max-decreased", "ERR"],
      ["request-property-max-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-property-max-increased": { oasdiff: [["request-property-max-increased", "INFO"]] },
  "request-property-max-items-decreased": {
    oasdiff: "not reported",
    reason: MAX_ITEMS,
  },
  "request-property-max-items-increased": {
    oasdiff: "not reported",
    reason: MAX_ITEMS,
  },
  "request-property-max-length-decreased": {
    oasdiff: [
      ["request-property-max-length-decreased", "ERR"],
      ["request-property-max-length-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-property-max-length-increased": {
    oasdiff: [["request-property-max-length-increased", "INFO"]],
  },
  "request-property-min-decreased": { oasdiff: [["request-property-min-decreased", "INFO"]] },
  "request-property-min-increased": {
    oasdiff: [
      ["request-property-min-increased", "ERR"],
      ["request-property-min-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
  "request-property-min-length-decreased": {
    oasdiff: [["request-property-min-length-decreased", "INFO"]],
  },
  "request-property-min-length-increased": {
    oasdiff: [["request-property-min-length-increased", "ERR"]],
  },
  "request-property-pattern-added": {
    oasdiff: [["request-property-pattern-added", "ERR"]],
    reason: PATTERN,
  },
  "request-property-pattern-removed": { oasdiff: [["request-property-pattern-removed", "INFO"]] },
  "request-property-removed": { oasdiff: [["request-property-removed", "WARN"]] },
  "request-property-type-changed": { oasdiff: [["request-property-type-changed", "ERR"]] },
  "request-property-type-widened": { oasdiff: [["request-property-type-generalized", "INFO"]] },
  "request-property-variant-added": {
    oasdiff: [
      ["request-property-one-of-added", "INFO"],
      ["request-property-any-of-added", "INFO"],
    ],
  },
  "request-property-variant-removed": {
    oasdiff: [
      ["request-property-one-of-removed", "ERR"],
      ["request-property-any-of-removed", "ERR"],
    ],
  },
  "response-discriminator-changed": {
    oasdiff: [
      ["response-body-discriminator-mapping-added", "INFO"],
      ["response-body-discriminator-mapping-changed", "INFO"],
      ["response-body-discriminator-property-name-changed", "INFO"],
    ],
    reason: DISCRIMINATOR,
  },
  "response-header-added": { oasdiff: [["response-header-added", "INFO"]] },
  "response-header-became-optional": { oasdiff: [["response-header-became-optional", "ERR"]] },
  "response-header-became-required": {
    oasdiff: "not reported",
    reason:
      "oasdiff has no rule for a response header becoming required (nothing clients read is lost).",
  },
  "response-header-removed": {
    oasdiff: [
      ["required-response-header-removed", "ERR"],
      ["optional-response-header-removed", "WARN"],
    ],
    reason:
      "paygen does not split required and optional headers here: either way the generated client reads headers from the Response, so nothing stops compiling, and code reading it gets null.",
  },
  "response-header-type-changed": {
    oasdiff: "not reported",
    reason:
      "oasdiff does not compare response header schemas; code parsing a header written for the old type can misread the new one, as with a response property.",
  },
  "response-media-type-added": { oasdiff: [["response-media-type-added", "INFO"]] },
  "response-media-type-removed": { oasdiff: [["response-media-type-removed", "ERR"]] },
  "response-non-success-status-added": { oasdiff: [["response-non-success-status-added", "INFO"]] },
  "response-non-success-status-removed": {
    oasdiff: [["response-non-success-status-removed", "INFO"]],
    reason:
      "Error handling written for the status may now be dead code, worth a look: paygen warns where oasdiff informs.",
  },
  "response-optional-property-became-required": {
    oasdiff: [["response-property-became-required", "INFO"]],
  },
  "response-property-added": {
    oasdiff: [
      ["response-optional-property-added", "INFO"],
      ["response-required-property-added", "INFO"],
    ],
  },
  "response-property-became-not-nullable": {
    oasdiff: [["response-property-became-not-nullable", "INFO"]],
  },
  "response-property-became-nullable": { oasdiff: [["response-property-became-nullable", "ERR"]] },
  "response-property-became-readable": {
    oasdiff: [
      ["response-optional-property-became-not-write-only", "INFO"],
      ["response-required-property-became-not-write-only", "WARN"],
    ],
    reason:
      "oasdiff warns when a required property starts coming back; a property more in a response breaks no client, as with response-property-added.",
  },
  "response-property-became-write-only": {
    oasdiff: [
      ["response-optional-property-became-write-only", "INFO"],
      ["response-required-property-became-write-only", "INFO"],
    ],
    reason:
      "A writeOnly property no longer comes back, yet the generated type (which ignores writeOnly) still offers it: code reading it compiles and gets undefined, like a removed response property, which is breaking here.",
  },
  "response-property-enum-added": {
    oasdiff: "not reported",
    reason: "oasdiff has no rule for a response value becoming an enum (a narrowing).",
  },
  "response-property-enum-removed": {
    oasdiff: "not reported",
    reason:
      "oasdiff has no rule for an enum lifted from a response value: any value may now arrive, which paygen warns about.",
  },
  "response-property-enum-value-added": {
    oasdiff: [["response-property-enum-value-added", "WARN"]],
  },
  "response-property-enum-value-removed": {
    oasdiff: [["response-property-enum-value-removed", "INFO"]],
  },
  "response-property-format-changed": {
    oasdiff: [["response-property-type-changed", "ERR"]],
    reason: FORMAT,
  },
  "response-property-max-decreased": {
    oasdiff: "not reported",
    reason: NARROWER_RESPONSE_BOUND,
  },
  "response-property-max-increased": {
    oasdiff: [["response-property-max-increased", "ERR"]],
    reason: WIDER_RESPONSE_BOUND,
  },
  "response-property-max-length-decreased": {
    oasdiff: "not reported",
    reason: NARROWER_RESPONSE_BOUND,
  },
  "response-property-max-length-increased": {
    oasdiff: [["response-property-max-length-increased", "ERR"]],
    reason: WIDER_RESPONSE_BOUND,
  },
  "response-property-removed": {
    oasdiff: [
      ["response-optional-property-removed", "WARN"],
      ["response-required-property-removed", "ERR"],
    ],
    reason:
      "The generated type loses the property, so code reading it stops compiling even when it was optional; oasdiff warns for an optional one because the wire always allowed it to be absent.",
  },
  "response-property-type-changed": { oasdiff: [["response-property-type-changed", "ERR"]] },
  "response-property-type-narrowed": { oasdiff: [["response-property-type-specialized", "INFO"]] },
  "response-property-variant-added": {
    oasdiff: [
      ["response-property-one-of-added", "ERR"],
      ["response-property-any-of-added", "INFO"],
    ],
    reason:
      "A new oneOf member is breaking in oasdiff, a new anyOf member information; paygen warns for both: clients meet a shape they do not know, as with a new enum value.",
  },
  "response-property-variant-removed": {
    oasdiff: [
      ["response-property-one-of-removed", "INFO"],
      ["response-property-any-of-removed", "INFO"],
    ],
  },
  "response-required-property-became-optional": {
    oasdiff: [["response-property-became-optional", "ERR"]],
  },
  "response-success-status-added": { oasdiff: [["response-success-status-added", "INFO"]] },
  "response-success-status-removed": { oasdiff: [["response-success-status-removed", "ERR"]] },
  "security-scheme-added": { oasdiff: [["api-security-component-added", "INFO"]] },
  "security-scheme-changed": {
    oasdiff: [["api-security-component-type-changed", "INFO"]],
    reason:
      "Credentials sent the old way no longer authenticate: breaking here, information in oasdiff.",
  },
  "security-scheme-removed": {
    oasdiff: [["api-security-component-removed", "INFO"]],
    reason:
      "Clients configured with its credentials lose that option: paygen warns (operations that required it are reported by their own rules).",
  },
  "server-added": { oasdiff: "not reported", reason: SERVERS },
  "server-removed": {
    oasdiff: "not reported",
    reason: SERVERS,
  },
  "webhook-added": { oasdiff: [["webhook-added", "INFO"]] },
  "webhook-optional-property-became-required": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-added": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-enum-value-added": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-enum-value-removed": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-removed": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-type-changed": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-property-type-narrowed": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
  "webhook-removed": { oasdiff: [["webhook-removed", "ERR"]] },
  "webhook-required-property-became-optional": {
    oasdiff: "not reported",
    reason: WEBHOOK_PAYLOADS,
  },
};
