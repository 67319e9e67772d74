// The benchmark anchors (openapi-typescript, @hey-api/openapi-ts, openapi-fetch) live in their own
// npm project under scripts/anchors/, outside the pnpm workspace, so that the default install stays
// free of tools that need a newer Node. The first benchmark run installs them from the lockfile.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const anchorsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "anchors");

/** Installs the anchors once (npm ci from scripts/anchors/package-lock.json); returns their folder. */
export function ensureAnchors() {
  const { dependencies } = JSON.parse(readFileSync(path.join(anchorsDir, "package.json"), "utf8"));
  const installed = Object.keys(dependencies).every((name) =>
    existsSync(path.join(anchorsDir, "node_modules", name, "package.json")),
  );
  if (installed) return anchorsDir;
  console.error("installing the benchmark anchors into scripts/anchors/ (once) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(
    npm,
    ["ci", "--no-audit", "--no-fund", "--loglevel=error", "--engine-strict=false"],
    {
      cwd: anchorsDir,
      stdio: "inherit",
    },
  );
  if (run.status !== 0) {
    console.error("could not install the benchmark anchors (npm ci in scripts/anchors failed)");
    process.exit(1);
  }
  return anchorsDir;
}
