import type { ProviderIR } from "../ir/index.js";
import { lineCommentText, tsString } from "./escape/index.js";
import {
  callExpression,
  callPerResourceFamily,
  codeLiteral,
  constructions,
  credentialEntries,
  defaultConstruction,
  functionCallExpression,
  simplest,
} from "./readme-examples.js";
import { operationBindings } from "./client/function-names.js";
import { coreFactoryName } from "./client/names.js";
import { credentialOptions } from "../ir/index.js";

/**
 * The README's TypeScript blocks, each a whole module (imports included) so that the snippet test can
 * compile it alone. Built from IR facts through readme-examples; spec text enters only as escaped
 * literals and line comments.
 */
export interface ReadmeCode {
  quickStart: string;
  constructions: string | undefined;
  calls: string | undefined;
  standalone: string | undefined;
  pagination: string | undefined;
  errors: string | undefined;
  webhooks: string | undefined;
  /** Pointing the client at `paygen mock`; not for a client with a transport of its own. */
  mock: string | undefined;
}

export function readmeCode(ir: ProviderIR): ReadmeCode {
  const loader = ir.transport?.loader?.exportName;
  const imports = (extra: string[] = []): string =>
    `import { ${[ir.clientName, ...(loader ? [loader] : []), ...extra].join(", ")} } from ${tsString(ir.packageName)};`;
  const client = `const client = new ${ir.clientName}(${defaultConstruction(ir)});`;
  const first = simplest(ir.operations);
  const paginated = simplest(ir.operations.filter((op) => op.pagination !== undefined));
  const styles = constructions(ir);
  const defaultScheme = ir.securitySchemes.find((scheme) => scheme.kind !== "mutualTLS");
  const mockCredentials = defaultScheme
    ? credentialEntries(ir, credentialOptions(defaultScheme)).join(", ")
    : "";
  return {
    quickStart: lines(
      imports(),
      "",
      client,
      first ? `const result = await client.${callExpression(first)};` : undefined,
    ),
    constructions:
      styles.length > 0
        ? lines(
            imports(),
            ...styles.flatMap((style) => [
              "",
              `// ${lineCommentText(style.comment)}`,
              `const ${style.variable} = new ${ir.clientName}(${style.argument});`,
            ]),
          )
        : undefined,
    calls: first
      ? lines(
          imports(),
          "",
          client,
          ...callPerResourceFamily(ir).map((op) => `await client.${callExpression(op)};`),
        )
      : undefined,
    standalone: first
      ? lines(
          `import { ${[coreFactoryName(ir), ...(loader ? [loader] : []), operationBindings(ir).get(first)!.function].join(", ")} } from ${tsString(ir.packageName)};`,
          "",
          `const core = ${coreFactoryName(ir)}(${defaultConstruction(ir)});`,
          `const result = await ${functionCallExpression(first, operationBindings(ir).get(first)!.function)};`,
        )
      : undefined,
    pagination: paginated
      ? lines(
          imports(),
          "",
          client,
          `for await (const item of client.${callExpression(paginated)}) {`,
          "  console.log(item);",
          "}",
        )
      : undefined,
    errors: first
      ? lines(
          imports(["ApiError"]),
          "",
          client,
          "try {",
          `  await client.${callExpression(first)};`,
          "} catch (error) {",
          "  if (!(error instanceof ApiError)) throw error;",
          "  console.error(error.status, error.code, error.requestId, error.body);",
          "}",
        )
      : undefined,
    webhooks:
      ir.webhooks.length > 0
        ? lines(
            `import { parseWebhook, WebhookParseError } from ${tsString(ir.packageName)};`,
            "",
            "/** The HTTP status to answer a webhook request with. */",
            "export function receiveWebhook(rawBody: string): number {",
            "  try {",
            "    const event = parseWebhook(rawBody);",
            "    switch (event.webhook) {",
            ...ir.webhooks.flatMap((webhook) => [
              `      case ${codeLiteral(webhook.name)}:`,
              "        console.log(event.payload);",
              "        break;",
            ]),
            "    }",
            "    return 200;",
            "  } catch (error) {",
            "    if (error instanceof WebhookParseError) return 400;",
            "    throw error;",
            "  }",
            "}",
          )
        : undefined,
    mock: ir.transport
      ? undefined
      : lines(
          `import { ${ir.clientName} } from ${tsString(ir.packageName)};`,
          "",
          `const client = new ${ir.clientName}({ baseUrl: "http://127.0.0.1:4010"${mockCredentials ? `, ${mockCredentials}` : ""} });`,
        ),
  };
}

function lines(...parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined).join("\n");
}
