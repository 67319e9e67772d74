import { ConfigurationError } from "@paygen/runtime";

/** A configuration file that cannot be used; the message starts with `file:line:` where a line is to blame. */
export class PokepayConfigError extends ConfigurationError {
  override name = "PokepayConfigError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(
      file === undefined ? message : `${file}${line === undefined ? "" : `:${line}`}: ${message}`,
    );
  }
}

export interface IniEntry {
  value: string;
  line: number;
}

/**
 * Reads the keys of one section of an INI file, the way the Pokepay SDKs' `config.ini` is written:
 * `KEY = value` lines, `;` or `#` comments, an optional `[global]` header (keys before any header
 * belong to it too), values optionally in matching quotes. Keys are upper-cased. Keys of other
 * sections are skipped. A malformed line or a key given twice is an error naming `file:line`; the
 * line's text is never repeated (it may hold a secret).
 */
export function parseIni(text: string, file: string, section = "global"): Map<string, IniEntry> {
  const entries = new Map<string, IniEntry>();
  // Keys before any header are [global]'s, whichever section is asked for.
  let current = "global";
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("#")) return;
      if (trimmed.startsWith("[")) {
        const header = /^\[\s*([^\]]+?)\s*\]$/.exec(trimmed);
        if (!header)
          throw new PokepayConfigError("expected a section header like [global]", file, line);
        current = header[1]!.toLowerCase();
        return;
      }
      const match = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(trimmed);
      if (!match) throw new PokepayConfigError("expected KEY = value", file, line);
      if (current !== section) return;
      const key = match[1]!.toUpperCase();
      const first = entries.get(key);
      if (first)
        throw new PokepayConfigError(
          `${key} is set twice (first on line ${first.line})`,
          file,
          line,
        );
      entries.set(key, { value: unquote(match[2]!), line });
    });
  return entries;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}
