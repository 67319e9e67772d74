/**
 * The declarations client.ts is made of, as data, and their printer. It prints what ts-morph printed
 * for the same structures (blank lines, doc comments, four-space indentation), without loading ts-morph
 * and the TypeScript compiler it bundles: prettier formats the text afterwards either way.
 */
import { jsLiteral } from "../escape/index.js";

export interface ImportDeclaration {
  kind: "import";
  moduleSpecifier: string;
  namedImports: string[];
  isTypeOnly?: boolean;
}

export interface TypeAlias {
  kind: "type";
  name: string;
  type: string;
  docs?: string[];
}

export interface PropertySignature {
  name: string;
  type: string;
  hasQuestionToken?: boolean;
  docs?: string[];
}

export interface InterfaceDeclaration {
  kind: "interface";
  name: string;
  extends: string[];
  properties: PropertySignature[];
  docs?: string[];
}

/** A constant holding data (and module bindings), written by `jsLiteral`. */
export interface ConstDeclaration {
  kind: "const";
  name: string;
  type?: string;
  value: unknown;
  /** After the literal: `as const satisfies OperationSpec`. */
  assertion?: string;
}

export interface Parameter {
  name: string;
  type: string;
  hasQuestionToken?: boolean;
  initializer?: string;
}

export interface PropertyDeclaration {
  name: string;
  type: string;
}

export interface MethodDeclaration {
  name: string;
  parameters: Parameter[];
  returnType: string;
  statements: string[];
  docs?: string[];
}

export interface ClassDeclaration {
  kind: "class";
  name: string;
  /** All readonly. */
  properties: PropertyDeclaration[];
  constructor: { parameters: Parameter[]; statements: string[] };
  methods: MethodDeclaration[];
  docs?: string[];
}

/** A module-level function: a method's shape with `export function` before it. */
export interface FunctionDeclaration extends MethodDeclaration {
  kind: "function";
}

/** Type aliases, interfaces, classes and functions are exported; constants are not. */
export type Declaration =
  | ImportDeclaration
  | TypeAlias
  | InterfaceDeclaration
  | ConstDeclaration
  | ClassDeclaration
  | FunctionDeclaration;

const INDENT = "    ";

/** The declarations as one module's text, ending in a newline. */
export function printDeclarations(declarations: readonly Declaration[]): string {
  const out = new Output();
  for (const declaration of declarations) {
    // A block-bodied declaration, and anything after one, is set off by a blank line.
    out.separate(
      declaration.kind === "class" ||
        declaration.kind === "interface" ||
        declaration.kind === "function",
    );
    printDeclaration(out, declaration);
  }
  return `${out.text()}\n`;
}

function printDeclaration(out: Output, declaration: Declaration): void {
  switch (declaration.kind) {
    case "import":
      out.write(
        `import${declaration.isTypeOnly ? " type" : ""} { ${declaration.namedImports.join(", ")} } from ${JSON.stringify(declaration.moduleSpecifier)};`,
      );
      return;
    case "type":
      printDocs(out, declaration.docs);
      out.write(`export type ${declaration.name} = ${declaration.type};`);
      return;
    case "const":
      out.write(
        `const ${declaration.name}${declaration.type ? `: ${declaration.type}` : ""} = ${jsLiteral(declaration.value)}${declaration.assertion ? ` ${declaration.assertion}` : ""};`,
      );
      return;
    case "interface":
      printDocs(out, declaration.docs);
      out.write(
        `export interface ${declaration.name} ${declaration.extends.length > 0 ? `extends ${declaration.extends.join(", ")} ` : ""}{`,
      );
      out.block(() => {
        for (const property of declaration.properties) {
          out.separate(false);
          printDocs(out, property.docs);
          out.write(`${property.name}${property.hasQuestionToken ? "?" : ""}: ${property.type};`);
        }
      });
      return;
    case "class":
      printClass(out, declaration);
      return;
    case "function":
      printDocs(out, declaration.docs);
      out.write(
        `export function ${declaration.name}(${parameterList(declaration.parameters)}): ${declaration.returnType} {`,
      );
      out.block(() => statements(out, declaration.statements));
      return;
  }
}

function printClass(out: Output, declaration: ClassDeclaration): void {
  printDocs(out, declaration.docs);
  out.write(`export class ${declaration.name} {`);
  out.block(() => {
    for (const property of declaration.properties) {
      out.separate(false);
      out.write(`readonly ${property.name}: ${property.type};`);
    }
    out.separate(true);
    out.write(`constructor(${parameterList(declaration.constructor.parameters)}) {`);
    out.block(() => statements(out, declaration.constructor.statements));
    for (const method of declaration.methods) {
      out.separate(true);
      printDocs(out, method.docs);
      out.write(`${method.name}(${parameterList(method.parameters)}): ${method.returnType} {`);
      out.block(() => statements(out, method.statements));
    }
  });
}

function statements(out: Output, lines: readonly string[]): void {
  for (const line of lines) {
    out.separate(false);
    out.write(line);
  }
}

function parameterList(parameters: readonly Parameter[]): string {
  return parameters
    .map(
      (p) =>
        `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}${p.initializer === undefined ? "" : ` = ${p.initializer}`}`,
    )
    .join(", ");
}

function printDocs(out: Output, docs: readonly string[] | undefined): void {
  for (const doc of docs ?? []) {
    out.write(docLines(doc).join("\n"));
    out.newLine();
  }
}

/** `/** text *\/` for one line, else `/**`, ` * line` per line (` *` when empty) and ` *\/`. */
export function docLines(doc: string): string[] {
  const lines = doc.split(/\r?\n/);
  if (lines.length <= 1) {
    const text = lines[0] ?? "";
    return [`/** ${text}${text.endsWith(" ") ? "" : " "}*/`];
  }
  const body = (lines[0] === "" ? lines.slice(1) : lines).map((line) =>
    line === "" ? " *" : ` * ${line}`,
  );
  return ["/**", ...body, " */"];
}

/** Lines at a block depth: the part of code-block-writer's behaviour ts-morph's printers relied on. */
class Output {
  #lines: string[] = [""];
  #depth = 0;
  /** Whether nothing has been written since the current block (or the file) started. */
  #atBlockStart = true;

  /** Appends text at the current depth, each of its lines indented to it. */
  write(text: string): void {
    text.split("\n").forEach((piece, i) => {
      if (i > 0) this.#lines.push("");
      const last = this.#lines.length - 1;
      if (this.#lines[last] === "" && piece !== "") this.#lines[last] = INDENT.repeat(this.#depth);
      this.#lines[last] += piece;
    });
    this.#atBlockStart = false;
  }

  newLine(): void {
    this.#lines.push("");
  }

  /**
   * Before a declaration, member or statement: a blank line when one is asked for or the text so
   * far ends with `}`, else a line break; nothing at the start of a block.
   */
  separate(blank: boolean): void {
    if (this.#atBlockStart) return;
    if (blank || this.#endsWithBrace()) this.#blankLineIfLastNot();
    else if (this.#lines.at(-1) !== "") this.newLine();
  }

  /** `{` was written: the body at one more depth, then `}` on its own line. */
  block(body: () => void): void {
    this.newLine();
    this.#depth++;
    this.#atBlockStart = true;
    body();
    this.#depth--;
    if (this.#lines.at(-1) !== "") this.newLine();
    this.write("}");
  }

  #endsWithBrace(): boolean {
    for (let i = this.#lines.length - 1; i >= 0; i--) {
      const line = this.#lines[i]!.trimEnd();
      if (line !== "") return line.endsWith("}");
    }
    return false;
  }

  #blankLineIfLastNot(): void {
    if (this.#lines.at(-1) !== "") this.newLine();
    if (this.#lines.at(-2) !== "") this.newLine();
  }

  text(): string {
    return this.#lines.join("\n");
  }
}
