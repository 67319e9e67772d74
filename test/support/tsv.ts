import { readFileSync } from "node:fs";

/** The data rows of a TSV file with a header line, as cell lists (blank lines skipped). */
export function readTsvRows(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(1)
    .map((line) => line.split("\t"));
}

/** The data rows of a TSV file keyed by the header's column names, cells trimmed. */
export function readTsv(file: string): Array<Record<string, string>> {
  const [header = ""] = readFileSync(file, "utf8").split("\n");
  const columns = header.split("\t").map((column) => column.trim());
  return readTsvRows(file).map((cells) =>
    Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? "").trim()])),
  );
}
