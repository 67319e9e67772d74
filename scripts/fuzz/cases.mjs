// What a fuzz case is: the spec corpus (the four provider specs in specs/*/ and the golden fixture
// specs in generator/test/fixtures/*/) and the seeded mutations applied to one file of one spec.
// Every case has its own PRNG stream, so any case replays alone from (seed, index).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";

const PAYLOADS = [
  "*/ globalThis.pwned = 1; /*",
  "${globalThis.pwned = 1}",
  "`; globalThis.pwned = 1; `",
  "line one\r\nline two",
  "para\u2028graph\u2029end",
  "</script><script>alert(1)</script>",
  "'\"\\",
  "{{header}}",
  "__proto__",
  "constructor",
  "then",
  "hasOwnProperty",
  "123 starts with a digit",
  "",
  "ü日本語🙂",
];
const SWAP_VALUES = [42, -1.5, "text", true, null, [], {}, [1, "a"], { a: 1 }];
const BROKEN_REFS = [
  "#/components/schemas/Missing",
  "./missing.yaml#/X",
  "#/",
  "#",
  "",
  "#/paths",
  "#/components/schemas/%7B",
  "http://example.test/x.yaml",
  "../../../../etc/hostname",
];
const MUTATIONS = [
  "delete-key",
  "duplicate-key",
  "swap-type",
  "break-ref",
  "payload-value",
  "payload-key",
  "truncate",
];

/** mulberry32: a small seeded PRNG; each case has its own stream so any case replays alone. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const caseSeed = (seed, index) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

/** Every spec folder of the corpus under `root`: its YAML files (relative paths) and entry file. */
export function loadCorpus(root) {
  const folders = [
    ...readdirSync(path.join(root, "specs"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, "specs", d.name)),
    ...readdirSync(path.join(root, "generator/test/fixtures"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, "generator/test/fixtures", d.name)),
  ].sort();
  return folders.map((folder) => {
    const files = listYaml(folder, folder);
    const entry = files.find(
      (file) =>
        !file.includes("/") && /^openapi\s*:/m.test(readFileSync(path.join(folder, file), "utf8")),
    );
    return {
      name: path.relative(root, folder),
      files: Object.fromEntries(
        files.map((file) => [file, readFileSync(path.join(folder, file), "utf8")]),
      ),
      entry,
    };
  });
}

function listYaml(folder, dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "golden" ? [] : listYaml(folder, full);
    return /\.ya?ml$/.test(entry.name)
      ? [path.relative(folder, full).split(path.sep).join("/")]
      : [];
  });
}

/** The case: which spec, which file, which mutations; returns the mutated files and a description. */
export function buildCase(corpus, seed, index) {
  const random = prng(caseSeed(seed, index));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const spec = pick(corpus);
  const file = pick(Object.keys(spec.files));
  const applied = [];
  // The file is carried as text, or as a parsed document between structural mutations, and
  // serialized only when a text mutation or the case needs it.
  const state = { text: spec.files[file], document: undefined };
  let parse = () => structuredClone(parsedOriginal(spec, file));
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const mutation = pick(MUTATIONS);
    applied.push(mutation);
    if (TEXT_MUTATIONS.has(mutation)) {
      state.text ??= stringifyYaml(state.document);
      state.document = undefined;
      state.text = mutateText(state.text, mutation, random, pick);
      const text = state.text;
      parse = () => parseYaml(text);
    } else {
      try {
        state.document ??= parse();
      } catch {
        continue; // unparseable (e.g. truncated) text: structural mutations leave it as it is
      }
      if (mutateDocument(state.document, mutation, random, pick)) state.text = undefined;
    }
  }
  const text = state.text ?? stringifyYaml(state.document);
  return {
    spec: spec.name,
    entry: spec.entry,
    file,
    mutations: applied,
    files: { ...spec.files, [file]: text },
  };
}

const TEXT_MUTATIONS = new Set(["truncate", "duplicate-key"]);
const stringifyYaml = (document) =>
  YAML.stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
const parseYaml = (text) => YAML.parse(text, { maxAliasCount: 100, uniqueKeys: false });

// Parsing a provider spec costs more than the rest of building a case: each corpus file is parsed once
// and cloned for every case that mutates it (a clone keeps shared references, as parsing does).
const parsedOriginals = new Map();
function parsedOriginal(spec, file) {
  const key = `${spec.name}\0${file}`;
  if (!parsedOriginals.has(key)) {
    let document;
    try {
      document = parseYaml(spec.files[file]);
    } catch (error) {
      document = error;
    }
    parsedOriginals.set(key, document);
  }
  const document = parsedOriginals.get(key);
  if (document instanceof Error) throw document;
  return document;
}

function mutateText(text, mutation, random, pick) {
  if (mutation === "truncate") return text.slice(0, Math.floor(random() * text.length));
  const lines = text.split("\n");
  const keyed = lines
    .map((line, i) => [line, i])
    .filter(([line]) => /^\s*[A-Za-z_$"'][^:#]*:/.test(line));
  if (keyed.length === 0) return text;
  const [line, at] = pick(keyed);
  lines.splice(at + 1, 0, line.replace(/^(\s*)- /, "$1  "));
  return lines.join("\n");
}

/** Mutates `document` in place; false when it found nothing to mutate. */
function mutateDocument(document, mutation, random, pick) {
  const nodes = [];
  const walk = (value, depth) => {
    if (depth > 60 || value === null || typeof value !== "object") return;
    for (const key of Object.keys(value)) {
      nodes.push({ parent: value, key });
      walk(value[key], depth + 1);
    }
  };
  walk(document, 0);
  if (nodes.length === 0) return false;
  if (mutation === "delete-key") {
    const { parent, key } = pick(nodes);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mutation === "swap-type") {
    const { parent, key } = pick(nodes);
    parent[key] = structuredClone(
      pick(
        SWAP_VALUES.filter(
          (value) =>
            typeof value !== typeof parent[key] ||
            Array.isArray(value) !== Array.isArray(parent[key]),
        ),
      ),
    );
  } else if (mutation === "break-ref") {
    const refs = nodes.filter(
      ({ key, parent }) => key === "$ref" && typeof parent[key] === "string",
    );
    const target =
      refs.length > 0 ? pick(refs) : pick(nodes.filter(({ parent }) => !Array.isArray(parent)));
    if (!target) return false;
    target.parent["$ref"] = pick([...BROKEN_REFS, `${target.parent["$ref"] ?? "#"}/extra`]);
  } else if (mutation === "payload-value") {
    const strings = nodes.filter(({ parent, key }) => typeof parent[key] === "string");
    if (strings.length === 0) return false;
    const { parent, key } = pick(strings);
    parent[key] = random() < 0.5 ? pick(PAYLOADS) : `${parent[key]}${pick(PAYLOADS)}`;
  } else if (mutation === "payload-key") {
    const keyed = nodes.filter(({ parent }) => !Array.isArray(parent));
    const { parent, key } = pick(keyed);
    const value = parent[key];
    delete parent[key];
    Object.defineProperty(parent, pick(PAYLOADS), {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return true;
}
