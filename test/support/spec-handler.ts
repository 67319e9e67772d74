import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import { sampleBody } from "./sample-body.js";

interface SpecDocument {
  paths: Record<string, Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components?: unknown;
}

/**
 * Answers like the spec says: finds the operation by method and path template, validates the request
 * data against its request body schema (400 `invalid_parameters` on failure), and answers 200 with a
 * body sampled from the success schema.
 */
export function specHandler(document: SpecDocument): (method: string, path: string, data: Record<string, unknown>) => { status: number; body: unknown } {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  (ajvFormats.default as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(document as object, "spec");
  const routes = Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+").replace(/\{[^}]+\}/g, "[^/]+")}$`),
      template,
      op,
    })),
  );
  const validators = new Map<string, ValidateFunction>();
  return (method, path, data) => {
    const route = routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return { status: 404, body: { type: "not_found", message: `${method} ${path} is not in the spec` } };
    const media = route.op.requestBody?.content["application/json"];
    if (media) {
      const pointer = `spec#/paths/${route.template.replace(/~/g, "~0").replace(/\//g, "~1")}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
      let validate = validators.get(pointer);
      if (!validate) {
        validate = ajv.getSchema(pointer.replace(/\{/g, "%7B").replace(/\}/g, "%7D"))!;
        validators.set(pointer, validate);
      }
      if (!validate(data)) return { status: 400, body: { type: "invalid_parameters", message: "invalid parameters", errors: validate.errors } };
    }
    const success = route.op.responses["200"]?.content?.["application/json"]?.schema;
    return { status: 200, body: success ? sampleBody(document, success) : {} };
  };
}
