/** `unreadable`: paygen diff could not read or parse an input (or, with --strict, it failed validation). */
/** 70 is sysexits' EX_SOFTWARE: a bug in paygen, never a verdict on the spec. */
export const EXIT = { ok: 0, diagnostics: 1, usage: 2, unreadable: 3, internal: 70 } as const;

export const MAIN_HELP = `paygen — typed API clients from OpenAPI specs

Usage:
  paygen generate [provider...] [--check]     regenerate packages/<provider> from specs/<provider>
  paygen generate --spec <file> --out <dir> [--name <package>]
  paygen validate [provider... | file...]     report spec diagnostics only
  paygen diff <old> <new> | --base <revision>  report every contract change and what it breaks
  paygen mock <provider|spec> [--port <n>]    serve a spec's examples on loopback for your tests

Specs under specs/<provider>/ are held to every paygen house rule; any other spec file only to what
OpenAPI 3.0/3.1 and JSON Schema require (house rules become warnings; --strict restores them).

Run \`paygen <command> --help\` for details. Exit codes: 0 ok, 1 diagnostics, stale files or (diff)
findings at --fail-on, 2 usage, 3 (diff) an input could not be read or parsed, 70 an internal error
(a bug in paygen).`;

export const GENERATE_HELP = `Usage: paygen generate [provider...] [options]

Regenerates the client package of each provider (all providers under specs/ by default) into
packages/<provider>. Nothing is written unless every provider generates without errors; files whose
contents did not change are left untouched.

Options:
  --check             write nothing; exit 1 listing every file that is stale, missing or extra
  --spec <file>       generate from one spec file instead of specs/ (needs --out)
  --out <dir>         output package directory for --spec
  --name <package>    npm package name for --spec (default: @paygen/<basename of --out>)
  --strict            with --spec: hold the spec to every paygen house rule (operationIds, success
                      responses, examples, x-paygen-* extensions), as for specs/<provider>/
  --strict-examples   with --spec: an example that contradicts its schema is an error, not a warning
  --root <dir>        repository root (default: the nearest folder with specs/); with --spec: the
                      folder the spec's $refs must stay inside (default: the spec file's folder)
  --json              print one JSON document on stdout: { packages, check?, diagnostics }
  --progress          show each provider's stage (load, validate, emit, write) on stderr even when
                      stderr is not a terminal or with --json (on a terminal it is shown anyway)
  --no-color          no colours (also off when stderr is not a terminal or NO_COLOR is set)
  -h, --help          show this help

An output folder must not exist yet, be empty, or be a package paygen generated before (its
package.json has a "paygen" field); any other folder is refused (PG181, exit 1) before anything is
written. An empty --out or an invalid --name is a usage error (exit 2). Each package is replaced as a
whole: it is assembled beside the old one and swapped in, so an interrupted run leaves the old or the
new package, and the next run finishes or sweeps what it left.`;

export const VALIDATE_HELP = `Usage: paygen validate [provider... | file...] [--strict] [--root <dir>]

Loads and validates each provider's spec (all by default) or each spec file named, and prints
diagnostics as file:line:col: severity CODE: message. Exit 1 when any error is found.

A provider's spec (specs/<provider>/) is held to every paygen house rule. Any other file is held only
to what OpenAPI 3.0/3.1 and JSON Schema require: a missing operationId is fine (names are derived
from method and path), a missing success response, a wrong example or an unknown x-paygen-*
extension is a warning.

Options:
  --strict      hold spec files to every house rule, as for specs/<provider>/
  --root <dir>  repository root (default: the nearest folder with specs/)
  --json        print one JSON document on stdout: { diagnostics: [{ file, line, column, severity,
                code, message, help }] }
  --progress    show each target's stage on stderr even when stderr is not a terminal or with --json
  --no-color    no colours (also off when stderr is not a terminal or NO_COLOR is set)
  -h, --help    show this help`;

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
  --json                 same as --format json; an unreadable input is reported as JSON too
                         ({ diagnostics: [...] }, exit 3)
  --no-color             no colours (also off when stderr is not a terminal or NO_COLOR is set)
  --fail-on <level>      exit 1 when a finding is at this level or worse: breaking (default),
                         warning, or info; a removed package or a broken consumer always fails
  --consumer <tsconfig>  regenerate the changed packages from both specs and type-check this
                         project against each: report each line that no longer compiles, with
                         the findings that caused it
  --root <dir>           repository root (default: the nearest folder with specs/)
  --strict               hold every side to paygen's house rules and stop at any spec error
                         (exit 3) instead of listing the problems as warnings
  --rules                list every rule: id, level, direction, what it reports and oasdiff's level
  -h, --help             show this help

Any parseable OpenAPI 3.0/3.1 document can be compared: a provider's spec (specs/<provider>/) is
validated with every house rule, any other file only with what OpenAPI requires, and each problem
found is listed as a located warning before the findings; the comparison goes on.

Exit codes: 0 nothing at the --fail-on level, 1 findings at that level (or a removed package or a
broken consumer), 2 usage, 3 an input could not be read or parsed (with --strict: or is invalid),
70 an internal error.`;

export const MOCK_HELP = `Usage: paygen mock <provider|spec> [--port <n>] [--root <dir>]

Serves a provider's spec (or any OpenAPI file) on http://127.0.0.1:<port> with Prism: each operation
answers with its example, and a request that breaks the spec is refused (the operation's 400
response when it has one, else 422).
Point a client at it with \`baseUrl\`. Runs until Ctrl-C (SIGINT) or SIGTERM. Needs
@stoplight/prism-cli installed in the project.

Options:
  --port <n>    port to listen on (default 4010)
  --root <dir>  repository root (default: the nearest folder with specs/)
  -h, --help    show this help`;
