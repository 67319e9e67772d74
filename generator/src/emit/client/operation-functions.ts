import type { OperationIR } from "../../ir/index.js";
import type { ConstDeclaration, FunctionDeclaration } from "./declarations.js";
import type { OperationBindings } from "./function-names.js";
import { operationSignature } from "./operation-signature.js";
import { operationSpecValue } from "./spec-literal.js";

/**
 * One operation as a descriptor constant and the standalone function that sends it: each is its
 * own top-level binding, so a bundler keeps only the operations an application calls.
 */
export function operationFunction(
  op: OperationIR,
  bindings: OperationBindings,
  coreType: string,
): [ConstDeclaration, FunctionDeclaration] {
  const signature = operationSignature(op);
  // `paginate` is the runtime's function (kept out of bundles without list operations); `call`, the core's.
  const callee = signature.paginated ? "paginate" : "core.call";
  const coreArgument = signature.paginated ? "core, " : "";
  return [
    {
      kind: "const",
      name: bindings.descriptor,
      value: operationSpecValue(op),
      assertion: "as const satisfies OperationSpec",
    },
    {
      kind: "function",
      name: bindings.function,
      docs: signature.docs,
      parameters: [{ name: "core", type: coreType }, ...signature.parameters],
      returnType: signature.returnType,
      statements: [
        `return ${callee}<${signature.typeArguments}>(${coreArgument}${bindings.descriptor}, ${signature.args}, options);`,
      ],
    },
  ];
}
