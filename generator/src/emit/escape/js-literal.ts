import { quotedKey } from "./identifier.js";
import { tsString } from "./string-literal.js";

/**
 * A binding of the generated module (an import), written as its name. Only the generator makes
 * these, from fixed names: spec text never becomes one.
 */
export class ModuleBinding {
  constructor(readonly name: string) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  }
}

/**
 * A JavaScript expression for plain data (what JSON can hold) and `ModuleBinding`s. Unlike
 * JSON.stringify, every key goes through `quotedKey`, so a key named `__proto__` is an own property,
 * never the prototype.
 */
export function jsLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof ModuleBinding) return value.name;
  if (typeof value === "string") return tsString(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    return `{${entries.map(([key, child]) => `${quotedKey(key)}:${jsLiteral(child)}`).join(",")}}`;
  }
  return "null";
}

/** The names of the `ModuleBinding`s inside `value`, sorted, each once. */
export function moduleBindingsIn(value: unknown): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node instanceof ModuleBinding) names.add(node.name);
    else if (node !== null && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(value);
  return [...names].sort();
}
