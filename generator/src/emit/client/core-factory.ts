import type { ProviderIR } from "../../ir/index.js";
import type { FunctionDeclaration, TypeAlias } from "./declarations.js";
import { tsString } from "../escape/index.js";
import { coreFactoryName, coreTypeName, docComment, optionsTypeName } from "./names.js";

/** `OmiseCore` and `createOmiseCore(options)`: the handle the standalone functions share. */
export function coreFactory(ir: ProviderIR): [TypeAlias, FunctionDeclaration] {
  const transportArgument = ir.transport ? ", sendThrough(createTransport(options))" : "";
  return [
    {
      kind: "type",
      name: coreTypeName(ir),
      type: "ClientCore",
      docs: [
        docComment([
          `A configured ${ir.title} connection: what the standalone operation functions take as their first argument.`,
        ]),
      ],
    },
    {
      kind: "function",
      name: coreFactoryName(ir),
      docs: [
        docComment([
          `Checks \`options\` and makes the core the standalone operation functions send requests through. Make one and share it: it holds the credentials, retry settings and fetched tokens.`,
        ]),
      ],
      parameters: [
        {
          name: "options",
          type: optionsTypeName(ir),
          ...(ir.transport ? {} : { initializer: "{}" }),
        },
      ],
      returnType: coreTypeName(ir),
      statements: [
        ...headerDefaultStatements(ir),
        `return new ClientCore(CLIENT_SPEC, ${headerDefaults(ir) ? "configured" : "options"}${transportArgument});`,
      ],
    },
  ];
}

function headerDefaults(ir: ProviderIR): ProviderIR["clientHeaders"] | undefined {
  const defaults = ir.clientHeaders.filter((header) => header.default !== undefined);
  return defaults.length > 0 ? defaults : undefined;
}

/** A typed copy of `options` in which every client header with a spec default falls back to it. */
function headerDefaultStatements(ir: ProviderIR): string[] {
  const defaults = headerDefaults(ir);
  if (!defaults) return [];
  const entries = defaults.map(
    (header) => `${header.option}: options.${header.option} ?? ${tsString(header.default ?? "")}`,
  );
  return [`const configured: ${optionsTypeName(ir)} = { ...options, ${entries.join(", ")} };`];
}
