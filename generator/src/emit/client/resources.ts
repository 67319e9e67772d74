import type { OperationIR } from "../../ir/index.js";
import type {
  ClassDeclaration,
  MethodDeclaration,
  Parameter,
  PropertyDeclaration,
} from "./declarations.js";
import { memberAccess, tsString } from "../escape/index.js";
import {
  argumentName,
  docComment,
  operationTypeName,
  propertyKey,
  resourceClassName,
} from "./names.js";

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

export function resourceClass(node: ResourceNode): ClassDeclaration {
  const members = childResourceMembers(node);
  return {
    kind: "class",
    name: resourceClassName(node.path),
    docs: [docComment([`Operations on \`${node.path.join(".")}\`.`])],
    properties: [{ name: "#core", type: "ClientCore" }, ...members.properties],
    constructor: {
      parameters: [{ name: "core", type: "ClientCore" }],
      statements: ["this.#core = core;", ...members.assignments],
    },
    methods: node.operations.map(operationMethod),
  };
}

function operationMethod(op: OperationIR): MethodDeclaration {
  const parameters: Parameter[] = op.pathParams.map((param) => ({
    name: argumentName(param.name),
    type: `operations[${tsString(op.operationId)}]["parameters"]["path"][${tsString(param.name)}]`,
  }));
  const args: string[] = [];
  if (op.pathParams.length > 0) {
    args.push(
      `path: { ${op.pathParams.map((p) => `${propertyKey(p.name)}: ${argumentName(p.name)}`).join(", ")} }`,
    );
  }
  // Parameters that travel in the options: query (beside a body), header and cookie.
  const extras: Array<{ key: string; type: string; required: boolean }> = [];
  if (op.body) {
    parameters.push({
      name: "body",
      type: operationTypeName(op, "Body"),
      hasQuestionToken: !op.body.required,
    });
    args.push("body");
    if (op.queryParams.length > 0)
      extras.push({
        key: "query",
        type: operationTypeName(op, "Query"),
        required: op.queryParams.some((q) => q.required),
      });
  } else if (op.queryParams.length > 0) {
    parameters.push({
      name: "query",
      type: operationTypeName(op, "Query"),
      hasQuestionToken: !op.queryParams.some((q) => q.required),
    });
    args.push("query");
  }
  if (op.headerParams.length > 0)
    extras.push({
      key: "header",
      type: operationTypeName(op, "Headers"),
      required: op.headerParams.some((p) => p.required),
    });
  if (op.cookieParams.length > 0)
    extras.push({
      key: "cookie",
      type: operationTypeName(op, "Cookies"),
      required: op.cookieParams.some((p) => p.required),
    });
  const optionsType =
    extras.length === 0
      ? "RequestOptions"
      : `RequestOptions & { ${extras.map((e) => `${e.key}${e.required ? "" : "?"}: ${e.type}`).join("; ")} }`;
  parameters.push({
    name: "options",
    type: optionsType,
    hasQuestionToken: !extras.some((e) => e.required),
  });
  requireBeforeRequired(parameters);
  const result = operationTypeName(op, "Result");
  const call = `OPERATIONS[${tsString(op.operationId)}], ${args.length > 0 ? `{ ${args.join(", ")} }` : "{}"}, options`;
  if (op.pagination) {
    // Items of one page: the list property the spec's x-paygen-pagination names.
    const item = `NonNullable<${op.pagination.items.split(".").reduce((type, key) => `NonNullable<${type}>[${tsString(key)}]`, result)}>[number]`;
    return {
      name: op.method,
      docs: [
        docComment([
          op.summary,
          op.description,
          `\`${op.httpMethod.toUpperCase()} ${op.path}\` (operationId \`${op.operationId}\`). Await it for the first page, or \`for await\` over every item of every page.`,
          op.deprecated ? "@deprecated The provider has deprecated this operation." : undefined,
        ]),
      ],
      parameters,
      returnType: `Paginator<${result}, ${item}>`,
      statements: [`return this.#core.paginate<${result}, ${item}>(${call});`],
    };
  }
  return {
    name: op.method,
    docs: [
      docComment([
        op.summary,
        op.description,
        `\`${op.httpMethod.toUpperCase()} ${op.path}\` (operationId \`${op.operationId}\`)`,
        op.deprecated ? "@deprecated The provider has deprecated this operation." : undefined,
      ]),
    ],
    parameters,
    returnType: `ApiPromise<${result}>`,
    statements: [`return this.#core.call<${result}>(${call});`],
  };
}

/** An optional parameter before a required one takes `undefined` instead (TypeScript's rule). */
function requireBeforeRequired(parameters: Parameter[]): void {
  let laterRequired = false;
  for (let i = parameters.length - 1; i >= 0; i--) {
    const parameter = parameters[i]!;
    if (!parameter.hasQuestionToken) laterRequired = true;
    else if (laterRequired)
      parameters[i] = {
        ...parameter,
        hasQuestionToken: false,
        type: `${parameter.type} | undefined`,
      };
  }
}
