import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export const run = promisify(execFile);

/** The pnpm every README command uses; `pnpm pack` turns `workspace:` ranges into versions. */
export const PNPM = ["-y", "pnpm@12.21.0"];

export interface PackedPackage {
  name: string;
  tarball: string;
  bytes: number;
}

/** Folders of the repository's publishable packages: the generator and every `packages/*`. */
export function publishableDirs(root: string): string[] {
  const packages = readdirSync(path.join(root, "packages"))
    .map((name) => path.join(root, "packages", name))
    .filter((dir) => statSync(path.join(dir, "package.json"), { throwIfNoEntry: false })?.isFile());
  return [path.join(root, "generator"), ...packages].filter(
    (dir) =>
      !(JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { private?: boolean })
        .private,
  );
}

/** `pnpm pack` (which runs each package's prepack build) into `destination`. */
export async function packAll(dirs: string[], destination: string): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = [];
  // One at a time: packing builds, and the machine is shared.
  for (const dir of dirs) {
    const { name, version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
      name: string;
      version: string;
    };
    await run("npx", [...PNPM, "pack", "--pack-destination", destination], { cwd: dir });
    const tarball = path.join(
      destination,
      `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`,
    );
    packed.push({ name, tarball, bytes: statSync(tarball).size });
  }
  return packed;
}

/** Every path inside a tarball, without the leading `package/`. */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball]);
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ""));
}

/** The package.json inside a tarball. */
export async function tarballManifest(tarball: string): Promise<Record<string, unknown>> {
  const { stdout } = await run("tar", ["-xzOf", tarball, "package/package.json"]);
  return JSON.parse(stdout) as Record<string, unknown>;
}
