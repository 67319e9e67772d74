import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);

export interface GeneratedSpec {
  id: string;
  entryFile: string;
  /** Where its generated package is committed: `packages/<id>`, or the fixture's `golden/`. */
  committed: string;
}

/** The four providers' specs and the golden fixtures': every spec whose package the repository holds. */
export const GENERATED_SPECS: readonly GeneratedSpec[] = [
  ...["gmo-pg", "omise", "pokepay", "univapay"].map((id) => {
    const folder = path.join(REPOSITORY_ROOT, "specs", id);
    const [file] = readdirSync(folder).filter((name) => name.endsWith(".yaml"));
    return {
      id,
      entryFile: path.join(folder, file!),
      committed: path.join(REPOSITORY_ROOT, "packages", id),
    };
  }),
  ...readdirSync(path.join(REPOSITORY_ROOT, "generator/test/fixtures")).map((id) => {
    const folder = path.join(REPOSITORY_ROOT, "generator/test/fixtures", id);
    return {
      id,
      entryFile: path.join(folder, "openapi.yaml"),
      committed: path.join(folder, "golden"),
    };
  }),
];
