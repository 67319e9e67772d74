import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The real-world corpus: public OpenAPI documents paygen was never tuned on, from pinned npm
 * devDependencies so that a fresh clone has them. `full` adds the large ones (api.github.com, and the
 * specs in ../shared/bench-specs when that folder exists) for `npm run test:corpus`.
 */
export interface CorpusSpec {
  /** Short, unique, file-system-safe name. */
  readonly name: string;
  readonly file: string;
  readonly source: string;
}

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const modules = path.join(repositoryRoot, "node_modules");
const benchSpecs = path.resolve(repositoryRoot, "../shared/bench-specs");

function readmeExamples(version: "3.0" | "3.1"): CorpusSpec[] {
  const folder = path.join(modules, "@readme/oas-examples", version, "json");
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({
      name: `readme-${version}-${file.replace(/\.json$/, "")}`,
      file: path.join(folder, file),
      source: `@readme/oas-examples ${version}/json/${file}`,
    }));
}

export function corpusSpecs(full: boolean): CorpusSpec[] {
  const specs = [
    ...readmeExamples("3.0"),
    ...readmeExamples("3.1"),
    {
      name: "scalar-galaxy",
      file: path.join(modules, "@scalar/galaxy/dist/3.1.yaml"),
      source: "@scalar/galaxy dist/3.1.yaml",
    },
  ];
  if (!full) return specs;
  specs.push({
    name: "github",
    file: path.join(modules, "octokit-openapi-b/generated/api.github.com.json"),
    source: "@octokit/openapi 22.0.0 generated/api.github.com.json",
  });
  if (existsSync(benchSpecs)) {
    for (const file of readdirSync(benchSpecs)
      .filter((f) => /\.(json|ya?ml)$/.test(f))
      .sort()) {
      specs.push({
        name: `bench-${file.replace(/\W+/g, "-")}`,
        file: path.join(benchSpecs, file),
        source: `../shared/bench-specs/${file}`,
      });
    }
  }
  return specs;
}

/** Whether ../shared/bench-specs is present (it is optional: the corpus says when it is used). */
export const benchSpecsPresent = existsSync(benchSpecs);

/** A Swagger 2.0 document of the same corpus: paygen must refuse it with a clear diagnostic. */
export const swagger2Example = path.join(
  modules,
  "@readme/oas-examples/2.0/json/petstore-minimal.json",
);
