import type { OperationIR } from "../../ir/index.js";
import type { Parameter } from "./declarations.js";
import { tsString } from "../escape/index.js";
import { argumentName, docComment, operationTypeName, propertyKey } from "./names.js";

/**
 * What a caller passes to one operation and gets back, shared by its standalone function and its
 * resource method: parameters (after the core), return type, doc comment, and the request arguments.
 */
export interface OperationSignature {
  parameters: Parameter[];
  returnType: string;
  docs: string[];
  /** `{ path: { id: id }, body }`: the RequestArgs literal built from the parameters. */
  args: string;
  /** Type arguments of `core.call` or the runtime's `paginate`. */
  typeArguments: string;
  paginated: boolean;
}

export function operationSignature(op: OperationIR): OperationSignature {
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
  const where = `\`${op.httpMethod.toUpperCase()} ${op.path}\` (operationId \`${op.operationId}\`)`;
  const deprecated = op.deprecated
    ? "@deprecated The provider has deprecated this operation."
    : undefined;
  const common = { parameters, args: args.length > 0 ? `{ ${args.join(", ")} }` : "{}" };
  if (op.pagination) {
    // Items of one page: the list property the spec's x-paygen-pagination names.
    const item = `NonNullable<${op.pagination.items.split(".").reduce((type, key) => `NonNullable<${type}>[${tsString(key)}]`, result)}>[number]`;
    return {
      ...common,
      docs: [
        docComment([
          op.summary,
          op.description,
          `${where}. Await it for the first page, or \`for await\` over every item of every page.`,
          deprecated,
        ]),
      ],
      returnType: `Paginator<${result}, ${item}>`,
      typeArguments: `${result}, ${item}`,
      paginated: true,
    };
  }
  return {
    ...common,
    docs: [docComment([op.summary, op.description, where, deprecated])],
    returnType: `ApiPromise<${result}>`,
    typeArguments: result,
    paginated: false,
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
