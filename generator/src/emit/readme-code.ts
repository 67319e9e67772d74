import type { ProviderIR } from "../ir/index.js";
import {
  callPerResourceFamily,
  clientCall,
  constructions,
  credentialEntries,
  defaultConstruction,
  functionCall,
  simplest,
} from "./readme-examples.js";
import { operationBindings } from "./client/function-names.js";
import { coreFactoryName } from "./client/names.js";
import { credentialOptions } from "../ir/index.js";
import { sourceText, type CodeLine } from "./readme-code-layout.js";

/**
 * The README's TypeScript blocks, each a whole module (imports included) so that the snippet test can
 * compile it alone. Built from IR facts through readme-examples; spec text enters only as escaped
 * literals and line comments.
 */
export interface ReadmeCode<Block = string> {
  quickStart: Block;
  constructions: Block | undefined;
  calls: Block | undefined;
  standalone: Block | undefined;
  pagination: Block | undefined;
  errors: Block | undefined;
  webhooks: Block | undefined;
  /** Pointing the client at `paygen mock`; not for a client with a transport of its own. */
  mock: Block | undefined;
}

/** The blocks as paygen writes them. */
export function readmeCode(ir: ProviderIR): ReadmeCode {
  const blocks = readmeBlocks(ir);
  return Object.fromEntries(
    Object.entries(blocks).map(([key, lines]) => [key, lines && sourceText(lines)]),
  ) as unknown as ReadmeCode;
}

/** The blocks line by line; a string is fixed text, written in prettier's printed form. */
export function readmeBlocks(ir: ProviderIR): ReadmeCode<CodeLine[]> {
  const loader = ir.transport?.loader?.exportName;
  const imports = (extra: string[] = []): CodeLine => ({
    imports: [ir.clientName, ...(loader ? [loader] : []), ...extra],
    from: ir.packageName,
  });
  const client: CodeLine = {
    head: "const client = ",
    expression: { call: `new ${ir.clientName}`, args: [defaultConstruction(ir)] },
    tail: ";",
  };
  const first = simplest(ir.operations);
  const paginated = simplest(ir.operations.filter((op) => op.pagination !== undefined));
  const styles = constructions(ir);
  const defaultScheme = ir.securitySchemes.find((scheme) => scheme.kind !== "mutualTLS");
  const mockCredentials = defaultScheme
    ? credentialEntries(ir, credentialOptions(defaultScheme))
    : [];
  return {
    quickStart: lines(
      imports(),
      "",
      client,
      first
        ? { head: "const result = await ", expression: clientCall(first), tail: ";" }
        : undefined,
    ),
    constructions:
      styles.length > 0
        ? lines(
            imports(),
            ...styles.flatMap((style): CodeLine[] => [
              "",
              { comment: style.comment },
              {
                head: `const ${style.variable} = `,
                expression: { call: `new ${ir.clientName}`, args: [style.argument] },
                tail: ";",
              },
            ]),
          )
        : undefined,
    calls: first
      ? lines(
          imports(),
          "",
          client,
          ...callPerResourceFamily(ir).map((op): CodeLine => ({
            head: "await ",
            expression: clientCall(op),
            tail: ";",
          })),
        )
      : undefined,
    standalone: first
      ? lines(
          {
            imports: [
              coreFactoryName(ir),
              ...(loader ? [loader] : []),
              operationBindings(ir).get(first)!.function,
            ],
            from: ir.packageName,
          },
          "",
          {
            head: "const core = ",
            expression: { call: coreFactoryName(ir), args: [defaultConstruction(ir)] },
            tail: ";",
          },
          {
            head: "const result = await ",
            expression: functionCall(first, operationBindings(ir).get(first)!.function),
            tail: ";",
          },
        )
      : undefined,
    pagination: paginated
      ? lines(
          imports(),
          "",
          client,
          { head: "for await (const item of ", expression: clientCall(paginated), tail: ") {" },
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
          { head: "  await ", expression: clientCall(first), tail: ";" },
          "} catch (error) {",
          "  if (!(error instanceof ApiError)) throw error;",
          "  console.error(error.status, error.code, error.requestId, error.body);",
          "}",
        )
      : undefined,
    webhooks:
      ir.webhooks.length > 0
        ? lines(
            { imports: ["parseWebhook", "WebhookParseError"], from: ir.packageName },
            "",
            "/** The HTTP status to answer a webhook request with. */",
            "export function receiveWebhook(rawBody: string): number {",
            "  try {",
            "    const event = parseWebhook(rawBody);",
            "    switch (event.webhook) {",
            ...ir.webhooks.flatMap((webhook): CodeLine[] => [
              { head: "      case ", expression: { data: webhook.name }, tail: ":" },
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
      : lines({ imports: [ir.clientName], from: ir.packageName }, "", {
          head: "const client = ",
          expression: {
            call: `new ${ir.clientName}`,
            args: [
              { object: [["baseUrl", { data: "http://127.0.0.1:4010" }], ...mockCredentials] },
            ],
          },
          tail: ";",
        }),
  };
}

function lines(...parts: Array<CodeLine | undefined>): CodeLine[] {
  return parts.filter((part): part is CodeLine => part !== undefined);
}
