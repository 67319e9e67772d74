import type * as Prettier from "prettier";

/** Prettier's print width: for prettier, and for the code paygen writes in prettier's layout itself. */
export const PRINT_WIDTH = 100;

/** Fixed options, independent of any prettier config on the machine, so output is the same everywhere. */
const OPTIONS: Prettier.Options = {
  printWidth: PRINT_WIDTH,
  trailingComma: "all",
  endOfLine: "lf",
};

let prettier: Promise<typeof Prettier> | undefined;

/**
 * Prettier, imported on first use: most importers of this module need only PRINT_WIDTH and
 * fitsPrintWidth, and when a run has a worker the main thread hands all formatting to it.
 */
export function loadPrettier(): Promise<typeof Prettier> {
  return (prettier ??= import("prettier"));
}

/**
 * Whether `line`, after `indent` columns, fits the print width, counting a non-ASCII character as two
 * columns: never fewer than prettier counts, so a line said to fit does.
 */
export function fitsPrintWidth(line: string, indent = 0): boolean {
  let width = indent;
  for (const char of line) width += char.charCodeAt(0) < 0x80 ? 1 : 2;
  return width <= PRINT_WIDTH;
}

/** `markdown-with-formatted-code`: markdown whose fenced code is already formatted, and left as it is. */
export type FileKind = "typescript" | "json" | "markdown" | "markdown-with-formatted-code";

/** Formats on this thread; code that runs on the main thread goes through `formatOffThread`. */
export async function formatSource(text: string, kind: FileKind): Promise<string> {
  // babel-ts prints the same as the typescript parser, about a third faster on large files.
  const parser = kind === "typescript" ? "babel-ts" : kind === "json" ? "json" : "markdown";
  const { format } = await loadPrettier();
  return format(text, {
    ...OPTIONS,
    parser,
    ...(kind === "markdown-with-formatted-code" ? { embeddedLanguageFormatting: "off" } : {}),
  });
}
