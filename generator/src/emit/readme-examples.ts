import {
  credentialOptions,
  type OperationIR,
  type ProviderIR,
  type SecuritySchemeIR,
} from "../ir/index.js";
import { camelCase } from "../ir/naming.js";
import { jsLiteral } from "./escape/index.js";
import type { Expression } from "./readme-code-layout.js";

/**
 * The TypeScript the generated README shows, built only from IR facts: every call's arguments come
 * from the spec's examples or typed placeholders, so the snippets compile against the package
 * (test/docs/readme-snippets.test.ts type-checks them).
 */

/** A JSON value as a TypeScript literal inside a markdown code fence (a backtick cannot close it). */
export function codeLiteral(value: unknown): string {
  // jsLiteral, not JSON.stringify: an example's `__proto__` key must stay a key (`["__proto__"]`).
  return jsLiteral(value ?? null).replace(/`/g, "\\u0060");
}

/** `process.env.OMISE_SECRET_KEY`, typed `string | undefined`, which credential options accept. */
function environmentVariable(ir: ProviderIR, option: string): string {
  return `process.env.${screamingCase(ir.id)}_${screamingCase(option)}`;
}

export function screamingCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();
}

/** An options object's entries: option name, then value. */
export type OptionEntries = Array<readonly [string, Expression]>;

export function credentialEntries(ir: ProviderIR, options: string[]): OptionEntries {
  return options.map((option) => [option, { name: environmentVariable(ir, option) }]);
}

/** Required transport options have no `undefined` in their type: the `!` says "must be set". */
function transportEntries(ir: ProviderIR): OptionEntries {
  return (ir.transport?.options ?? []).map((option) => [
    option,
    { name: `${environmentVariable(ir, option)}!` },
  ]);
}

/** `readPokepayIni("config.ini")`: the client's options read by the transport's loader. */
function loaderCall(loader: { exportName: string; argument: unknown }): Expression {
  return { call: loader.exportName, args: [{ data: loader.argument }] };
}

/** One way to build the client. */
export interface Construction {
  comment: string;
  variable: string;
  argument: Expression;
}

/** The client built the way most callers will: from the loader file, else the first credential style. */
export function defaultConstruction(ir: ProviderIR): Expression {
  if (ir.transport?.loader) return loaderCall(ir.transport.loader);
  if (ir.transport) return { object: transportEntries(ir) };
  const scheme = ir.securitySchemes.find((s) => s.kind !== "mutualTLS");
  return { object: scheme ? credentialEntries(ir, credentialOptions(scheme)) : [] };
}

/** Every credential style the spec supports, one construction each. */
export function constructions(ir: ProviderIR): Construction[] {
  const out: Construction[] = [];
  if (ir.transport) {
    out.push({
      comment: "Options in code",
      variable: "client",
      argument: { object: transportEntries(ir) },
    });
    if (ir.transport.loader)
      out.push({
        comment: `Options read from a file by ${ir.transport.loader.exportName}`,
        variable: "fromFile",
        argument: loaderCall(ir.transport.loader),
      });
  }
  for (const scheme of ir.securitySchemes) {
    if (scheme.kind === "mutualTLS") continue;
    const variable = `${camelCase(scheme.name)}Client`;
    const credentials = credentialEntries(ir, credentialOptions(scheme));
    const tokenOperation =
      scheme.kind === "bearer" && scheme.tokenOperation
        ? ir.operations.find((op) => op.operationId === scheme.tokenOperation)
        : undefined;
    if (tokenOperation) {
      // The client fetches the token with the token operation's own credentials.
      const fetchWith = (tokenOperation.security[0] ?? [])
        .map((name) => ir.securitySchemes.find((s) => s.name === name))
        .flatMap((s) => (s ? credentialOptions(s) : []));
      out.push({
        comment: `${scheme.name}: a token fetched through ${[...tokenOperation.resource, tokenOperation.method].join(".")}, cached and renewed`,
        variable,
        argument: {
          object: [["security", { data: scheme.name }], ...credentialEntries(ir, fetchWith)],
        },
      });
      out.push({
        comment: `${scheme.name}: a token you already have`,
        variable: `${variable}WithToken`,
        argument: { object: credentials },
      });
    } else {
      out.push({
        comment: `${scheme.name}: ${describeCredentials(scheme)}`,
        variable,
        argument: { object: credentials },
      });
    }
  }
  return out;
}

function describeCredentials(scheme: SecuritySchemeIR): string {
  switch (scheme.kind) {
    case "basic":
      return "HTTP Basic";
    case "bearer":
      return scheme.tokenParts.length > 1
        ? `Bearer token joined with "${scheme.separator}"`
        : "Bearer token";
    case "apiKey":
      return `API key in ${scheme.in}`;
    case "mutualTLS":
      return "mutual TLS";
  }
}

/** The arguments a call needs: path parameters, then the body if required, else required query parameters. */
function callArguments(op: OperationIR): unknown[] {
  const args: unknown[] = op.pathParams.map((p) => p.example);
  if (op.body) {
    if (op.body.required) args.push(op.body.example);
  } else {
    const required = op.queryParams.filter((q) => q.required);
    if (required.length > 0)
      args.push(Object.fromEntries(required.map((q) => [q.name, q.example])));
  }
  return args;
}

/** `client.charges.retrieve("chrg_…")`. */
export function clientCall(op: OperationIR): Expression {
  return {
    call: ["client", ...op.resource, op.method].join("."),
    args: callArguments(op).map((data) => ({ data })),
  };
}

/** `retrieveCharge(core, "chrg_…")`: the same call through the operation's standalone function. */
export function functionCall(op: OperationIR, functionName: string): Expression {
  return {
    call: functionName,
    args: [{ name: "core" }, ...callArguments(op).map((data) => ({ data }))],
  };
}

/** How much a reader has to take in: the number of values in the arguments. */
function weight(op: OperationIR): number {
  const count = (value: unknown): number =>
    Array.isArray(value)
      ? value.reduce<number>((sum, item) => sum + count(item), 0)
      : value !== null && typeof value === "object"
        ? Object.values(value).reduce<number>((sum, item) => sum + count(item), 0)
        : 1;
  return count(callArguments(op)) + (op.httpMethod === "get" ? 0 : 0.5) + (op.deprecated ? 100 : 0);
}

/** The operation with the fewest arguments, reads before writes, earliest in the spec on a tie. */
export function simplest(operations: readonly OperationIR[]): OperationIR | undefined {
  return operations.reduce<OperationIR | undefined>(
    (best, op) => (best === undefined || weight(op) < weight(best) ? op : best),
    undefined,
  );
}

/** One call per top-level resource, in spec order. */
export function callPerResourceFamily(ir: ProviderIR): OperationIR[] {
  const families = new Map<string, OperationIR[]>();
  for (const op of ir.operations)
    families.set(op.resource[0] ?? "", [...(families.get(op.resource[0] ?? "") ?? []), op]);
  return [...families.values()].flatMap((ops) => simplest(ops) ?? []);
}
