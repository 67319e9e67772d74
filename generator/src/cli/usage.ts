export const EXIT = { ok: 0, diagnostics: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = "UsageError";
}

export const MAIN_HELP = `paygen — typed API clients from OpenAPI specs

Usage:
  paygen generate [provider...] [--check]     regenerate packages/<provider> from specs/<provider>
  paygen generate --spec <file> --out <dir> [--name <package>]
  paygen validate [provider...]               report spec diagnostics only
  paygen diff <old> <new> | --base <revision>  report every contract change and what it breaks

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
  --root <dir>        repository root (default: the nearest folder with specs/); with --spec: the
                      folder the spec's $refs must stay inside (default: the spec file's folder)
  -h, --help          show this help`;

export const VALIDATE_HELP = `Usage: paygen validate [provider...] [--root <dir>]

Loads and validates each provider's spec (all by default) and prints diagnostics as
file:line:col: severity CODE: message. Exit 1 when any error is found.`;

export const DIFF_HELP = `Usage: paygen diff <old> <new> [options]
       paygen diff --base <revision> [provider...] [options]

Compares two versions of a spec and reports every contract change: its rule, level (breaking,
warning, info), direction (request or response), location, and whether the generated TypeScript
types change; then the suggested release (major/minor/patch) and a changelog entry per package.

<old> and <new> are each a spec file, a provider name (its spec in the working tree), or
<revision>:<file> read from git; two bare git revisions compare every provider between them.
--base compares every provider's spec (or only those named) at <revision> with the working tree,
reading git without touching the working tree.

Options:
  --base <revision>      compare with this git revision (e.g. origin/main)
  --format <name>        text (default), markdown, json, or github (workflow annotations)
  --fail-on <level>      exit 1 when a finding is at this level or worse: breaking (default),
                         warning, or info; a removed package or a broken consumer always fails
  --consumer <tsconfig>  regenerate the changed packages from both specs and type-check this
                         project against each: report each line that no longer compiles, with
                         the findings that caused it
  --root <dir>           repository root (default: the nearest folder with specs/)
  --rules                list every rule: id, level, direction and what it reports
  -h, --help             show this help

Exit codes: 0 nothing at --fail-on level, 1 findings at that level (or spec errors), 2 usage.`;
