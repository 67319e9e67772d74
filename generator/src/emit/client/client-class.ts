import type { ProviderIR } from "../../ir/index.js";
import type {
  ClassDeclaration,
  InterfaceDeclaration,
  PropertySignature,
  TypeAlias,
} from "./declarations.js";
import { childResourceMembers, type ResourceNode } from "./resources.js";
import { propertyKey, tsString } from "../escape/index.js";
import { coreFactoryName, docComment, optionsTypeName } from "./names.js";

export function environmentAlias(ir: ProviderIR): TypeAlias {
  const environments = [...new Set(ir.servers.map((server) => server.environment))];
  return {
    kind: "type",
    name: `${ir.clientName}Environment`,
    type: environments.length > 0 ? environments.map(tsString).join(" | ") : "string",
    docs: [
      docComment([
        "Servers the spec declares, by `x-paygen-environment` name.",
        ir.servers.map((s) => `- \`${s.environment}\`: ${s.url}`).join("\n"),
      ]),
    ],
  };
}

/**
 * Client options: the runtime's, plus one per credential and client header the spec names. Each
 * accepts `undefined` (treated as absent by the runtime) so `process.env.X` can be passed as it is
 * under `exactOptionalPropertyTypes`.
 */
export function optionsInterface(ir: ProviderIR): InterfaceDeclaration {
  const properties: PropertySignature[] = [];
  const seen = new Set<string>();
  const add = (name: string, doc: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    properties.push({
      name: propertyKey(name),
      type: "string | undefined",
      hasQuestionToken: true,
      docs: [docComment([doc])],
    });
  };
  for (const scheme of ir.securitySchemes) {
    switch (scheme.kind) {
      case "basic":
        add(scheme.username, `HTTP Basic user name for the \`${scheme.name}\` security scheme.`);
        if (scheme.password)
          add(scheme.password, `HTTP Basic password for the \`${scheme.name}\` security scheme.`);
        break;
      case "bearer":
        for (const part of scheme.tokenParts) {
          add(
            part,
            scheme.tokenParts.length > 1
              ? `Part of the bearer token of \`${scheme.name}\` (joined with "${scheme.separator}").`
              : `Bearer token for the \`${scheme.name}\` security scheme.`,
          );
        }
        break;
      case "apiKey":
        add(
          scheme.option,
          `API key sent in ${scheme.in} \`${scheme.parameterName}\` (\`${scheme.name}\`).`,
        );
        break;
      case "mutualTLS":
        break;
    }
  }
  for (const header of ir.clientHeaders) {
    const sentWhen =
      header.default === undefined
        ? `${header.example ? ` (e.g. \`${header.example}\`)` : ""}`
        : ` (default \`${header.default}\`)`;
    add(
      header.option,
      `Sent as the \`${header.name}\` header on every request${sentWhen}.${header.description ? ` ${header.description}` : ""}`,
    );
  }
  return {
    kind: "interface",
    name: ir.transport ? `${optionsTypeName(ir)}Base` : optionsTypeName(ir),
    extends: [
      `ClientOptions<${ir.clientName}Environment, ${ir.securitySchemes.length > 0 ? ir.securitySchemes.map((scheme) => tsString(scheme.name)).join(" | ") : "never"}>`,
    ],
    properties,
    docs: [docComment([`Options of the ${ir.title} client.`])],
  };
}

export function clientClass(ir: ProviderIR, root: ResourceNode): ClassDeclaration {
  const members = childResourceMembers(root);
  return {
    kind: "class",
    name: ir.clientName,
    docs: [
      docComment([
        `${ir.title} API client (spec version ${ir.apiVersion}).`,
        ir.description?.split("\n\n")[0],
      ]),
    ],
    properties: members.properties,
    constructor: {
      parameters: [
        {
          name: "options",
          type: optionsTypeName(ir),
          ...(ir.transport ? {} : { initializer: "{}" }),
        },
      ],
      statements: [`const core = ${coreFactoryName(ir)}(options);`, ...members.assignments],
    },
    methods: [],
  };
}
