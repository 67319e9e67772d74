#!/usr/bin/env node
// Turns `paygen diff`'s release advice into a changeset: one `.changeset/paygen-<rev>.md` naming every
// package whose contract changed, with the bump paygen suggests and its findings as the summary.
//
//   node scripts/changeset-from-diff.mjs [--base <rev>]     (default origin/main)
//
// Below 1.0.0 paygen advises one step lower than the finding's level (breaking → minor); changesets
// would take "major" to 1.0.0, so the advice is written as the bump that yields paygen's next version.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { base: { type: "string", default: "origin/main" } } });
const paygen = path.join(root, "generator", "bin", "paygen.js");
const run = spawnSync(
  process.execPath,
  [paygen, "diff", "--base", values.base, "--format", "json"],
  {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  process.stderr.write(
    run.stderr || `paygen diff exited with ${run.status} and printed no report\n`,
  );
  process.exit(run.status || 1);
}

const LEVEL_TITLES = { breaking: "Breaking", warning: "To review", info: "Other" };
const changed = report.packages.filter((pkg) => pkg.bump !== "none");
if (changed.length === 0) {
  console.log(`no contract changes since ${values.base}: no changeset written`);
  process.exit(0);
}

/** The changesets bump that takes currentVersion to paygen's nextVersion. */
function changesetBump(pkg) {
  const [major, minor] = (pkg.currentVersion ?? "0.0.0").split(".").map(Number);
  const [nextMajor, nextMinor] = (pkg.nextVersion ?? pkg.currentVersion ?? "0.0.0")
    .split(".")
    .map(Number);
  if (nextMajor > major) return "major";
  if (nextMinor > minor) return "minor";
  return "patch";
}

const frontMatter = changed.map((pkg) => `"${pkg.package}": ${changesetBump(pkg)}`);
const summary = changed.flatMap((pkg) => {
  const lines = [
    `${pkg.package}: ${pkg.status === "changed" ? `${pkg.findings.length} contract change(s)` : `package ${pkg.status}`} (paygen diff)`,
  ];
  for (const level of Object.keys(LEVEL_TITLES)) {
    for (const finding of pkg.findings.filter((f) => f.level === level)) {
      lines.push(
        `- ${LEVEL_TITLES[level]}: ${finding.operation ? `\`${finding.operation}\` ` : ""}${finding.message}`,
      );
    }
  }
  return [...lines, ""];
});
const slug = values.base.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
const file = path.join(root, ".changeset", `paygen-diff-${slug}.md`);
writeFileSync(file, ["---", ...frontMatter, "---", "", ...summary].join("\n"));
console.log(`wrote ${path.relative(root, file)}: ${frontMatter.join(", ")}`);
