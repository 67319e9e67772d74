import type { ProviderIR } from "../../ir/index.js";
import {
  printDeclarations,
  type Declaration,
  type ImportDeclaration,
  type TypeAlias,
} from "./declarations.js";
import { formatDeclarations } from "./format-declarations.js";
import { docComment } from "./names.js";
import { moduleBindingsIn, tsString } from "../escape/index.js";
import { tsHeader } from "../header.js";
import { clientClass, environmentAlias, optionsInterface } from "./client-class.js";
import { coreTypeName, optionsTypeName } from "./names.js";
import { coreFactory } from "./core-factory.js";
import { operationBindings } from "./function-names.js";
import { operationFunction } from "./operation-functions.js";
import { operationTypeAliases } from "./operation-types.js";
import { allResources, resourceClass, resourceTree } from "./resources.js";
import { clientSpecValue } from "./spec-literal.js";

/**
 * `src/generated/client.ts` before formatting: per operation a descriptor and a standalone function,
 * then one class per resource whose methods call those functions.
 */
export function emitClient(ir: ProviderIR): string {
  return `${tsHeader(ir)}\n${printDeclarations(clientDeclarations(ir))}`;
}

/** `src/generated/client.ts` formatted: what prettier makes of emitClient's text. */
export async function emitFormattedClient(ir: ProviderIR): Promise<string> {
  return `${tsHeader(ir)}\n${await formatDeclarations(clientDeclarations(ir))}`;
}

function clientDeclarations(ir: ProviderIR): Declaration[] {
  const statements: Declaration[] = [
    {
      kind: "import",
      moduleSpecifier: "@paygen/runtime",
      namedImports: [
        "ClientCore",
        ...(ir.transport ? ["sendThrough"] : []),
        "type ApiError",
        "type ApiPromise",
        "type ClientOptions",
        "type ClientSpec",
        "type OperationSpec",
        ...(ir.operations.some((op) => op.pagination) ? ["paginate", "type Paginator"] : []),
        "type RequestOptions",
      ],
    },
  ];
  if (ir.transport) {
    statements.push({
      kind: "import",
      moduleSpecifier: ir.transport.module,
      namedImports: [`${ir.transport.exportName} as createTransport`],
    });
  }
  statements.push(environmentAlias(ir), optionsInterface(ir));
  if (ir.transport) {
    statements.push({
      kind: "type",
      name: optionsTypeName(ir),
      type: `${optionsTypeName(ir)}Base & Parameters<typeof createTransport>[0]`,
      docs: ["Client options, including the transport's own configuration."],
    });
  }
  statements.push(...errorTypes(ir));
  statements.push(
    { kind: "const", name: "CLIENT_SPEC", type: "ClientSpec", value: clientSpecValue(ir) },
    ...coreFactory(ir),
  );
  for (const op of ir.operations) statements.push(...operationTypeAliases(op));
  const bindings = operationBindings(ir);
  for (const op of ir.operations)
    statements.push(...operationFunction(op, bindings.get(op)!, coreTypeName(ir)));
  const root = resourceTree(ir.operations);
  statements.push(
    ...allResources(root).map((node) => resourceClass(node, bindings, coreTypeName(ir))),
    clientClass(ir, root),
  );
  // The bindings the data constants name (body encoders, the token cache), as they were written.
  (statements[0] as ImportDeclaration).namedImports.splice(1, 0, ...moduleBindingsIn(statements));
  statements.splice(1, 0, ...schemaImport(statements));

  return statements;
}

/**
 * `import type { components, operations }`, naming only what the statements use, so a spec whose
 * operations need no schema types (or that has none) leaves no unused import behind.
 */
function schemaImport(statements: Declaration[]): Declaration[] {
  const text = JSON.stringify(statements);
  const used = ["components", "operations"].filter((name) => text.includes(`${name}[`));
  if (used.length === 0) return [];
  return [
    {
      kind: "import",
      moduleSpecifier: "./schema.js",
      isTypeOnly: true,
      namedImports: used,
    },
  ];
}

function errorTypes(ir: ProviderIR): TypeAlias[] {
  const name = ir.clientName;
  const body = ir.error?.schemaName
    ? `components["schemas"][${tsString(ir.error.schemaName)}]`
    : "unknown";
  const code = ir.error?.schemaName
    ? `Extract<NonNullable<${body}[${tsString(ir.error.codeField)}]>, string>`
    : "string";
  return [
    {
      kind: "type",
      name: `${name}ErrorBody`,
      type: body,
      docs: [docComment([`The error body ${ir.title} sends with a failed request.`])],
    },
    {
      kind: "type",
      name: `${name}ErrorCode`,
      type: code,
      docs: [docComment([`Error codes ${ir.title} documents.`])],
    },
    {
      kind: "type",
      name: `${name}ApiError`,
      type: `ApiError<${name}ErrorBody, ${name}ErrorCode>`,
      docs: [docComment([`What a failed ${ir.title} call rejects with.`])],
    },
  ];
}
