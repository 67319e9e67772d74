import { describe, expect, it } from "vitest";
import {
  clientHeadersExtension,
  credentialsExtension,
  errorExtension,
  paginationExtension,
  packageExtension,
  readExtension,
  resourceExtension,
  retryStatusesExtension,
  tokenOperationExtension,
  transportExtension,
  webhookTokenExtension,
  type Extension,
  type ExtensionIssue,
} from "./index.js";

const DOCUMENT = { paths: { "/token": { post: { operationId: "issueToken" } } } };
const AT = "/x";

interface Case {
  extension: Extension<unknown>;
  given: unknown;
  value?: unknown;
  issues?: ExtensionIssue[];
}

const CASES: Case[] = [
  { extension: resourceExtension, given: "customers.cards", value: ["customers", "cards"] },
  {
    extension: resourceExtension,
    given: "Customers",
    issues: [
      {
        pointer: AT,
        message:
          'expected a dotted camelCase path such as `charges` or `customers.cards`, got "Customers"',
      },
    ],
  },
  {
    extension: paginationExtension,
    given: { hasNext: "pagination.has_next", style: "page", items: "rows", page: "page" },
    value: { style: "page", items: "rows", page: "page", hasNext: "pagination.has_next" },
  },
  {
    extension: paginationExtension,
    given: { style: "sideways" },
    issues: [
      {
        pointer: "/x/style",
        message: "x-paygen-pagination.style must be one of offset, cursor, page, pages, nextCursor",
      },
    ],
  },
  {
    extension: paginationExtension,
    given: { style: "page", items: "", page: "page" },
    issues: [
      { pointer: "/x/items", message: "x-paygen-pagination.items must be a non-empty string" },
      { pointer: AT, message: "x-paygen-pagination.hasNext must be a non-empty string", at: "key" },
    ],
  },
  { extension: credentialsExtension, given: { token: "appJwt" }, value: { token: ["appJwt"] } },
  {
    extension: credentialsExtension,
    given: { username: "shopId", password: "shopPassword" },
    value: { username: "shopId", password: "shopPassword" },
  },
  {
    extension: credentialsExtension,
    given: { user: "x" },
    issues: [
      {
        pointer: "/x/user",
        message:
          "x-paygen-credentials has no field `user` (username, password, token, separator, value)",
      },
    ],
  },
  {
    extension: credentialsExtension,
    given: { token: [] },
    issues: [
      {
        pointer: "/x/token",
        message: "x-paygen-credentials.token must be an option name or a list of option names",
      },
    ],
  },
  { extension: tokenOperationExtension, given: "issueToken", value: "issueToken" },
  {
    extension: tokenOperationExtension,
    given: "mintToken",
    issues: [
      { pointer: AT, message: 'x-paygen-token-operation names unknown operationId "mintToken"' },
    ],
  },
  {
    extension: clientHeadersExtension,
    given: [{ name: "Omise-Version", option: "apiVersion", default: "2019-05-29", description: 7 }],
    value: [
      {
        name: "Omise-Version",
        option: "apiVersion",
        description: undefined,
        example: undefined,
        default: "2019-05-29",
      },
    ],
  },
  {
    extension: clientHeadersExtension,
    given: [{ name: "X-A B", option: "a" }],
    issues: [
      {
        pointer: "/x/0/name",
        message: 'expected an HTTP header name (RFC 9110 token), got "X-A B"',
      },
    ],
  },
  {
    extension: clientHeadersExtension,
    given: {},
    issues: [{ pointer: AT, message: "x-paygen-client-headers must be a list, got object" }],
  },
  {
    extension: errorExtension,
    given: { schema: { $ref: "#/components/schemas/Error" }, code: "code" },
    value: { schema: { $ref: "#/components/schemas/Error" }, code: "code" },
  },
  {
    extension: errorExtension,
    given: { code: "code" },
    issues: [{ pointer: AT, message: "x-paygen-error.schema must be a schema (usually a $ref)" }],
  },
  {
    extension: transportExtension,
    given: { module: "../t.js", export: "create" },
    value: { module: "../t.js", exportName: "create", options: [], loader: undefined },
  },
  {
    extension: transportExtension,
    given: { module: "../t.js", export: "not-a-name" },
    issues: [
      { pointer: "/x/export", message: 'expected an exported function name, got "not-a-name"' },
    ],
  },
  {
    extension: webhookTokenExtension,
    given: { header: "Authorization" },
    value: { header: "Authorization", scheme: undefined },
  },
  {
    extension: packageExtension,
    given: { clientName: "acme" },
    issues: [{ pointer: "/x/clientName", message: 'expected a PascalCase class name, got "acme"' }],
  },
  { extension: retryStatusesExtension, given: [409, 423], value: [409, 423] },
  {
    extension: retryStatusesExtension,
    given: [409, 503, "425"],
    issues: [
      { pointer: "/x/1", message: "x-paygen-retry-statuses: expected a 4xx status code, got 503" },
      {
        pointer: "/x/2",
        message: 'x-paygen-retry-statuses: expected a 4xx status code, got "425"',
      },
    ],
  },
  {
    extension: retryStatusesExtension,
    given: [],
    issues: [
      {
        pointer: AT,
        message: "x-paygen-retry-statuses must be a non-empty list of 4xx status codes",
      },
    ],
  },
];

describe("extension parsers", () => {
  it.each(CASES.map((c) => [`${c.extension.name}: ${JSON.stringify(c.given)}`, c] as const))(
    "%s",
    (_, c) => {
      const result = c.extension.parse(c.given, AT, DOCUMENT);
      expect(result).toEqual(c.issues ? { issues: c.issues } : { value: c.value });
    },
  );
});

describe("readExtension", () => {
  it("reads the typed value, and nothing when the extension is absent or malformed", () => {
    expect(readExtension(resourceExtension, { "x-paygen-resource": "charges" })).toEqual([
      "charges",
    ]);
    expect(readExtension(resourceExtension, { operationId: "x" })).toBeUndefined();
    expect(readExtension(resourceExtension, { "x-paygen-resource": 3 })).toBeUndefined();
  });

  it("resolves cross-references in the document it is given", () => {
    const scheme = { "x-paygen-token-operation": "issueToken" };
    expect(readExtension(tokenOperationExtension, scheme, DOCUMENT)).toBe("issueToken");
    expect(readExtension(tokenOperationExtension, scheme, {})).toBeUndefined();
  });
});
