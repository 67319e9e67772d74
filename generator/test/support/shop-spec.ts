/** A small valid spec; bad-spec cases edit its numbered lines. */
export const SHOP_SPEC_LINES = [
  /*  1 */ "openapi: 3.1.0",
  /*  2 */ "info:",
  /*  3 */ "  title: Shop",
  /*  4 */ '  version: "1"',
  /*  5 */ "servers:",
  /*  6 */ "  - url: https://shop.example.test",
  /*  7 */ "security:",
  /*  8 */ "  - key: []",
  /*  9 */ "paths:",
  /* 10 */ "  /items/{id}:",
  /* 11 */ "    get:",
  /* 12 */ "      operationId: getItem",
  /* 13 */ "      x-paygen-resource: items",
  /* 14 */ "      x-paygen-method: get",
  /* 15 */ "      parameters:",
  /* 16 */ "        - name: id",
  /* 17 */ "          in: path",
  /* 18 */ "          required: true",
  /* 19 */ "          schema: { type: string }",
  /* 20 */ "      responses:",
  /* 21 */ '        "200":',
  /* 22 */ "          description: An item.",
  /* 23 */ "          content:",
  /* 24 */ "            application/json:",
  /* 25 */ '              schema: { $ref: "#/components/schemas/Item" }',
  /* 26 */ "components:",
  /* 27 */ "  securitySchemes:",
  /* 28 */ "    key:",
  /* 29 */ "      type: http",
  /* 30 */ "      scheme: basic",
  /* 31 */ "      x-paygen-credentials: { username: apiKey }",
  /* 32 */ "  schemas:",
  /* 33 */ "    Item:",
  /* 34 */ "      type: object",
  /* 35 */ "      required: [id]",
  /* 36 */ "      properties:",
  /* 37 */ "        id: { type: string }",
  /* 38 */ "        price: { type: integer }",
];

export const SHOP_SPEC = `${SHOP_SPEC_LINES.join("\n")}\n`;

export type Edit =
  | { replace: number; with: string | string[] }
  | { insertAfter: number; lines: string[] }
  | { remove: number; count?: number };

/** Applies edits given in the original line numbers (applied bottom-up so numbers stay valid). */
export function editShopSpec(...edits: Edit[]): string {
  const lines = [...SHOP_SPEC_LINES];
  const lineOf = (edit: Edit): number =>
    "replace" in edit ? edit.replace : "insertAfter" in edit ? edit.insertAfter : edit.remove;
  for (const edit of [...edits].sort((a, b) => lineOf(b) - lineOf(a))) {
    if ("replace" in edit) lines.splice(edit.replace - 1, 1, ...[edit.with].flat());
    else if ("insertAfter" in edit) lines.splice(edit.insertAfter, 0, ...edit.lines);
    else lines.splice(edit.remove - 1, edit.count ?? 1);
  }
  return `${lines.join("\n")}\n`;
}
