import * as prettier from "prettier";

/** Fixed options, independent of any prettier config on the machine, so output is the same everywhere. */
const OPTIONS: prettier.Options = { printWidth: 100, trailingComma: "all", endOfLine: "lf" };

export type FileKind = "typescript" | "json" | "markdown";

export async function formatSource(text: string, kind: FileKind): Promise<string> {
  const parser = kind === "typescript" ? "typescript" : kind === "json" ? "json" : "markdown";
  return prettier.format(text, { ...OPTIONS, parser });
}
