import type { InterfaceDeclaration } from "./declarations.js";
import { typeArgumentLines } from "./format-type-arguments.js";
import { docs, indent, isPrettierLine } from "./prettier-line.js";

/**
 * An interface with one generic base (`extends ClientOptions<Env, "a" | "b">`) and members named by
 * identifiers, as prettier prints it after its doc comments: the head on one line when it fits (with
 * ` {` or, for no members, ` {}`), else the base's type arguments broken, never the line before
 * `extends`, however long the name; then each member on its line. Undefined for any other shape.
 */
export function interfaceLines(declaration: InterfaceDeclaration): string[] | undefined {
  const [base, ...more] = declaration.extends;
  if (base === undefined || more.length > 0) return undefined;
  const prefix = `export interface ${declaration.name} extends `;
  const suffix = declaration.properties.length > 0 ? " {" : " {}";
  const line = `${prefix}${base}${suffix}`;
  // Prettier keeps `extends Base<` beside the name even past the print width.
  const broken = typeArgumentLines(base, "", suffix, 0);
  const head = isPrettierLine(line, 0)
    ? [line]
    : broken && [`${prefix}${broken[0]!}`, ...broken.slice(1)];
  if (!head || !/^[A-Za-z_$][\w$]*$/.test(declaration.name)) return undefined;
  const members: string[] = [];
  for (const property of declaration.properties) {
    const comments = docs(property.docs, 1);
    const member = `${property.name}${property.hasQuestionToken ? "?" : ""}: ${property.type};`;
    // A quoted name may be unquoted, and a member too long for its line broken.
    if (!comments || !/^[A-Za-z_$][\w$]*$/.test(property.name) || !isPrettierLine(member, 1))
      return undefined;
    members.push(...comments, indent(member, 1));
  }
  return declaration.properties.length > 0 ? [...head, ...members, "}"] : head;
}
