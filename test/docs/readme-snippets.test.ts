import { execFile } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Every TypeScript code block in every README (the root, the runtime, each package) compiles as a
 * module of its own under the strictest options a consumer may use. Environment variables read by a
 * snippet are declared as possibly undefined, as Node types them.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const goldens = path.join("generator", "test", "fixtures");
/** Golden packages of the fixture specs: odd names, polymorphism, cycles put the README generator to the test. */
const goldenPackages = readdirSync(path.join(root, goldens))
  .map((fixture) => path.join(goldens, fixture, "golden"))
  .filter((dir) => existsSync(path.join(root, dir, "package.json")));
const readmes = [
  "README.md",
  ...readdirSync(path.join(root, "packages")).map((name) =>
    path.join("packages", name, "README.md"),
  ),
  ...goldenPackages.map((dir) => path.join(dir, "README.md")),
].filter((file) => existsSync(path.join(root, file)));
/** Golden packages are not in the workspace: their names resolve to their sources. */
const goldenPaths = Object.fromEntries(
  goldenPackages.map((dir) => [
    (JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8")) as { name: string })
      .name,
    [path.join(root, dir, "src", "index.ts")],
  ]),
);

interface Snippet {
  readonly readme: string;
  readonly line: number;
  readonly code: string;
}

function snippetsOf(readme: string): Snippet[] {
  const lines = readFileSync(path.join(root, readme), "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== "```") i++;
    snippets.push({ readme, line: start + 1, code: lines.slice(start, i + 1).join("\n") });
    i++;
  }
  return snippets;
}

const snippets = readmes.flatMap(snippetsOf);

describe("README code blocks", () => {
  // Inside the repository, so that @paygen/* resolve to the workspace packages.
  mkdirSync(path.join(root, ".paygen-tmp"), { recursive: true });
  const work = mkdtempSync(path.join(root, ".paygen-tmp", "snippets-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("every package README has at least one", () => {
    for (const readme of readmes)
      expect(snippets.filter((s) => s.readme === readme).length, readme).toBeGreaterThan(0);
  });

  it(
    "compile under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess",
    { timeout: 180_000 },
    async () => {
      const files = snippets.map((snippet, index) => {
        const file = `snippet-${index}.ts`;
        // `export {}` makes each block a module (top-level await, no shared names between blocks).
        writeFileSync(path.join(work, file), `${snippet.code}\nexport {};\n`);
        return { file, snippet };
      });
      writeFileSync(
        path.join(work, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2023", "DOM", "DOM.Iterable"],
            module: "NodeNext",
            moduleResolution: "NodeNext",
            customConditions: ["paygen-source"],
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: true,
            noEmit: true,
            types: ["node"],
            typeRoots: [path.join(root, "node_modules", "@types")],
            paths: goldenPaths,
          },
          files: files.map((f) => f.file),
        }),
      );
      writeFileSync(
        path.join(work, "package.json"),
        JSON.stringify({ type: "module", private: true }),
      );
      const output = await promisify(execFile)(process.execPath, [tsc, "-p", "tsconfig.json"], {
        cwd: work,
        maxBuffer: 16 << 20,
      }).then(
        () => "",
        (error: { stdout: string }) => error.stdout,
      );
      // Name each error by the README line it comes from.
      const errors = output
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.startsWith(" "))
        .map((line) => {
          const match = /^snippet-(\d+)\.ts\((\d+),\d+\): (.*)$/.exec(line);
          if (!match) return line;
          const { snippet } = files[Number(match[1])]!;
          return `${snippet.readme}:${snippet.line + Number(match[2]) - 1}: ${match[3]}`;
        });
      expect(errors).toEqual([]);
    },
  );
});
