import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Facts a generated package.json repeats from the toolkit's own packages, read from their
 * package.json files so each stays defined once: the Node engine range, the repository, the
 * TypeScript and Node typings a package builds with, and the runtime version it depends on.
 */
export interface ToolkitFacts {
  nodeEngine: string;
  repositoryUrl: string;
  typescriptVersion: string;
  nodeTypesVersion: string;
  runtimeVersion: string;
}

interface PackageJson {
  version: string;
  engines?: { node?: string };
  repository?: { url?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

let cached: ToolkitFacts | undefined;

export function toolkitFacts(): ToolkitFacts {
  if (cached) return cached;
  const generator = readJson(new URL("../../package.json", import.meta.url));
  // Resolved like any dependency: the workspace's runtime here, the installed one when published.
  const runtime = readJson(createRequire(import.meta.url).resolve("@paygen/runtime/package.json"));
  cached = {
    nodeEngine: required(generator.engines?.node, "engines.node"),
    repositoryUrl: required(generator.repository?.url, "repository.url"),
    typescriptVersion: required(generator.dependencies?.["typescript"], "dependencies.typescript"),
    nodeTypesVersion: required(
      generator.devDependencies?.["@types/node"],
      "devDependencies.@types/node",
    ),
    runtimeVersion: runtime.version,
  };
  return cached;
}

function readJson(file: URL | string): PackageJson {
  return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
}

function required(value: string | undefined, field: string): string {
  if (value === undefined) throw new Error(`@paygen/generator's package.json has no ${field}`);
  return value;
}
