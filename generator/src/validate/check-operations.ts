import { deref } from "../util/deref.js";
import { isRecord, joinPointer } from "../util/json-pointer.js";
import type { CheckContext } from "./context.js";
import { operations } from "../util/openapi-walk.js";

const SUCCESS_STATUS = /^[23](\d\d|XX)$/;

/** operationIds, success responses, path parameters, security requirements. */
export function checkOperations(ctx: CheckContext): void {
  const seenIds = new Map<string, string>();
  for (const site of operations(ctx.document)) {
    const { operation, pointer } = site;
    const operationId = operation["operationId"];
    if (site.section === "paths") {
      if (typeof operationId !== "string" || operationId === "") {
        ctx.report(
          "PG130",
          `${site.method.toUpperCase()} ${site.key} has no operationId`,
          pointer,
          { at: "key" },
        );
      } else if (seenIds.has(operationId)) {
        const first = ctx.spec.locate(seenIds.get(operationId)!);
        const where = first ? ` (first at line ${first.line})` : "";
        ctx.report(
          "PG131",
          `duplicate operationId "${operationId}"${where}`,
          joinPointer(pointer, "operationId"),
        );
      } else {
        seenIds.set(operationId, joinPointer(pointer, "operationId"));
      }
      checkPathParameters(ctx, site.key, site.pathItem, operation, pointer);
    }
    const responses = operation["responses"];
    if (site.section === "paths") {
      if (!isRecord(responses) || Object.keys(responses).length === 0) {
        ctx.report(
          "PG132",
          `${site.method.toUpperCase()} ${site.key} declares no responses`,
          pointer,
          { at: "key" },
        );
      } else if (!Object.keys(responses).some((status) => SUCCESS_STATUS.test(status))) {
        ctx.report(
          "PG132",
          `${site.method.toUpperCase()} ${site.key} declares no success (2xx/3xx) response`,
          joinPointer(pointer, "responses"),
          { at: "key" },
        );
      }
    }
    checkSecurity(ctx, operation["security"], joinPointer(pointer, "security"));
  }
  checkSecurity(ctx, ctx.document["security"], "/security");
}

function checkPathParameters(
  ctx: CheckContext,
  template: string,
  pathItem: Record<string, unknown>,
  operation: Record<string, unknown>,
  pointer: string,
): void {
  const inTemplate = new Set([...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const declared = new Map<string, string>();
  const pathPointer = pointer.slice(0, pointer.lastIndexOf("/"));
  const lists: Array<[unknown, string]> = [
    [pathItem["parameters"], joinPointer(pathPointer, "parameters")],
    [operation["parameters"], joinPointer(pointer, "parameters")],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const parameter = deref(ctx.document, item)?.value;
      if (parameter?.["in"] === "path" && typeof parameter["name"] === "string") {
        declared.set(parameter["name"], joinPointer(listPointer, index));
      }
    });
  }
  for (const name of inTemplate) {
    if (!declared.has(name)) {
      ctx.report(
        "PG134",
        `path parameter {${name}} of ${template} is not declared as an \`in: path\` parameter`,
        pointer,
        { at: "key" },
      );
    }
  }
  for (const [name, parameterPointer] of declared) {
    if (!inTemplate.has(name))
      ctx.report(
        "PG134",
        `path parameter \`${name}\` does not appear in ${template}`,
        parameterPointer,
      );
  }
}

function checkSecurity(ctx: CheckContext, security: unknown, pointer: string): void {
  if (!Array.isArray(security)) return;
  const schemes = (ctx.document["components"] as Record<string, unknown> | undefined)?.[
    "securitySchemes"
  ];
  security.forEach((requirement, index) => {
    if (!isRecord(requirement)) return;
    for (const name of Object.keys(requirement)) {
      if (!isRecord(schemes) || !(name in schemes)) {
        ctx.report(
          "PG133",
          `security scheme "${name}" is not declared in components.securitySchemes`,
          joinPointer(pointer, index, name),
          { at: "key" },
        );
      }
    }
  });
}
