/**
 * Every diagnostic paygen can report, by stable code. Codes never change meaning; retired codes are
 * not reused. `help` is a one-line hint shown under the message.
 */
export const CATALOGUE = {
  PG100: { name: "file-unreadable", help: "Check the path; specs live in specs/<provider>/." },
  PG101: { name: "yaml-syntax", help: "Fix the YAML syntax at this position." },
  PG102: { name: "yaml-tab-indent", help: "YAML forbids tabs for indentation; indent with spaces." },
  PG103: { name: "empty-file", help: "A spec file must contain a YAML mapping." },
  PG104: { name: "not-text", help: "Spec files must be UTF-8 text." },
  PG105: { name: "root-not-mapping", help: "The document root must be a mapping (key: value pairs)." },
  PG106: { name: "yaml-duplicate-key", help: "Each key may appear once per mapping." },
  PG107: { name: "no-entry-file", help: "Put the spec in specs/<provider>/openapi.yaml (a top-level YAML file with an `openapi` key)." },
  PG110: { name: "ref-unresolved", help: "The $ref target does not exist; check the JSON pointer." },
  PG111: { name: "ref-file-missing", help: "The file named by this $ref does not exist." },
  PG112: { name: "ref-invalid", help: "A $ref must be a string: './file.yaml#/pointer' or '#/pointer'." },
  PG113: { name: "ref-cycle", help: "Only schemas may refer to themselves; break the cycle." },
  PG120: { name: "openapi-version", help: "paygen reads OpenAPI 3.0.x and 3.1.x documents." },
  PG121: { name: "wrong-type", help: "This keyword has a different type in OpenAPI." },
  PG122: { name: "missing-field", help: "OpenAPI requires this field here." },
  PG123: { name: "invalid-value", help: "This value is not allowed here." },
  PG130: { name: "operation-id-missing", help: "Give every operation an operationId (camelCase, unique)." },
  PG131: { name: "operation-id-duplicate", help: "operationIds must be unique across the spec." },
  PG132: { name: "no-success-response", help: "Declare at least one 2xx (or 3xx) response." },
  PG133: { name: "security-scheme-unknown", help: "Declare the scheme under components.securitySchemes." },
  PG134: { name: "path-parameter-mismatch", help: "Every {name} in the path needs an `in: path` parameter, and vice versa." },
  PG135: { name: "client-method-duplicate", help: "Two operations map to the same client method; set x-paygen-resource / x-paygen-method." },
  PG136: { name: "invalid-identifier", help: "Names used in generated code must be identifiers (letters, digits, _; not starting with a digit)." },
  PG140: { name: "example-invalid", help: "Fix the example or the schema so that they agree." },
  PG141: { name: "schema-invalid", help: "The schema cannot be compiled; check its keywords." },
  PG150: { name: "extension-invalid", help: "See specs/README.md for the shape of each x-paygen-* extension." },
  PG151: { name: "extension-unknown", help: "See specs/README.md for the x-paygen-* extensions paygen knows." },
  PG160: { name: "member-renamed", help: "Set x-paygen-resource / x-paygen-method to choose another name." },
  PG161: { name: "file-too-large", help: "Spec files are limited to 64 MiB; split the spec into files joined by $ref." },
  PG162: { name: "yaml-alias-limit", help: "Aliases expand to too many nodes (or refer to themselves); write the data out or use $ref." },
  PG163: { name: "nesting-too-deep", help: "Mappings and sequences may nest 256 levels deep; flatten the document or use $ref." },
  PG164: { name: "ref-limit", help: "Bundling follows at most 100,000 $refs; refs that inline other refs multiply, so refer to shared schemas instead." },
  PG165: { name: "not-a-file", help: "Spec files must be regular files: not directories, devices, named pipes, sockets or symbolic link loops." },
  PG166: { name: "ref-url", help: "paygen does not fetch: download the file into the spec's folder and refer to it by a relative path." },
  PG167: { name: "ref-outside-root", help: "$refs may name only files inside the spec's folder (or the folder given with --root)." },
} as const satisfies Record<string, { name: string; help: string }>;

export type DiagnosticCode = keyof typeof CATALOGUE;
