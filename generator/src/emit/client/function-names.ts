import { camelCase, RESERVED_MEMBER_NAMES } from "../../ir/naming.js";
import type { OperationIR, ProviderIR } from "../../ir/index.js";
import { SPEC_BINDING_NAMES } from "./spec-literal.js";
import { argumentName, coreFactoryName, isReservedName, resourceClassName } from "./names.js";

export interface OperationBindings {
  /** The standalone function: `retrieveCharge`, from the operationId as the type aliases are named. */
  function: string;
  /** Its descriptor constant: `RETRIEVE_CHARGE`. */
  descriptor: string;
}

/**
 * Module-level names of each operation's function and descriptor, in spec order. A name some other
 * binding of client.ts or index.ts already has (or a parameter might shadow) gets the suffix
 * `Operation`, then a number; a descriptor, `_2`, `_3`, …. The member names JavaScript gives a
 * meaning to are moved aside too: an exported `then` makes the module namespace thenable, so
 * `await import("@paygen/x")` would call it.
 */
export function operationBindings(ir: ProviderIR): Map<OperationIR, OperationBindings> {
  const taken = new Set<string>([
    "undefined",
    "createTransport",
    "sendThrough",
    "paginate",
    ...SPEC_BINDING_NAMES,
    "CLIENT_SPEC",
    "components",
    "operations",
    "paths",
    "webhooks",
    "parseWebhook",
    ir.clientName,
    coreFactoryName(ir),
  ]);
  for (const op of ir.operations) {
    taken.add(resourceClassName(op.resource));
    for (const param of op.pathParams) taken.add(argumentName(param.name));
  }
  const free = (name: string): boolean =>
    !taken.has(name) && !isReservedName(name) && !RESERVED_MEMBER_NAMES.has(name);
  const bindings = new Map<OperationIR, OperationBindings>();
  for (const op of ir.operations) {
    const base = camelCase(op.operationId);
    let name = free(base) ? base : `${base}Operation`;
    for (let n = 2; !free(name); n++) name = `${base}Operation${n}`;
    taken.add(name);
    const constant = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
    let descriptor = constant;
    for (let n = 2; !free(descriptor); n++) descriptor = `${constant}_${n}`;
    taken.add(descriptor);
    bindings.set(op, { function: name, descriptor });
  }
  return bindings;
}
