import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { newAjv } from "../util/ajv.js";
import {
  getAtPointer,
  getOwnAtPath,
  isRecord,
  joinPointer,
  unescapePointerSegment,
} from "../util/json-pointer.js";
import { SCHEMA_KEYS, SCHEMA_LIST_KEYS, SCHEMA_MAP_KEYS } from "../util/schema-keywords.js";
import type { CheckContext } from "./context.js";
import { draft7Pointer, toDraft7 } from "./draft7.js";
import { createExampleScreen } from "./example-screen.js";
import { ecmaRegExp } from "./ecma-regexp.js";
import { reachableDocument } from "./reachable-document.js";
import { isExampleDataKey, withoutExampleData } from "./schema-document.js";

const SPEC_ID = "paygen:spec";

interface ExampleSite {
  /** Pointer of the schema the value must satisfy. */
  schemaPointer: string;
  /** Pointer of the example value. */
  valuePointer: string;
  value: unknown;
}

export type Compiled = { validate: ValidateFunction | undefined } | { error: string };

/** Every `example`/`examples` value must validate against its schema. */
export function checkExamples(ctx: CheckContext): void {
  const sites = collectExampleSites(ctx.document);
  if (sites.length === 0) return;
  // Nearly every example passes the screen; ajv compiles (and words the failures of) the rest.
  const screen = createExampleScreen(ctx.document, ctx.version);
  const undecided = sites.filter(
    (site) => !screen.passes(nodeAt(ctx.document, site.schemaPointer), site.value),
  );
  if (undecided.length === 0) return;
  const validators = siteValidators(
    ctx.document,
    ctx.version,
    undecided.map((site) => site.schemaPointer),
  );
  const reportedUncompilable = new Set<string>();
  for (const site of undecided) {
    const entry = validators.at(site.schemaPointer);
    if ("error" in entry) {
      if (!reportedUncompilable.has(site.schemaPointer))
        ctx.report("PG141", `schema cannot be compiled: ${entry.error}`, site.schemaPointer);
      reportedUncompilable.add(site.schemaPointer);
    } else if (entry.validate && !entry.validate(site.value)) {
      ctx.report(
        "PG140",
        `example does not match its schema: ${describeErrors(entry.validate.errors ?? [])}`,
        site.valuePointer,
      );
    }
  }
}

/** The node at an unencoded pointer (the form collectExampleSites produces). */
export function nodeAt(document: Record<string, unknown>, pointer: string): unknown {
  return getOwnAtPath(document, pointer.split("/").slice(1).map(unescapePointerSegment)).value;
}

/**
 * ajv validators for the schemas at `pointers`, compiled over the part of the document they reach
 * (exported for tests: the screen's oracle). Keyed by the schema a pointer resolves to: the many
 * examples of one component share its validator.
 */
export function siteValidators(
  document: Record<string, unknown>,
  version: "3.0" | "3.1",
  pointers: readonly string[],
): { at(pointer: string): Compiled } {
  const reachable = reachableDocument(document, pointers);
  const ajv = createAjv(version, reachable);
  const compiled = new Map<string, Compiled>();
  return {
    at(pointer) {
      const key = validatorKey(reachable, version, pointer);
      let entry = compiled.get(key);
      if (!entry) {
        try {
          entry = { validate: ajv.getSchema(key) };
        } catch (error) {
          entry = { error: (error as Error).message.split("\n")[0] ?? "" };
        }
        compiled.set(key, entry);
      }
      return entry;
    },
  };
}

function createAjv(version: "3.0" | "3.1", document: Record<string, unknown>): Ajv {
  // OpenAPI adds keywords (discriminator, xml, x-*) that JSON Schema does not know: not strict.
  // ownProperties: an example without a `constructor` property must not be checked against Object.prototype's.
  const options = {
    strict: false,
    allErrors: false,
    logger: false as const,
    validateFormats: true,
    ownProperties: true,
    // One compiled function per $ref target, shared by every validator that reaches it (ajv would
    // otherwise inline a ref-free target into each); unoptimized code: each runs on a few values.
    inlineRefs: false,
    code: { regExp: ecmaRegExp, optimize: false },
  };
  const ajv = newAjv(version, options);
  const schemas = withoutExampleData(document) as Record<string, unknown>;
  ajv.addSchema(version === "3.0" ? toDraft7(schemas) : schemas, SPEC_ID);
  return ajv;
}

/**
 * The ajv key of the schema at `pointer` (where it sits in the draft 7 copy of a 3.0 document); a
 * bare local `{ $ref }` stands for its target, so a component is compiled once however many media
 * types point at it.
 */
function validatorKey(
  document: Record<string, unknown>,
  version: "3.0" | "3.1",
  pointer: string,
): string {
  const own = `${SPEC_ID}#${encodePointer(version === "3.0" ? draft7Pointer(document, pointer) : pointer)}`;
  const schema = nodeAt(document, pointer);
  if (!isRecord(schema)) return own;
  const keys = Object.keys(schema);
  const ref = schema["$ref"];
  if (keys.length !== 1 || typeof ref !== "string" || !ref.startsWith("#/")) return own;
  try {
    return getAtPointer(document, ref).found ? `${SPEC_ID}${ref}` : own;
  } catch {
    // A malformed percent-escape: leave it to ajv to report at the site's own pointer.
    return own;
  }
}

function describeErrors(errors: ErrorObject[]): string {
  const first = errors[0];
  if (!first) return "invalid";
  const where = first.instancePath === "" ? "the value" : first.instancePath;
  const detail =
    first.keyword === "enum"
      ? ` (${(first.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")})`
      : "";
  const extra =
    first.keyword === "additionalProperties"
      ? ` (\`${(first.params as { additionalProperty: string }).additionalProperty}\`)`
      : "";
  return `${where} ${first.message ?? "is invalid"}${detail}${extra}`;
}

function encodePointer(pointer: string): string {
  return pointer
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

export function collectExampleSites(document: Record<string, unknown>): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const visitSchema = (schema: unknown, pointer: string): void => {
    if (!isRecord(schema)) return;
    if ("example" in schema && !("$ref" in schema))
      sites.push({
        schemaPointer: pointer,
        valuePointer: joinPointer(pointer, "example"),
        value: schema["example"],
      });
    if (Array.isArray(schema["examples"])) {
      schema["examples"].forEach((value, index) =>
        sites.push({
          schemaPointer: pointer,
          valuePointer: joinPointer(pointer, "examples", index),
          value,
        }),
      );
    }
    for (const [key, child] of Object.entries(schema)) {
      if (SCHEMA_KEYS.has(key)) visitSchema(child, joinPointer(pointer, key));
      else if (SCHEMA_MAP_KEYS.has(key) && isRecord(child)) {
        for (const [name, sub] of Object.entries(child))
          visitSchema(sub, joinPointer(pointer, key, name));
      } else if (SCHEMA_LIST_KEYS.has(key) && Array.isArray(child)) {
        child.forEach((sub, index) => visitSchema(sub, joinPointer(pointer, key, index)));
      }
    }
  };
  const visitOpenApi = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visitOpenApi(item, joinPointer(pointer, index)));
      return;
    }
    if (!isRecord(value)) return;
    const schema = value["schema"];
    if (isRecord(schema)) {
      const schemaPointer = joinPointer(pointer, "schema");
      if ("example" in value)
        sites.push({
          schemaPointer,
          valuePointer: joinPointer(pointer, "example"),
          value: value["example"],
        });
      if (isRecord(value["examples"])) {
        for (const [name, example] of Object.entries(value["examples"])) {
          if (isRecord(example) && "value" in example) {
            sites.push({
              schemaPointer,
              valuePointer: joinPointer(pointer, "examples", name, "value"),
              value: example["value"],
            });
          }
        }
      }
      visitSchema(schema, schemaPointer);
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === "schema" || isExampleDataKey(key)) continue;
      if (key === "schemas" && pointer === "/components" && isRecord(child)) {
        for (const [name, sub] of Object.entries(child))
          visitSchema(sub, joinPointer(pointer, key, name));
        continue;
      }
      visitOpenApi(child, joinPointer(pointer, key));
    }
  };
  visitOpenApi(document, "");
  return sites;
}
