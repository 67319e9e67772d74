import ts from "typescript";
import { describe, expect, it } from "vitest";
import { provider } from "../../test/support/ir-builders.js";
import { emitWebhooks } from "./webhooks-emitter.js";

const HOSTILE_SUMMARY = "Paid */ export const injected = 1; /* done";

describe("webhooks emitter from hand-built IR", () => {
  const text = emitWebhooks(
    provider({
      webhooks: [
        {
          name: "paid",
          summary: HOSTILE_SUMMARY,
          httpMethod: "post",
          mediaType: "application/json",
          schema: { type: "object" },
          discriminatorValues: [],
        },
      ],
    }),
  );
  const source = ts.createSourceFile("webhooks.ts", text ?? "", ts.ScriptTarget.ES2022, true);

  it("keeps a summary containing */ inside its doc comment", () => {
    const declared = source.statements.flatMap((statement) =>
      ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => d.name.getText(source))
        : ts.isTypeAliasDeclaration(statement) || ts.isFunctionDeclaration(statement)
          ? [statement.name?.getText(source)]
          : [],
    );
    expect(declared).toEqual(["Webhook", "CATALOGUE", "parseWebhook"]);
    const variant = source.statements.find(ts.isTypeAliasDeclaration)!;
    const comments =
      ts.getLeadingCommentRanges(
        text!,
        (variant.type as ts.UnionTypeNode).types[0]!.getChildAt(1, source).pos,
      ) ?? [];
    expect(comments.map((range) => text!.slice(range.pos, range.end))).toEqual([
      "/** Paid *\\/ export const injected = 1; /* done */",
    ]);
  });

  it("is syntactically valid TypeScript", () => {
    expect(
      (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map(
        (d) => d.messageText,
      ),
    ).toEqual([]);
  });

  it("emits nothing for a spec without webhooks", () => {
    expect(emitWebhooks(provider())).toBeUndefined();
  });
});
