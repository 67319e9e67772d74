/**
 * The two validation profiles. `house`: the specs paygen owns (specs/<provider>/, or any spec with
 * `--strict`), held to every paygen rule. `openapi`: a third-party spec, held only to what OpenAPI
 * 3.0/3.1 and JSON Schema require.
 */
export type Profile = "house" | "openapi";

/**
 * How the `openapi` profile treats a code (the `house` profile reports every code as the check does):
 * `as-house` for defects of the document itself, `warning` or `ignored` for paygen's house rules.
 */
export type OpenApiTreatment = "as-house" | "warning" | "ignored";

/**
 * Every diagnostic paygen can report, by stable code. Codes never change meaning; retired codes are
 * not reused. `help` is a one-line hint shown under the message; `openapi` is the code's treatment
 * under the openapi profile.
 */
export const CATALOGUE = {
  PG100: {
    name: "file-unreadable",
    help: "Check the path; specs live in specs/<provider>/.",
    openapi: "as-house",
  },
  PG101: {
    name: "yaml-syntax",
    help: "Fix the YAML syntax at this position.",
    openapi: "as-house",
  },
  PG102: {
    name: "yaml-tab-indent",
    help: "YAML forbids tabs for indentation; indent with spaces.",
    openapi: "as-house",
  },
  PG103: {
    name: "empty-file",
    help: "A spec file must contain a YAML mapping.",
    openapi: "as-house",
  },
  PG104: { name: "not-text", help: "Spec files must be UTF-8 text.", openapi: "as-house" },
  PG105: {
    name: "root-not-mapping",
    help: "The document root must be a mapping (key: value pairs).",
    openapi: "as-house",
  },
  PG106: {
    name: "yaml-duplicate-key",
    help: "Each key may appear once per mapping.",
    openapi: "as-house",
  },
  PG107: {
    name: "no-entry-file",
    help: "Put the spec in specs/<provider>/openapi.yaml (a top-level YAML file with an `openapi` key).",
    openapi: "as-house",
  },
  PG110: {
    name: "ref-unresolved",
    help: "The $ref target does not exist; check the JSON pointer.",
    openapi: "as-house",
  },
  PG111: {
    name: "ref-file-missing",
    help: "The file named by this $ref does not exist.",
    openapi: "as-house",
  },
  PG112: {
    name: "ref-invalid",
    help: "A $ref must be a string: './file.yaml#/pointer' or '#/pointer'.",
    openapi: "as-house",
  },
  PG113: {
    name: "ref-cycle",
    help: "Only schemas may refer to themselves; break the cycle.",
    openapi: "as-house",
  },
  PG120: {
    name: "openapi-version",
    help: "paygen reads OpenAPI 3.0.x and 3.1.x documents.",
    openapi: "as-house",
  },
  PG121: {
    name: "wrong-type",
    help: "This keyword has a different type in OpenAPI.",
    openapi: "as-house",
  },
  PG122: { name: "missing-field", help: "OpenAPI requires this field here.", openapi: "as-house" },
  PG123: { name: "invalid-value", help: "This value is not allowed here.", openapi: "as-house" },
  PG130: {
    name: "operation-id-missing",
    help: "Give every operation an operationId (camelCase, unique).",
    openapi: "ignored",
  },
  PG131: {
    name: "operation-id-duplicate",
    help: "operationIds must be unique across the spec.",
    openapi: "as-house",
  },
  PG132: {
    name: "no-success-response",
    help: "Declare at least one 2xx (or 3xx) response.",
    openapi: "warning",
  },
  PG133: {
    name: "security-scheme-unknown",
    help: "Declare the scheme under components.securitySchemes.",
    openapi: "as-house",
  },
  PG134: {
    name: "path-parameter-mismatch",
    help: "Every {name} in the path needs an `in: path` parameter, and vice versa.",
    openapi: "as-house",
  },
  PG135: {
    name: "client-method-duplicate",
    help: "Two operations map to the same client method; set x-paygen-resource / x-paygen-method.",
    openapi: "as-house",
  },
  PG136: {
    name: "invalid-identifier",
    help: "Names used in generated code must be identifiers (letters, digits, _; not starting with a digit).",
    openapi: "as-house",
  },
  PG137: {
    name: "webhook-discriminator",
    help: "With x-paygen-webhook-discriminator, pin that property in every webhook payload to its own string values (`const` or `enum`).",
    openapi: "as-house",
  },
  PG140: {
    name: "example-invalid",
    help: "Fix the example or the schema so that they agree.",
    openapi: "warning",
  },
  PG141: {
    name: "schema-invalid",
    help: "The schema cannot be compiled; check its keywords.",
    openapi: "warning",
  },
  PG150: {
    name: "extension-invalid",
    help: "See specs/README.md for the shape of each x-paygen-* extension.",
    openapi: "as-house",
  },
  PG151: {
    name: "extension-unknown",
    help: "See specs/README.md for the x-paygen-* extensions paygen knows.",
    openapi: "warning",
  },
  PG160: {
    name: "member-renamed",
    help: "Set x-paygen-resource / x-paygen-method to choose another name.",
    openapi: "as-house",
  },
  PG161: {
    name: "file-too-large",
    help: "Spec files are limited to 64 MiB; split the spec into files joined by $ref.",
    openapi: "as-house",
  },
  PG162: {
    name: "yaml-alias-limit",
    help: "Aliases expand to too many nodes (or refer to themselves); write the data out or use $ref.",
    openapi: "as-house",
  },
  PG163: {
    name: "nesting-too-deep",
    help: "Mappings and sequences may nest 256 levels deep; flatten the document or use $ref.",
    openapi: "as-house",
  },
  PG164: {
    name: "ref-limit",
    help: "Bundling follows at most 100,000 $refs; refs that inline other refs multiply, so refer to shared schemas instead.",
    openapi: "as-house",
  },
  PG165: {
    name: "not-a-file",
    help: "Spec files must be regular files: not directories, devices, named pipes, sockets or symbolic link loops.",
    openapi: "as-house",
  },
  PG166: {
    name: "ref-url",
    help: "paygen does not fetch: download the file into the spec's folder and refer to it by a relative path.",
    openapi: "as-house",
  },
  PG167: {
    name: "ref-outside-root",
    help: "$refs may name only files inside the spec's folder (or the folder given with --root).",
    openapi: "as-house",
  },
  PG180: {
    name: "output-write-failed",
    help: "paygen could not write the package there; check permissions, free space and that the file system is writable.",
    openapi: "as-house",
  },
  PG181: {
    name: "output-not-generated",
    help: 'The output folder must be new, empty, or a package paygen generated before (its package.json has a "paygen" field); choose another folder.',
    openapi: "as-house",
  },
  PG195: {
    name: "swagger-unsupported",
    help: "Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi swagger.yaml -o openapi.yaml`.",
    openapi: "as-house",
  },
} as const satisfies Record<string, { name: string; help: string; openapi: OpenApiTreatment }>;

export type DiagnosticCode = keyof typeof CATALOGUE;
