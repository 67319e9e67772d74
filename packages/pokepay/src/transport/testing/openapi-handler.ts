import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import {
  componentsAsSchema,
  deref,
  is30,
  isObject,
  sampleFromSchema,
  toJsonSchema,
} from "@paygen/test-sampler";
import type { PeerAnswer, PeerHandler } from "./peer.js";

const DOCUMENT_ID = "paygen-peer-openapi";
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  operation: Record<string, unknown>;
}

/** Pokepay's `errors` of an `invalid_parameters` answer, built from ajv's errors. */
export interface InvalidParameters {
  missing: string[];
  invalid: string[];
  unpermitted: string[];
}

function routesOf(document: Record<string, unknown>): Route[] {
  const paths = isObject(document["paths"]) ? document["paths"] : {};
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
        .join("");
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        operation,
      });
    }
  }
  // Literal segments win over parameters: /transactions/requests/{id} before /transactions/{id}/…
  return routes.sort((a, b) => a.params - b.params || b.template.length - a.template.length);
}

function requestSchema(document: unknown, operation: Record<string, unknown>): unknown {
  const body = deref(document, operation["requestBody"]);
  if (!isObject(body) || !isObject(body["content"])) return undefined;
  const content = body["content"];
  const media =
    content["application/json"] ??
    Object.entries(content).find(([type]) => type.includes("json") || type.includes("form"))?.[1];
  return isObject(media) ? (media["schema"] ?? {}) : undefined;
}

/** The first 2xx answer the operation documents, with its example or a value synthesized from its schema. */
export function successAnswer(document: unknown, operation: Record<string, unknown>): PeerAnswer {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const code = Object.keys(responses)
    .filter((c) => /^2(\d\d|XX)$/i.test(c))
    .sort()[0];
  if (code === undefined) return { status: 200, body: {} };
  const status = /^\d+$/.test(code) ? Number(code) : 200;
  const response = deref(document, responses[code]);
  const content = isObject(response) && isObject(response["content"]) ? response["content"] : {};
  const media = deref(document, content["application/json"] ?? Object.values(content)[0]);
  if (!isObject(media)) return { status, body: {} };
  if (media["example"] !== undefined) return { status, body: media["example"] };
  if (isObject(media["examples"])) {
    const first = deref(document, Object.values(media["examples"])[0]);
    if (isObject(first) && first["value"] !== undefined) return { status, body: first["value"] };
  }
  return {
    status,
    body:
      media["schema"] === undefined
        ? {}
        : sampleFromSchema(document as object, media["schema"], {
            requiredOnly: false,
            documented: true,
          }),
  };
}

function describe(errors: ErrorObject[]): InvalidParameters {
  const result: InvalidParameters = { missing: [], invalid: [], unpermitted: [] };
  const add = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };
  for (const error of errors) {
    const at = error.instancePath
      .split("/")
      .slice(1)
      .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
      .join(".");
    const params = error.params as {
      missingProperty?: string;
      additionalProperty?: string;
      unevaluatedProperty?: string;
    };
    if (error.keyword === "required" && params.missingProperty)
      add(result.missing, at ? `${at}.${params.missingProperty}` : params.missingProperty);
    else if (params.additionalProperty ?? params.unevaluatedProperty)
      add(
        result.unpermitted,
        (at ? `${at}.` : "") + (params.additionalProperty ?? params.unevaluatedProperty),
      );
    else if (at) add(result.invalid, at);
  }
  return result;
}

/**
 * A peer handler that behaves as an OpenAPI document says: it finds the operation by method and path
 * template, validates `request_data` against the operation's request body schema (ajv, JSON Schema
 * 2020-12; `#/components/...` refs resolved; OpenAPI 3.0 `nullable` allows null) and answers 400
 * `{type: "invalid_parameters", message, errors: {missing, invalid, unpermitted}}` when it does not
 * fit — also when an operation without a request body gets parameters — else the first success
 * response with its `example` (or a value synthesized from its schema). Unknown routes get 404.
 */
export function openApiHandler(document: object): PeerHandler {
  const openapi30 = is30(document);
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
  (ajvFormats.default as unknown as (instance: Ajv2020) => void)(ajv);
  ajv.addSchema(componentsAsSchema(document, DOCUMENT_ID), DOCUMENT_ID);
  const routes = routesOf(document as Record<string, unknown>);
  const validators = new Map<Route, ValidateFunction | null>();
  const validatorOf = (route: Route): ValidateFunction | null => {
    if (!validators.has(route)) {
      const schema = requestSchema(document, route.operation);
      validators.set(
        route,
        schema === undefined
          ? null
          : ajv.compile(toJsonSchema(deref(document, schema), DOCUMENT_ID, openapi30) as object),
      );
    }
    return validators.get(route)!;
  };

  return (method, path, requestData) => {
    const route = routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(path));
    if (!route)
      return {
        status: 404,
        body: {
          type: "not_found",
          message: `${method} ${path} is not an operation of the document`,
        },
      };
    const validate = validatorOf(route);
    if (validate === null) {
      const given = Object.keys(requestData);
      if (given.length > 0) {
        return {
          status: 400,
          body: {
            type: "invalid_parameters",
            message: `${method} ${route.template} takes no parameters`,
            errors: { missing: [], invalid: [], unpermitted: given },
          },
        };
      }
    } else if (!validate(requestData)) {
      const errors = validate.errors ?? [];
      const first = errors[0];
      const message = first
        ? `${first.instancePath || "request_data"} ${first.message ?? "is invalid"}`
        : "invalid parameters";
      return {
        status: 400,
        body: { type: "invalid_parameters", message, errors: describe(errors) },
      };
    }
    return successAnswer(document, route.operation);
  };
}
