import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import { parse } from "yaml";

type Json = Record<string, unknown>;
const SPEC_ID = "response-spec";
const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  /** Literal segments win over `{param}` segments when several templates match. */
  params: number;
  operationId: string;
}

/** What a checking fetch saw: one line per response checked, per request the mock refused, per problem found. */
export interface ResponseLog {
  fetch: (request: Request) => Promise<Response>;
  checked: string[];
  refused: string[];
  problems: string[];
}

/** Prism answers a request that breaks the spec with its own problem document, whatever the spec declares. */
const PRISM_ERROR_TYPE = "https://stoplight.io/prism/errors#";

/**
 * The responses a single-file OpenAPI 3.1 spec declares, by operationId and status, checked with Ajv:
 * contract tests hold every body (and declared header) the mock or peer returns to the spec.
 */
export class ResponseSchemas {
  readonly #document: Json;
  readonly #ajv: Ajv2020;
  readonly #routes: Route[] = [];
  readonly #operations = new Map<string, { pointer: string; operation: Json }>();

  constructor(specFile: string) {
    this.#document = parse(readFileSync(specFile, "utf8")) as Json;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    (ajvFormats.default as unknown as (ajv: Ajv2020) => void)(this.#ajv);
    this.#ajv.addSchema(this.#document, SPEC_ID);
    for (const [template, item] of Object.entries(
      this.#document["paths"] as Record<string, Json>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (
          !METHODS.has(method) ||
          !isJson(operation) ||
          typeof operation["operationId"] !== "string"
        )
          continue;
        const operationId = operation["operationId"];
        this.#operations.set(operationId, {
          pointer: `/paths/${escape(template)}/${method}`,
          operation,
        });
        const source = template
          .split(/\{[^}]+\}/)
          .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
        this.#routes.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source.join("[^/]+")}$`),
          params: source.length - 1,
          operationId,
        });
      }
    }
    this.#routes.sort((a, b) => a.params - b.params);
  }

  /** The operation a request is for, by method and path template (clients under test use a bare `baseUrl`). */
  operationFor(method: string, pathname: string): string | undefined {
    return this.#routes.find((route) => route.method === method && route.pattern.test(pathname))
      ?.operationId;
  }

  /**
   * Every way `body` and `headers` differ from what the spec declares for this operation and status
   * (`"success"`: its first 2xx, for results that carry no status, such as a paginator's); empty when they conform.
   */
  problems(
    operationId: string,
    status: number | "success",
    body: unknown,
    options: { mediaType?: string; headers?: Record<string, string> } = {},
  ): string[] {
    const found = this.#operations.get(operationId);
    if (!found) return [`${operationId}: no such operation in the spec`];
    const responses = (found.operation["responses"] ?? {}) as Json;
    const candidates =
      status === "success"
        ? Object.keys(responses)
            .filter((code) => /^2/.test(code))
            .sort()
        : [String(status), `${String(status)[0]}XX`, "default"];
    const key = candidates.find((candidate) => candidate in responses);
    if (key === undefined) return [`${operationId}: status ${status} is not declared`];
    const pointer = `${found.pointer}/responses/${escape(key)}`;
    const [response, responsePointer] = this.#deref(responses[key] as Json, pointer);
    const problems: string[] = [];
    const content = response["content"] as Json | undefined;
    if (content === undefined) {
      if (body !== undefined && body !== null && body !== "")
        problems.push(`${operationId} ${status}: a body where the spec declares none`);
    } else {
      const mediaType = options.mediaType ?? "application/json";
      const declared =
        mediaType in content
          ? mediaType
          : Object.keys(content).find((name) => name.endsWith("json"));
      const schemaPointer =
        declared === undefined
          ? undefined
          : `${responsePointer}/content/${escape(declared)}/schema`;
      if (schemaPointer === undefined || !isJson((content[declared!] as Json)["schema"])) {
        problems.push(`${operationId} ${status}: no schema for ${mediaType}`);
      } else {
        problems.push(...this.#validate(schemaPointer, body, `${operationId} ${status} body`));
      }
    }
    for (const [name, header] of Object.entries((response["headers"] ?? {}) as Json)) {
      const [declaredHeader, headerPointer] = this.#deref(
        header as Json,
        `${responsePointer}/headers/${escape(name)}`,
      );
      const value = options.headers?.[name.toLowerCase()];
      if (value === undefined) {
        if (declaredHeader["required"] === true && options.headers)
          problems.push(`${operationId} ${status}: required header ${name} missing`);
        continue;
      }
      if (isJson(declaredHeader["schema"]))
        problems.push(
          ...this.#validate(
            `${headerPointer}/schema`,
            value,
            `${operationId} ${status} header ${name}`,
          ),
        );
    }
    return problems;
  }

  /**
   * A fetch for a client's `fetch` option: passes each request on and checks the response it gets
   * (JSON bodies and declared headers) against the operation the request is for.
   */
  checkingFetch(
    inner: (request: Request) => Promise<Response> = (request) => fetch(request),
  ): ResponseLog {
    const log: ResponseLog = {
      checked: [],
      refused: [],
      problems: [],
      fetch: async (request) => {
        const response = await inner(request);
        const pathname = new URL(request.url).pathname;
        const operationId = this.operationFor(request.method, pathname);
        if (operationId === undefined) {
          log.problems.push(`${request.method} ${pathname}: no operation of the spec matches`);
          return response;
        }
        const text = await response.clone().text();
        const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
        let body: unknown = text;
        if (text !== "" && mediaType.endsWith("json")) {
          try {
            body = JSON.parse(text);
          } catch {
            log.problems.push(`${operationId} ${response.status}: the body is not JSON`);
          }
        }
        if (isPrismRefusal(body)) {
          log.refused.push(`${operationId} ${response.status}`);
          return response;
        }
        log.checked.push(`${operationId} ${response.status}`);
        log.problems.push(
          ...this.problems(operationId, response.status, text === "" ? undefined : body, {
            mediaType,
            headers: Object.fromEntries(response.headers),
          }),
        );
        return response;
      },
    };
    return log;
  }

  #deref(node: Json, pointer: string): [Json, string] {
    let current = node;
    let at = pointer;
    for (let hops = 0; typeof current["$ref"] === "string" && hops < 16; hops++) {
      at = current["$ref"].slice(1);
      current = at
        .split("/")
        .slice(1)
        .reduce<Json>((parent, segment) => parent[unescape(segment)] as Json, this.#document);
    }
    return [current, at];
  }

  #validate(pointer: string, value: unknown, what: string): string[] {
    const validate = this.#ajv.getSchema(
      `${SPEC_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}`,
    ) as ValidateFunction;
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 3)
      .map(
        (error) => `${what}: ${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`,
      );
  }
}

function isPrismRefusal(body: unknown): boolean {
  return (
    isJson(body) && typeof body["type"] === "string" && body["type"].startsWith(PRISM_ERROR_TYPE)
  );
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
