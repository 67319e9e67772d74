import { formatOffThread } from "../types-pool.js";
import { importLines } from "./format-imports.js";
import { interfaceLines } from "./format-interface.js";
import { literalLines, namesObjectLines, type NamesObject } from "./format-literal.js";
import { typeArgumentLines } from "./format-type-arguments.js";
import {
  docs,
  indent,
  INDEXED,
  isPlainAscii,
  isPrettierLine,
  PRETTIER_REWRITES,
  UNBREAKABLE,
} from "./prettier-line.js";
import {
  docLines,
  printDeclarations,
  type ClassDeclaration,
  type Declaration,
  type FunctionDeclaration,
  type MethodDeclaration,
  type Parameter,
} from "./declarations.js";

/**
 * The declarations as prettier formats `printDeclarations(declarations)`, without running prettier
 * over the whole file. Each declaration whose shape has a fixed prettier layout (imports, type
 * aliases, the options interface, data constants, classes, functions; format-*.ts) is written directly
 * at prettier's indentation; anything else (text prettier would rewrite: quotes, escapes, parentheses,
 * numbers; shapes not worked out) goes through prettier in one batch per level, split apart by marker
 * statements. Prettier formats top-level statements and class members independently of their
 * neighbours except for blank lines, which are the printer's either way.
 */
export async function formatDeclarations(declarations: readonly Declaration[]): Promise<string> {
  const statements = new Batch();
  const members = new Batch();
  const pieces: Piece[] = [];
  declarations.forEach((declaration, index) => {
    // printDeclarations sets block-bodied declarations off by blank lines.
    const previous = declarations[index - 1];
    if (previous && (isBlock(previous) || isBlock(declaration))) pieces.push("");
    const comments = "docs" in declaration ? docs(declaration.docs, 0) : [];
    const lines =
      declaration.kind === "type"
        ? typeAliasLines(declaration)
        : declaration.kind === "interface"
          ? interfaceLines(declaration)
          : declaration.kind === "import"
            ? importLines(declaration)
            : undefined;
    if (lines && comments) pieces.push(...comments, ...lines);
    else if (declaration.kind === "class" && comments && isPrettierLine(classHead(declaration), 0))
      pieces.push(...comments, ...classPieces(declaration, members));
    else if (declaration.kind === "function")
      pieces.push(...functionPieces(declaration, statements));
    else {
      const literal = declaration.kind === "const" ? constLines(declaration) : undefined;
      pieces.push(...(literal ?? [statements.add(printDeclarations([declaration]).trimEnd())]));
    }
  });
  await Promise.all([statements.format(0), members.format(1)]);
  return `${pieces.map((piece) => (typeof piece === "string" ? piece : piece.text)).join("\n")}\n`;
}

/** Output lines, or a unit whose text prettier fills in. */
type Piece = string | { text?: string };

function isBlock(declaration: Declaration): boolean {
  return (
    declaration.kind === "class" ||
    declaration.kind === "interface" ||
    declaration.kind === "function"
  );
}

/** A data constant (with `as const satisfies …` after it), as prettier lays it out. */
function constLines(declaration: Extract<Declaration, { kind: "const" }>): string[] | undefined {
  if (
    declaration.assertion !== undefined &&
    !/^as const satisfies [\w<>, ]+$/.test(declaration.assertion)
  )
    return undefined;
  const prefix = `const ${declaration.name}${declaration.type ? `: ${declaration.type}` : ""} = `;
  const suffix = `${declaration.assertion ? ` ${declaration.assertion}` : ""};`;
  return literalLines(declaration.value, prefix, suffix);
}

/**
 * A type alias as prettier lays it out, for the shapes whose layout is fixed: one line when it fits;
 * else an indexed access moves whole to the next line, a generic (`NonNullable<…>`) breaks its type
 * arguments, and a union of unbreakable members moves or breaks. Undefined: prettier formats it.
 */
function typeAliasLines(declaration: Extract<Declaration, { kind: "type" }>): string[] | undefined {
  const head = `export type ${declaration.name} =`;
  const line = `${head} ${declaration.type};`;
  if (isPrettierLine(line, 0)) return [line];
  // Too long only as counted conservatively (non-ASCII as two columns): prettier may keep it whole.
  if (PRETTIER_REWRITES.test(line) || !isPlainAscii(line)) return undefined;
  if (INDEXED.test(declaration.type) && isPrettierLine(head, 0))
    return [head, `  ${declaration.type};`];
  const generic = typeArgumentLines(declaration.type, `${head} `, ";", 0);
  if (generic) return generic;
  // A union moves to the next line; when it does not fit there, each member gets a line of its own.
  const members = declaration.type.split(" | ");
  const union = members.length > 1 && members.every((member) => UNBREAKABLE.test(member));
  if (union && isPrettierLine(head, 0))
    return isPrettierLine(`  ${declaration.type};`, 0)
      ? [head, `  ${declaration.type};`]
      : [
          head,
          ...members.map((member, i) => `  | ${member}${i === members.length - 1 ? ";" : ""}`),
        ];
  return undefined;
}

function classHead(declaration: ClassDeclaration): string {
  return `export class ${declaration.name} {`;
}

function classPieces(declaration: ClassDeclaration, members: Batch): Piece[] {
  const pieces: Piece[] = [classHead(declaration)];
  for (const property of declaration.properties) {
    const line = `readonly ${property.name}: ${property.type};`;
    pieces.push(
      // A type prettier cannot break stays on the property's line even past the print width.
      (isPrettierLine(line, 1) || UNBREAKABLE.test(property.type)) &&
        !line.includes('"') &&
        !PRETTIER_REWRITES.test(line)
        ? indent(line, 1)
        : members.add(line),
    );
  }
  if (declaration.properties.length > 0) pieces.push("");
  const ctor = declaration.constructor;
  const head = `constructor(${parameterList(ctor.parameters)}) {`;
  const direct =
    [head, ...ctor.statements].every((line) => !line.includes('"')) &&
    isPrettierLine(head, 1) &&
    ctor.statements.every((line) => isPrettierLine(line, 2));
  pieces.push(
    direct
      ? [indent(head, 1), ...ctor.statements.map((line) => indent(line, 2)), indent("}", 1)].join(
          "\n",
        )
      : members.add(`${head}\n${ctor.statements.join("\n")}\n}`),
  );
  for (const method of declaration.methods) pieces.push("", ...methodPieces(method, members));
  pieces.push("}");
  return pieces;
}

function methodPieces(method: MethodDeclaration, members: Batch): Piece[] {
  return callablePieces(method, "", 1, members);
}

function functionPieces(declaration: FunctionDeclaration, statements: Batch): Piece[] {
  return callablePieces(declaration, "export function ", 0, statements);
}

/** A method (`prefix` empty, in a class) or a top-level function, at `depth`. */
function callablePieces(
  method: MethodDeclaration,
  prefix: string,
  depth: 0 | 1,
  batch: Batch,
): Piece[] {
  const comments = docs(method.docs, depth);
  const head = methodHeadLines(method, prefix, depth);
  const body = method.statements.map((statement) => statementLines(statement, depth + 1));
  if (comments && head && body.every((lines) => lines !== undefined))
    return [
      ...comments,
      ...head.map((line) => indent(line, depth)),
      ...body.flatMap((lines) => lines!.map((line) => indent(line, depth + 1))),
      indent("}", depth),
    ];
  const raw = [
    ...(method.docs ?? []).map((doc) => docLines(doc).join("\n")),
    `${prefix}${method.name}(${parameterList(method.parameters)}): ${method.returnType} {`,
    ...method.statements,
    "}",
  ];
  return [batch.add(raw.join("\n"))];
}

/**
 * A method's signature as prettier lays it out: one line when it fits; else one parameter per line
 * with trailing commas, then the return type: on one line when it fits, else `Paginator<` with one
 * type argument per line (`ApiPromise<Name>` and a plain name have nothing to break).
 */
function methodHeadLines(
  method: MethodDeclaration,
  prefix: string,
  depth: 0 | 1,
): string[] | undefined {
  const parameters = method.parameters.map(parameterText);
  const line = `${prefix}${method.name}(${parameters.join(", ")}): ${method.returnType} {`;
  if (isPrettierLine(line, depth)) return [line];
  if (parameters.length === 0 || !isPlainAscii(line)) return undefined;
  const returns = `): ${method.returnType} {`;
  const paginator = PAGINATOR.exec(method.returnType);
  const parameterLines = parameters.map((parameter) => `  ${parameter},`);
  // A parameter whose type prettier cannot break stays on its line even past the print width.
  const unbreakable = method.parameters.map(
    (p, i) =>
      p.initializer === undefined &&
      UNBREAKABLE.test(p.type) &&
      !PRETTIER_REWRITES.test(parameterLines[i]!),
  );
  const lines = [
    `${prefix}${method.name}(`,
    ...parameterLines,
    ...(isPrettierLine(returns, depth)
      ? [returns]
      : paginator
        ? ["): Paginator<", `  ${paginator[1]!},`, `  ${paginator[2]!}`, "> {"]
        : [returns]),
  ];
  const breakable = /^(?:ApiPromise<[\w$]+>|[\w$]+)$/.test(method.returnType) || paginator !== null;
  const fit = lines.every((text, i) => isPrettierLine(text, depth) || unbreakable[i - 1] === true);
  return breakable && fit ? lines : undefined;
}

const PAGINATOR = /^Paginator<([\w$]+), (.+)>$/;
const CALL = /^return core\.call<([\w$]+)>\(([\w$]+), (\{.*\}), options\);$/;
const PAGINATE = /^return paginate<([\w$]+), (.+)>\(core, ([\w$]+), (\{.*\}), options\);$/;
const DELEGATE = /^return ([\w$]+)\((this\.#core(?:, [\w$]+)*)\);$/;

/**
 * A statement at `depth` as prettier lays it out: one line when it fits; else a `call`, `paginate`
 * or delegating call whose arguments go one per line, or, when `paginate<…>(` alone does not fit,
 * whose type arguments do. A quoted key in an object literal (`{ "a-b": x }`) may be unquoted by
 * prettier.
 */
function statementLines(statement: string, depth: number): string[] | undefined {
  if (/[{,] "/.test(statement)) return undefined;
  if (isPrettierLine(statement, depth)) return [statement];
  if (!isPlainAscii(statement)) return undefined;
  const call = CALL.exec(statement);
  const paginate = PAGINATE.exec(statement);
  const delegate = DELEGATE.exec(statement);
  let lines: string[] | undefined;
  if (call)
    lines = argumentLines(`return core.call<${call[1]!}>(`, [call[2]!, call[3]!, "options"], depth);
  else if (delegate)
    lines = argumentLines(`return ${delegate[1]!}(`, delegate[2]!.split(", "), depth);
  else if (!paginate) return undefined;
  else {
    const [, result, item, operation, args] = paginate as unknown as string[];
    const opening = `return paginate<${result!}, ${item!}>(`;
    const callArguments = ["core", operation!, args!, "options"];
    // With its type arguments broken, the call's arguments break on their own when they do not fit.
    const call = `>(${callArguments.join(", ")});`;
    const tail = isPrettierLine(call, depth) ? [call] : argumentLines(">(", callArguments, depth);
    if (isPrettierLine(opening, depth)) lines = argumentLines(opening, callArguments, depth);
    else if (tail) lines = ["return paginate<", `  ${result!},`, `  ${item!}`, ...tail];
  }
  return lines?.every((line) => isPrettierLine(line, depth)) ? lines : undefined;
}

/** A call's arguments one per line; an argument object that does not fit on its line is broken too. */
function argumentLines(
  opening: string,
  args: readonly string[],
  depth: number,
): string[] | undefined {
  const lines = [opening];
  for (const arg of args) {
    if (!arg.startsWith("{")) {
      lines.push(`  ${arg},`);
      continue;
    }
    const object = parseArgsObject(arg);
    const at = "  ".repeat(depth + 1);
    const objectLines = object && namesObjectLines(object, at, ",");
    if (!objectLines) return undefined;
    lines.push(...objectLines.map((line) => line.slice(at.length - 2)));
  }
  return [...lines, ");"];
}

/**
 * The RequestArgs literal the emitter builds (`{ path: { id: id }, body }`) read back into entries;
 * undefined for anything else, such as a quoted key prettier might unquote.
 */
function parseArgsObject(text: string): NamesObject | undefined {
  let rest = text;
  const eat = (token: string | RegExp): string | undefined => {
    const match =
      typeof token === "string" ? rest.startsWith(token) && token : token.exec(rest)?.[0];
    if (match === undefined || match === false) return undefined;
    rest = rest.slice(match.length);
    return match;
  };
  const object = (): NamesObject | undefined => {
    if (eat("{}")) return [];
    if (!eat("{ ")) return undefined;
    const entries: Array<readonly [string, (string | NamesObject)?]> = [];
    do {
      const key = eat(IDENTIFIER);
      if (!key) return undefined;
      if (!eat(": ")) entries.push([key]);
      else {
        const value = rest.startsWith("{") ? object() : eat(IDENTIFIER);
        if (value === undefined) return undefined;
        entries.push([key, value]);
      }
    } while (eat(", "));
    return eat(" }") ? entries : undefined;
  };
  const value = object();
  return value !== undefined && rest === "" ? value : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*/;

function parameterList(parameters: readonly Parameter[]): string {
  return parameters.map(parameterText).join(", ");
}

function parameterText(p: Parameter): string {
  return `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}${p.initializer === undefined ? "" : ` = ${p.initializer}`}`;
}

const MARKER = "paygenBreak";

/** Units that prettier formats in one call at a depth, each filled in when the batch is formatted. */
class Batch {
  #units: Array<{ raw: string; pending: { text?: string } }> = [];

  add(raw: string): { text?: string } {
    const pending: { text?: string } = {};
    this.#units.push({ raw, pending });
    return pending;
  }

  async format(depth: 0 | 1): Promise<void> {
    if (this.#units.length === 0) return;
    const body = this.#units.map((unit) => unit.raw).join(`\n${MARKER};\n`);
    const text = depth === 0 ? body : `class PaygenWrapper {\n${body}\n}`;
    const formatted = (await formatOffThread(`${text}\n`, "typescript")).replace(/\n$/, "");
    const inner =
      depth === 0
        ? formatted
        : formatted.replace(/^class PaygenWrapper \{\n/, "").replace(/\n\}$/, "");
    const split = inner.split(`\n${"  ".repeat(depth)}${MARKER};\n`);
    if (split.length !== this.#units.length)
      throw new Error("paygen: client.ts units did not come back from prettier one by one");
    this.#units.forEach((unit, i) => (unit.pending.text = split[i]!));
  }
}
