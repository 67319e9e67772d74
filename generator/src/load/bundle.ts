import path from "node:path";
import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/index.js";
import {
  escapePointerSegment,
  getAtPointer,
  isRecord,
  joinPointer,
  splitPointer,
} from "../util/json-pointer.js";
import { SCHEMA_KEYS, SCHEMA_LIST_KEYS, SCHEMA_MAP_KEYS } from "../util/schema-keywords.js";
import { setOwn } from "../util/set-own.js";
import { LIMITS } from "./limits.js";
import { refusedRef, type RefRoot } from "./ref-containment.js";
import { locateInFile, type ParsedFile } from "./yaml-file.js";

/**
 * Turns a multi-file spec into one document. External `$ref`s that stand where a schema stands are
 * hoisted into `components.schemas` (so recursive schemas stay named and cyclic); any other external
 * `$ref` is inlined. Refs inside the entry file are left alone.
 */

/** Where a node of the bundled document came from: output pointer prefix → file + pointer prefix. */
export interface Mount {
  file: string;
  pointer: string;
}

type Context = "openapi" | "schema" | "schemaMap" | "schemaList" | "literal";

function childContext(context: Context, key: string, parentKey: string | undefined): Context {
  switch (context) {
    case "literal":
      return "literal";
    case "schemaMap":
    case "schemaList":
      return "schema";
    case "schema":
      if (SCHEMA_KEYS.has(key)) return "schema";
      if (SCHEMA_MAP_KEYS.has(key)) return "schemaMap";
      if (SCHEMA_LIST_KEYS.has(key)) return "schemaList";
      // enum, default, example, discriminator, xml, …: data, not schemas.
      return "literal";
    case "openapi":
      if (key === "schema") return "schema";
      if (key === "schemas" && parentKey === "components") return "schemaMap";
      // `example` of a media type or parameter, `value` of an Example object.
      if (key === "example" || key === "value") return "literal";
      return "openapi";
  }
}

export interface BundleInput {
  entry: ParsedFile;
  /** The folder external refs must stay inside. */
  root: RefRoot;
  /** Loads another file (cached by the caller). */
  load(file: string): ParsedFile | undefined;
  /** Diagnostics the loader produced for a file that failed to parse. */
  loadDiagnostics(file: string): Diagnostic[];
}

export interface BundleResult {
  document: Record<string, unknown>;
  mounts: Map<string, Mount>;
  files: string[];
  diagnostics: Diagnostic[];
}

export function bundle(input: BundleInput): BundleResult {
  const entryValue = input.entry.value as Record<string, unknown>;
  const mounts = new Map<string, Mount>([["", { file: input.entry.file, pointer: "" }]]);
  const files = new Set<string>([input.entry.file]);
  if (!hasExternalRef(entryValue))
    return { document: entryValue, mounts, files: [...files], diagnostics: [] };

  const diagnostics: Diagnostic[] = [];
  const document: Record<string, unknown> = { ...entryValue };
  const hoisted = new Map<string, string>();
  const inlining: string[] = [];
  const hoistQueue: Array<{ name: string; parsed: ParsedFile; pointer: string }> = [];
  const hoistedSchemas = new Map<string, unknown>();
  const entrySchemaNames = isRecord(getAtPointer(entryValue, "/components/schemas").value)
    ? Object.keys(getAtPointer(entryValue, "/components/schemas").value as object)
    : [];
  const takenNames = new Set<string>(entrySchemaNames);

  // Components written as `Name: { $ref: ./file.yaml#/X }` keep their name.
  const entrySchemas = getAtPointer(entryValue, "/components/schemas").value;
  if (isRecord(entrySchemas)) {
    for (const [name, value] of Object.entries(entrySchemas)) {
      const ref = isRecord(value) ? value["$ref"] : undefined;
      if (typeof ref === "string" && !ref.startsWith("#")) {
        const resolved = resolveTarget(input.entry.file, ref);
        hoisted.set(resolved.key, `#/components/schemas/${escapePointerSegment(name)}`);
      }
    }
  }

  let refsFollowed = 0;
  // Decided once per file a ref names: the check resolves symbolic links.
  const refusals = new Map<string, ReturnType<typeof refusedRef>>();
  const refusal = (filePart: string, file: string): ReturnType<typeof refusedRef> => {
    const key = `${file}\0${filePart}`;
    if (!refusals.has(key)) refusals.set(key, refusedRef(filePart, file, input.root));
    return refusals.get(key);
  };
  const walk = (
    value: unknown,
    context: Context,
    source: Mount,
    out: string,
    parentKey: string | undefined,
  ): unknown => {
    if (context === "literal" || value === null || typeof value !== "object") return value;
    if (refsFollowed > LIMITS.maxRefResolutions) return {};
    if (Array.isArray(value)) {
      return value.map((item, index) =>
        walk(
          item,
          childContext(context, String(index), parentKey),
          { file: source.file, pointer: joinPointer(source.pointer, index) },
          joinPointer(out, index),
          parentKey,
        ),
      );
    }
    const record = value as Record<string, unknown>;
    const ref = record["$ref"];
    const isEntry = source.file === input.entry.file;
    if (typeof ref === "string" && (!isEntry || !ref.startsWith("#"))) {
      return followRef(ref, context, source, out, parentKey);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) {
      const value = walk(
        child,
        childContext(context, key, parentKey),
        { file: source.file, pointer: joinPointer(source.pointer, key) },
        joinPointer(out, key),
        key,
      );
      setOwn(copy, key, value);
    }
    if (context === "schema" && isRecord(record["discriminator"]))
      copy["discriminator"] = rewriteMapping(record["discriminator"], source, out, isEntry);
    return copy;
  };

  // discriminator.mapping values are refs written as strings: they move with the schemas they name.
  const rewriteMapping = (
    discriminator: Record<string, unknown>,
    source: Mount,
    out: string,
    isEntry: boolean,
  ): Record<string, unknown> => {
    const mapping = discriminator["mapping"];
    if (!isRecord(mapping)) return discriminator;
    const rewritten: Record<string, unknown> = {};
    for (const [name, target] of Object.entries(mapping)) {
      const pointer = joinPointer(source.pointer, "discriminator", "mapping", name);
      const isFileRef =
        typeof target === "string" && (!isEntry || !target.startsWith("#")) && isMappingRef(target);
      const followed = isFileRef
        ? followRef(
            target,
            "schema",
            { file: source.file, pointer },
            joinPointer(out, "discriminator", "mapping", name),
            undefined,
          )
        : undefined;
      rewritten[name] =
        isRecord(followed) && typeof followed["$ref"] === "string" ? followed["$ref"] : target;
    }
    return { ...discriminator, mapping: rewritten };
  };

  const followRef = (
    ref: string,
    context: Context,
    source: Mount,
    out: string,
    parentKey: string | undefined,
  ): unknown => {
    // Located only when reported: finding positions costs more than following the ref.
    const refLocation = (): SourceLocation | undefined => locateMount(input, source, "/$ref");
    if (++refsFollowed > LIMITS.maxRefResolutions) {
      diagnostics.push(
        diagnostic(
          "PG164",
          `more than ${LIMITS.maxRefResolutions.toLocaleString("en")} $refs followed while bundling; stopped here`,
          refLocation(),
        ),
      );
      return {};
    }
    const target = resolveTarget(source.file, ref);
    const filePart = ref.split("#")[0]!;
    const refused = filePart === "" ? undefined : refusal(filePart, target.file);
    if (refused) {
      diagnostics.push(diagnostic(refused.code, refused.message, refLocation()));
      return {};
    }
    const parsed = target.file === input.entry.file ? input.entry : input.load(target.file);
    if (!parsed) {
      const loadError = input.loadDiagnostics(target.file)[0];
      if (!loadError || loadError.code === "PG100") {
        diagnostics.push(
          diagnostic(
            "PG111",
            `$ref target file ${ref.split("#")[0]} does not exist`,
            refLocation(),
          ),
        );
      } else if (loadError.code === "PG161" || loadError.code === "PG165") {
        // About the file as a whole: reported where the $ref names it.
        diagnostics.push(
          diagnostic(loadError.code, `$ref ${ref}: ${loadError.message}`, refLocation()),
        );
      } else {
        diagnostics.push(loadError);
      }
      return {};
    }
    files.add(parsed.file);
    const found = getAtPointer(parsed.value, target.pointer);
    if (!found.found) {
      diagnostics.push(diagnostic("PG110", `$ref ${ref} does not resolve`, refLocation()));
      return {};
    }
    if (context === "schema" && target.file !== input.entry.file) {
      let internal = hoisted.get(target.key);
      if (internal === `#${out}`) {
        // `components.schemas.Name: { $ref: ./file.yaml }`: the component is the target itself.
        // A target that is again only a ref to itself (`$ref: ""`) would be walked forever.
        if (inlining.includes(target.key)) {
          diagnostics.push(
            diagnostic(
              "PG113",
              `$ref ${ref === "" ? '""' : ref} refers back to itself`,
              refLocation(),
            ),
          );
          return {};
        }
        inlining.push(target.key);
        mounts.set(out, { file: parsed.file, pointer: target.pointer });
        const value = walk(
          found.value,
          "schema",
          { file: parsed.file, pointer: target.pointer },
          out,
          parentKey,
        );
        inlining.pop();
        return value;
      }
      if (!internal) {
        const name = uniqueName(takenNames, nameFor(target.file, target.pointer));
        takenNames.add(name);
        internal = `#/components/schemas/${escapePointerSegment(name)}`;
        hoisted.set(target.key, internal);
        hoistQueue.push({ name, parsed, pointer: target.pointer });
      }
      return { $ref: internal };
    }
    if (context === "schema") return { $ref: `#${target.pointer}` };
    if (inlining.includes(target.key)) {
      diagnostics.push(
        diagnostic("PG113", `$ref ${ref === "" ? '""' : ref} refers back to itself`, refLocation()),
      );
      return {};
    }
    inlining.push(target.key);
    mounts.set(out, { file: parsed.file, pointer: target.pointer });
    const value = walk(
      found.value,
      context,
      { file: parsed.file, pointer: target.pointer },
      out,
      parentKey,
    );
    inlining.pop();
    return value;
  };

  for (const key of Object.keys(document)) {
    setOwn(
      document,
      key,
      walk(
        document[key],
        childContext("openapi", key, undefined),
        { file: input.entry.file, pointer: joinPointer("", key) },
        joinPointer("", key),
        key,
      ),
    );
  }
  while (hoistQueue.length > 0) {
    const item = hoistQueue.shift()!;
    const out = joinPointer("/components/schemas", item.name);
    mounts.set(out, { file: item.parsed.file, pointer: item.pointer });
    const value = getAtPointer(item.parsed.value, item.pointer).value;
    hoistedSchemas.set(
      item.name,
      walk(value, "schema", { file: item.parsed.file, pointer: item.pointer }, out, undefined),
    );
  }
  if (hoistedSchemas.size > 0) {
    const components = isRecord(document["components"]) ? { ...document["components"] } : {};
    const existing = isRecord(components["schemas"]) ? components["schemas"] : {};
    components["schemas"] = { ...existing, ...Object.fromEntries(hoistedSchemas) };
    document["components"] = components;
  }
  return { document, mounts, files: [...files].sort(), diagnostics };
}

/** A mapping value that is a reference (`./pet.yaml`, `#/Pet`), not a bare schema name (`Pet`). */
function isMappingRef(value: string): boolean {
  return /[/#]|\.(ya?ml|json)$/i.test(value);
}

function resolveTarget(
  fromFile: string,
  ref: string,
): { file: string; pointer: string; key: string } {
  const hash = ref.indexOf("#");
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointerPart = hash === -1 ? "" : ref.slice(hash + 1);
  const file =
    filePart === "" ? fromFile : path.resolve(path.dirname(fromFile), decodeURI(filePart));
  const pointer =
    pointerPart === "" ? "" : "/" + splitPointer(pointerPart).map(escapePointerSegment).join("/");
  return { file, pointer, key: `${file}#${pointer}` };
}

function nameFor(file: string, pointer: string): string {
  const segments = splitPointer(pointer);
  const raw =
    segments.length > 0
      ? segments[segments.length - 1]!
      : path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return raw.replace(/[^A-Za-z0-9_.-]/g, "_") || "Schema";
}

function uniqueName(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

function locateMount(
  input: BundleInput,
  source: Mount,
  suffix: string,
): SourceLocation | undefined {
  const parsed = source.file === input.entry.file ? input.entry : input.load(source.file);
  if (!parsed) return undefined;
  return locateInFile(parsed, source.pointer + suffix) ?? locateInFile(parsed, source.pointer);
}

function hasExternalRef(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasExternalRef);
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) return true;
    if (key !== "example" && key !== "examples" && hasExternalRef(child)) return true;
  }
  return false;
}
