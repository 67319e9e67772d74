export const EXIT = { ok: 0, diagnostics: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = "UsageError";
}

export const MAIN_HELP = `paygen — typed API clients from OpenAPI specs

Usage:
  paygen generate [provider...] [--check]     regenerate packages/<provider> from specs/<provider>
  paygen generate --spec <file> --out <dir> [--name <package>]
  paygen validate [provider...]               report spec diagnostics only

Run \`paygen <command> --help\` for details. Exit codes: 0 ok, 1 diagnostics or stale files, 2 usage.`;

export const GENERATE_HELP = `Usage: paygen generate [provider...] [options]

Regenerates the client package of each provider (all providers under specs/ by default) into
packages/<provider>. Nothing is written unless every provider generates without errors; files whose
contents did not change are left untouched.

Options:
  --check             write nothing; exit 1 listing every file that is stale, missing or extra
  --spec <file>       generate from one spec file instead of specs/ (needs --out)
  --out <dir>         output package directory for --spec
  --name <package>    npm package name for --spec (default: @paygen/<basename of --out>)
  --strict-examples   with --spec: an example that contradicts its schema is an error, not a warning
  --root <dir>        repository root (default: the nearest folder with specs/)
  -h, --help          show this help`;

export const VALIDATE_HELP = `Usage: paygen validate [provider...] [--root <dir>]

Loads and validates each provider's spec (all by default) and prints diagnostics as
file:line:col: severity CODE: message. Exit 1 when any error is found.`;
