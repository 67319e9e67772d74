import { displayWidth } from "./display-width.js";
import { loadPrettier } from "./format.js";

/** Table cells are markdown assembled from escaped parts; the header row comes first. */
export type TableRows = readonly (readonly string[])[];

/** The table as written before formatting: one space either side of each cell. */
export function compactTable(rows: TableRows): string {
  const [header = [], ...body] = rows;
  return [header, header.map(() => "---"), ...body].map(tableLine).join("\n");
}

/**
 * Whether alignedTable lays the table out as prettier does: every cell is already in the form
 * prettier prints it. Prettier trims cells, collapses whitespace runs and drops the padding inside a
 * code span; a table with such a cell is left to prettier.
 */
export function isAlignable(rows: TableRows): boolean {
  return rows.every((row) => row.every(isPrintedForm));
}

/**
 * An alignable table exactly as prettier's markdown printer lays it out — every column as wide as its
 * widest cell in display columns (never under 3), cells padded on the right, dashes under the header —
 * so a README's largest part need not go through prettier.
 */
export async function alignedTable(rows: TableRows): Promise<string> {
  const { util } = await loadPrettier();
  return layOut(rows, util.getStringWidth);
}

/**
 * alignedTable without prettier, when displayWidth measures every cell; undefined otherwise (or when
 * the table is not alignable).
 */
export function alignedTableByDisplayWidth(rows: TableRows): string | undefined {
  if (
    !isAlignable(rows) ||
    !rows.every((row) => row.every((cell) => displayWidth(cell) !== undefined))
  )
    return undefined;
  return layOut(rows, (cell) => displayWidth(cell)!);
}

function layOut(rows: TableRows, width: (cell: string) => number): string {
  if (!isAlignable(rows))
    throw new Error("paygen: alignedTable was given a table prettier rewrites");
  const [header = [], ...body] = rows;
  const widths = header.map((_, column) =>
    Math.max(3, ...rows.map((row) => width(row[column] ?? ""))),
  );
  const pad = (row: readonly string[]) =>
    widths.map((columnWidth, column) => {
      const cell = row[column] ?? "";
      return cell + " ".repeat(columnWidth - width(cell));
    });
  return [pad(header), widths.map((columnWidth) => "-".repeat(columnWidth)), ...body.map(pad)]
    .map(tableLine)
    .join("\n");
}

function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Words of non-space characters joined by single spaces (or empty). */
const PRINTED_FORM = /^(?:\S+(?: \S+)*)?$/u;
/** A cell that is one code span with a space inside its fence (escaped text has no bare backticks). */
const PADDED_CODE_SPAN = /^`+ | `+$/;

function isPrintedForm(cell: string): boolean {
  return PRINTED_FORM.test(cell) && !PADDED_CODE_SPAN.test(cell);
}
