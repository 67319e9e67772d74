import type { OperationIR } from "../../ir/index.js";
import type { ClassDeclaration, MethodDeclaration, PropertyDeclaration } from "./declarations.js";
import type { OperationBindings } from "./function-names.js";
import { memberAccess } from "../escape/index.js";
import { docComment, propertyKey, resourceClassName } from "./names.js";
import { operationSignature } from "./operation-signature.js";

export interface ResourceNode {
  path: string[];
  operations: OperationIR[];
  children: Map<string, ResourceNode>;
}

/** Groups operations by their dotted resource path; children and methods keep spec order. */
export function resourceTree(operations: readonly OperationIR[]): ResourceNode {
  const root: ResourceNode = { path: [], operations: [], children: new Map() };
  for (const op of operations) {
    let node = root;
    for (const segment of op.resource) {
      let child = node.children.get(segment);
      if (!child) {
        child = { path: [...node.path, segment], operations: [], children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.operations.push(op);
  }
  return root;
}

export function allResources(root: ResourceNode): ResourceNode[] {
  const out: ResourceNode[] = [];
  const visit = (node: ResourceNode): void => {
    for (const child of node.children.values()) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Properties for sub-resources, assigned in the constructor from the shared core. */
export function childResourceMembers(node: ResourceNode): {
  properties: PropertyDeclaration[];
  assignments: string[];
} {
  const children = [...node.children.entries()];
  return {
    properties: children.map(([name, child]) => ({
      name: propertyKey(name),
      type: resourceClassName(child.path),
    })),
    assignments: children.map(
      ([name, child]) => `this${memberAccess(name)} = new ${resourceClassName(child.path)}(core);`,
    ),
  };
}

export function resourceClass(
  node: ResourceNode,
  bindings: ReadonlyMap<OperationIR, OperationBindings>,
  coreType: string,
): ClassDeclaration {
  const members = childResourceMembers(node);
  return {
    kind: "class",
    name: resourceClassName(node.path),
    docs: [docComment([`Operations on \`${node.path.join(".")}\`.`])],
    properties: [{ name: "#core", type: coreType }, ...members.properties],
    constructor: {
      parameters: [{ name: "core", type: coreType }],
      statements: ["this.#core = core;", ...members.assignments],
    },
    methods: node.operations.map((op) => operationMethod(op, bindings.get(op)!)),
  };
}

/** A method that hands its arguments to the operation's standalone function. */
function operationMethod(op: OperationIR, bindings: OperationBindings): MethodDeclaration {
  const signature = operationSignature(op);
  const args = ["this.#core", ...signature.parameters.map((parameter) => parameter.name)];
  return {
    name: op.method,
    docs: signature.docs,
    parameters: signature.parameters,
    returnType: signature.returnType,
    statements: [`return ${bindings.function}(${args.join(", ")});`],
  };
}
