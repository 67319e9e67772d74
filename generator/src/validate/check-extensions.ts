import { isRecord, joinPointer } from "../util/json-pointer.js";
import { describeType, type CheckContext } from "./context.js";
import { operations } from "./openapi-walk.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** What a header name may be; CR/LF or a space would break every request that sends it. */
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CAMEL_IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
const RESOURCE_PATH = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;

type Check = (ctx: CheckContext, value: unknown, pointer: string) => void;

const PAGINATION_FIELDS: Record<string, string[]> = {
  offset: ["items", "total", "offset", "limit"],
  cursor: ["items", "hasMore", "cursor", "cursorItemField"],
  page: ["items", "page", "hasNext"],
  nextCursor: ["items", "cursor", "nextCursor"],
};

/** The shape of each `x-paygen-*` extension (specs/README.md). */
const EXTENSIONS: Record<string, Check> = {
  "x-paygen-resource": (ctx, value, pointer) =>
    expectMatch(
      ctx,
      value,
      pointer,
      RESOURCE_PATH,
      "a dotted camelCase path such as `charges` or `customers.cards`",
    ),
  "x-paygen-method": (ctx, value, pointer) =>
    expectMatch(ctx, value, pointer, CAMEL_IDENTIFIER, "a camelCase identifier such as `create`"),
  "x-paygen-environment": (ctx, value, pointer) =>
    expectMatch(
      ctx,
      value,
      pointer,
      CAMEL_IDENTIFIER,
      "a camelCase identifier such as `production`",
    ),
  "x-paygen-idempotency-key": (ctx, value, pointer) => {
    if (typeof value !== "boolean")
      ctx.report(
        "PG150",
        `x-paygen-idempotency-key must be a boolean, got ${describeType(value)}`,
        pointer,
      );
  },
  "x-paygen-token-operation": (ctx, value, pointer) => {
    if (typeof value !== "string")
      return ctx.report("PG150", "x-paygen-token-operation must be an operationId", pointer);
    const ids = [...operations(ctx.document)].map((site) => site.operation["operationId"]);
    if (!ids.includes(value))
      ctx.report("PG150", `x-paygen-token-operation names unknown operationId "${value}"`, pointer);
  },
  "x-paygen-request-id-header": (ctx, value, pointer) => {
    if (typeof value !== "string")
      ctx.report("PG150", "x-paygen-request-id-header must be a header name", pointer);
  },
  "x-paygen-pagination": (ctx, value, pointer) => {
    if (!expectObject(ctx, value, pointer, "x-paygen-pagination")) return;
    const style = value["style"];
    const fields = typeof style === "string" ? PAGINATION_FIELDS[style] : undefined;
    if (!fields) {
      return ctx.report(
        "PG150",
        `x-paygen-pagination.style must be one of ${Object.keys(PAGINATION_FIELDS).join(", ")}`,
        joinPointer(pointer, "style"),
      );
    }
    for (const field of fields)
      expectString(ctx, value[field], pointer, `x-paygen-pagination.${field}`, field);
  },
  "x-paygen-credentials": (ctx, value, pointer) => {
    if (!expectObject(ctx, value, pointer, "x-paygen-credentials")) return;
    for (const [key, option] of Object.entries(value)) {
      const at = joinPointer(pointer, key);
      if (key === "separator") {
        if (typeof option !== "string")
          ctx.report("PG150", "x-paygen-credentials.separator must be a string", at);
      } else if (key === "token") {
        const parts = typeof option === "string" ? [option] : option;
        if (
          !Array.isArray(parts) ||
          parts.length === 0 ||
          !parts.every((p) => typeof p === "string" && IDENTIFIER.test(p))
        ) {
          ctx.report(
            "PG150",
            "x-paygen-credentials.token must be an option name or a list of option names",
            at,
          );
        }
      } else if (key === "username" || key === "password" || key === "value") {
        expectMatch(ctx, option, at, IDENTIFIER, "a client option name");
      } else {
        ctx.report(
          "PG150",
          `x-paygen-credentials has no field \`${key}\` (username, password, token, separator, value)`,
          at,
        );
      }
    }
  },
  "x-paygen-client-headers": (ctx, value, pointer) => {
    if (!Array.isArray(value))
      return ctx.report(
        "PG150",
        `x-paygen-client-headers must be a list, got ${describeType(value)}`,
        pointer,
      );
    value.forEach((header, index) => {
      const at = joinPointer(pointer, index);
      if (!expectObject(ctx, header, at, "a client header")) return;
      expectMatch(
        ctx,
        header["name"],
        joinPointer(at, "name"),
        HTTP_TOKEN,
        "an HTTP header name (RFC 9110 token)",
      );
      expectMatch(
        ctx,
        header["option"],
        joinPointer(at, "option"),
        IDENTIFIER,
        "a client option name",
      );
      if (header["default"] !== undefined)
        expectString(ctx, header["default"], at, "default", "default");
    });
  },
  "x-paygen-error": (ctx, value, pointer) => {
    if (!expectObject(ctx, value, pointer, "x-paygen-error")) return;
    if (!isRecord(value["schema"]))
      ctx.report("PG150", "x-paygen-error.schema must be a schema (usually a $ref)", pointer);
    expectString(ctx, value["code"], pointer, "x-paygen-error.code", "code");
  },
  "x-paygen-transport": (ctx, value, pointer) => {
    if (!expectObject(ctx, value, pointer, "x-paygen-transport")) return;
    expectString(ctx, value["module"], pointer, "x-paygen-transport.module", "module");
    expectMatch(
      ctx,
      value["export"],
      joinPointer(pointer, "export"),
      IDENTIFIER,
      "an exported function name",
    );
    const options = value["options"];
    if (
      options !== undefined &&
      (!Array.isArray(options) ||
        !options.every((o) => typeof o === "string" && IDENTIFIER.test(o)))
    )
      ctx.report(
        "PG150",
        "x-paygen-transport.options must be a list of option names",
        joinPointer(pointer, "options"),
      );
    const loader = value["loader"];
    if (
      loader !== undefined &&
      expectObject(ctx, loader, joinPointer(pointer, "loader"), "x-paygen-transport.loader")
    ) {
      expectMatch(
        ctx,
        loader["export"],
        joinPointer(pointer, "loader", "export"),
        IDENTIFIER,
        "an exported function name",
      );
      expectString(
        ctx,
        loader["argument"],
        joinPointer(pointer, "loader"),
        "x-paygen-transport.loader.argument",
        "argument",
      );
    }
  },
  "x-paygen-package": (ctx, value, pointer) => {
    if (!expectObject(ctx, value, pointer, "x-paygen-package")) return;
    if (value["name"] !== undefined)
      expectMatch(
        ctx,
        value["name"],
        joinPointer(pointer, "name"),
        /^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/,
        "an npm package name",
      );
    if (value["clientName"] !== undefined)
      expectMatch(
        ctx,
        value["clientName"],
        joinPointer(pointer, "clientName"),
        /^[A-Z][A-Za-z0-9]*$/,
        "a PascalCase class name",
      );
  },
};

export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS);

export function checkExtensions(ctx: CheckContext): void {
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPointer(pointer, index)));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const childPointer = joinPointer(pointer, key);
      if (key.startsWith("x-paygen-")) {
        const check = EXTENSIONS[key];
        if (check) check(ctx, child, childPointer);
        else ctx.report("PG151", `unknown extension \`${key}\``, childPointer, { at: "key" });
        continue;
      }
      if (key === "example" || key === "examples" || key === "enum" || key === "default") continue;
      visit(child, childPointer);
    }
  };
  visit(ctx.document, "");
}

function expectObject(
  ctx: CheckContext,
  value: unknown,
  pointer: string,
  what: string,
): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  ctx.report("PG150", `${what} must be a mapping, got ${describeType(value)}`, pointer);
  return false;
}

function expectString(
  ctx: CheckContext,
  value: unknown,
  parent: string,
  what: string,
  field: string,
): void {
  if (typeof value !== "string" || value === "") {
    ctx.report(
      "PG150",
      `${what} must be a non-empty string`,
      value === undefined ? parent : joinPointer(parent, field),
      { at: value === undefined ? "key" : "value" },
    );
  }
}

function expectMatch(
  ctx: CheckContext,
  value: unknown,
  pointer: string,
  pattern: RegExp,
  expected: string,
): void {
  if (typeof value !== "string" || !pattern.test(value)) {
    ctx.report("PG150", `expected ${expected}, got ${JSON.stringify(value)}`, pointer);
  }
}
