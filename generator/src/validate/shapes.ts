/**
 * The shape of OpenAPI 3.0/3.1 objects, as much as paygen checks: field types and required fields.
 * A field type is a primitive name, a shape, `{ map }` (string-keyed) or `{ list }`, or alternatives.
 */
export type Primitive = "string" | "boolean" | "number" | "integer" | "object" | "array" | "any";
/** One type a field may have; a list of them is a choice of alternatives (not nested). */
export type SingleFieldType = Primitive | ShapeName | { map: FieldType } | { list: FieldType };
export type FieldType = SingleFieldType | SingleFieldType[];

export interface Shape {
  fields: Record<string, FieldType>;
  required?: string[];
  /** May be a `{ $ref }` instead. */
  refable?: boolean;
  /** Field names that are fine beyond `fields` (patterned keys are handled by the map types). */
  openEnded?: boolean;
}

export type ShapeName =
  | "Document"
  | "Info"
  | "Contact"
  | "License"
  | "Server"
  | "ServerVariable"
  | "PathItem"
  | "Operation"
  | "Parameter"
  | "RequestBody"
  | "MediaType"
  | "Encoding"
  | "Response"
  | "Header"
  | "Components"
  | "SecurityScheme"
  | "OAuthFlows"
  | "OAuthFlow"
  | "Tag"
  | "ExternalDocs"
  | "Example"
  | "Link"
  | "Schema"
  | "Discriminator"
  | "Xml"
  | "SecurityRequirement";

const parameterFields: Record<string, FieldType> = {
  name: "string",
  in: "string",
  description: "string",
  required: "boolean",
  deprecated: "boolean",
  allowEmptyValue: "boolean",
  style: "string",
  explode: "boolean",
  allowReserved: "boolean",
  schema: "Schema",
  example: "any",
  examples: { map: "Example" },
  content: { map: "MediaType" },
};
const { name: _name, in: _in, ...headerFields } = parameterFields;

export const SHAPES: Record<ShapeName, Shape> = {
  Document: {
    fields: {
      openapi: "string",
      info: "Info",
      jsonSchemaDialect: "string",
      servers: { list: "Server" },
      paths: { map: "PathItem" },
      webhooks: { map: "PathItem" },
      components: "Components",
      security: { list: "SecurityRequirement" },
      tags: { list: "Tag" },
      externalDocs: "ExternalDocs",
    },
    required: ["openapi", "info"],
  },
  Info: {
    fields: {
      title: "string",
      summary: "string",
      description: "string",
      termsOfService: "string",
      contact: "Contact",
      license: "License",
      version: "string",
    },
    required: ["title", "version"],
  },
  Contact: { fields: { name: "string", url: "string", email: "string" } },
  License: { fields: { name: "string", identifier: "string", url: "string" }, required: ["name"] },
  Server: {
    fields: { url: "string", description: "string", variables: { map: "ServerVariable" } },
    required: ["url"],
  },
  ServerVariable: {
    fields: { enum: { list: "string" }, default: "string", description: "string" },
    required: ["default"],
  },
  PathItem: {
    fields: {
      $ref: "string",
      summary: "string",
      description: "string",
      get: "Operation",
      put: "Operation",
      post: "Operation",
      delete: "Operation",
      options: "Operation",
      head: "Operation",
      patch: "Operation",
      trace: "Operation",
      servers: { list: "Server" },
      parameters: { list: "Parameter" },
    },
  },
  Operation: {
    fields: {
      tags: { list: "string" },
      summary: "string",
      description: "string",
      externalDocs: "ExternalDocs",
      operationId: "string",
      parameters: { list: "Parameter" },
      requestBody: "RequestBody",
      responses: { map: "Response" },
      callbacks: { map: "object" },
      deprecated: "boolean",
      security: { list: "SecurityRequirement" },
      servers: { list: "Server" },
    },
  },
  Parameter: { fields: parameterFields, required: ["name", "in"], refable: true },
  Header: { fields: headerFields, refable: true },
  RequestBody: {
    fields: { description: "string", content: { map: "MediaType" }, required: "boolean" },
    required: ["content"],
    refable: true,
  },
  MediaType: {
    fields: {
      schema: "Schema",
      example: "any",
      examples: { map: "Example" },
      encoding: { map: "Encoding" },
    },
  },
  Encoding: {
    fields: {
      contentType: "string",
      headers: { map: "Header" },
      style: "string",
      explode: "boolean",
      allowReserved: "boolean",
    },
  },
  Response: {
    fields: {
      description: "string",
      headers: { map: "Header" },
      content: { map: "MediaType" },
      links: { map: "Link" },
    },
    required: ["description"],
    refable: true,
  },
  Components: {
    fields: {
      schemas: { map: "Schema" },
      responses: { map: "Response" },
      parameters: { map: "Parameter" },
      examples: { map: "Example" },
      requestBodies: { map: "RequestBody" },
      headers: { map: "Header" },
      securitySchemes: { map: "SecurityScheme" },
      links: { map: "Link" },
      callbacks: { map: "object" },
      pathItems: { map: "PathItem" },
    },
  },
  SecurityScheme: {
    fields: {
      type: "string",
      description: "string",
      name: "string",
      in: "string",
      scheme: "string",
      bearerFormat: "string",
      flows: "OAuthFlows",
      openIdConnectUrl: "string",
    },
    required: ["type"],
    refable: true,
  },
  OAuthFlows: {
    fields: {
      implicit: "OAuthFlow",
      password: "OAuthFlow",
      clientCredentials: "OAuthFlow",
      authorizationCode: "OAuthFlow",
    },
  },
  OAuthFlow: {
    fields: {
      authorizationUrl: "string",
      tokenUrl: "string",
      refreshUrl: "string",
      scopes: { map: "string" },
    },
    required: ["scopes"],
  },
  Tag: {
    fields: { name: "string", description: "string", externalDocs: "ExternalDocs" },
    required: ["name"],
  },
  ExternalDocs: { fields: { description: "string", url: "string" }, required: ["url"] },
  Example: {
    fields: { summary: "string", description: "string", value: "any", externalValue: "string" },
    refable: true,
  },
  Link: { fields: {}, openEnded: true, refable: true },
  Discriminator: {
    fields: { propertyName: "string", mapping: { map: "string" } },
    required: ["propertyName"],
  },
  Xml: {
    fields: {
      name: "string",
      namespace: "string",
      prefix: "string",
      attribute: "boolean",
      wrapped: "boolean",
    },
  },
  SecurityRequirement: { fields: {}, openEnded: true },
  Schema: {
    fields: {
      $ref: "string",
      $id: "string",
      $schema: "string",
      $anchor: "string",
      $comment: "string",
      $defs: { map: "Schema" },
      definitions: { map: "Schema" },
      title: "string",
      description: "string",
      type: ["string", { list: "string" }],
      format: "string",
      properties: { map: "Schema" },
      patternProperties: { map: "Schema" },
      additionalProperties: ["boolean", "Schema"],
      items: "Schema",
      prefixItems: { list: "Schema" },
      required: { list: "string" },
      enum: "array",
      const: "any",
      allOf: { list: "Schema" },
      oneOf: { list: "Schema" },
      anyOf: { list: "Schema" },
      not: "Schema",
      if: "Schema",
      then: "Schema",
      else: "Schema",
      propertyNames: "Schema",
      contains: "Schema",
      unevaluatedProperties: ["boolean", "Schema"],
      unevaluatedItems: ["boolean", "Schema"],
      dependentRequired: { map: { list: "string" } },
      dependentSchemas: { map: "Schema" },
      minimum: "number",
      maximum: "number",
      exclusiveMinimum: ["boolean", "number"],
      exclusiveMaximum: ["boolean", "number"],
      multipleOf: "number",
      minLength: "integer",
      maxLength: "integer",
      pattern: "string",
      minItems: "integer",
      maxItems: "integer",
      uniqueItems: "boolean",
      minProperties: "integer",
      maxProperties: "integer",
      minContains: "integer",
      maxContains: "integer",
      nullable: "boolean",
      readOnly: "boolean",
      writeOnly: "boolean",
      deprecated: "boolean",
      default: "any",
      example: "any",
      examples: "any",
      discriminator: "Discriminator",
      xml: "Xml",
      externalDocs: "ExternalDocs",
      contentEncoding: "string",
      contentMediaType: "string",
      contentSchema: "Schema",
    },
  },
};

export const SCHEMA_TYPES = new Set([
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "null",
]);
export const PARAMETER_LOCATIONS = new Set(["path", "query", "header", "cookie"]);
export const SECURITY_TYPES = new Set(["apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"]);
