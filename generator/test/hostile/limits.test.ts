import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, truncateSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { TempRepo } from "../support/temp-repo.js";

/** A valid spec around a fragment of YAML: `extra` is appended at the top level, from line 4. */
function specWith(extra: string): string {
  return ["openapi: 3.1.0", "info: { title: Limits, version: '1' }", "paths: {}", extra, ""].join(
    "\n",
  );
}

/** 9 anchors, each a list of 9 aliases of the one before: 9^9 nodes once expanded, a few hundred bytes written. */
function aliasBomb(): string {
  const lines = ["x-bomb:", "  l0: &l0 [x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 9; level++)
    lines.push(
      `  l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  return lines.join("\n");
}

interface Outcome {
  code: number;
  stderr: string;
  ms: number;
  wrote: boolean;
}

describe("a spec that would exhaust paygen, or reach outside its folder, is refused with a located diagnostic", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    return r;
  };

  // The first run loads the pipeline's modules; the wall-time bounds are about the spec, not that.
  beforeAll(async () => {
    const r = new TempRepo();
    r.write("api.yaml", specWith("x-warm-up: true"));
    await r.paygen("validate");
    await r.paygen("generate", "--spec", "api.yaml", "--out", "out/pkg");
    r.dispose();
  }, 120_000);

  /** `generate --spec` through the CLI entry: exit code, stderr, wall time, and whether anything was written. */
  const generate = async (r: TempRepo, spec: string, ...options: string[]): Promise<Outcome> => {
    const started = performance.now();
    const result = await r.paygen("generate", "--spec", spec, "--out", "out/pkg", ...options);
    return {
      ...result,
      ms: performance.now() - started,
      wrote: existsSync(path.join(r.root, "out")),
    };
  };

  /**
   * `validate` of a provider whose folder holds a file the bundler must not read. (`generate --spec`
   * fingerprints the spec's whole folder before loading it, and that walk would read it too.)
   */
  const validate = async (
    files: Record<string, string>,
    prepare: (dir: string) => void,
  ): Promise<Outcome> => {
    const r = repo();
    r.setSpec("p", files);
    prepare(path.join(r.root, "specs", "p"));
    const started = performance.now();
    const result = await r.paygen("validate", "p");
    return {
      ...result,
      ms: performance.now() - started,
      wrote: existsSync(path.join(r.root, "packages")),
    };
  };

  const expectRefused = (result: Outcome, pattern: RegExp): void => {
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(1);
    expect(result.wrote).toBe(false);
    expect(result.ms).toBeLessThan(5000);
  };

  it("a YAML alias bomb (9 levels × 9 aliases)", async () => {
    const r = repo();
    const bomb = specWith(aliasBomb());
    expect(Buffer.byteLength(bomb)).toBeLessThan(600);
    r.write("api.yaml", bomb);
    expectRefused(
      await generate(r, "api.yaml"),
      /^api\.yaml:\d+:\d+: error PG162: aliases expand to more than 100,000 nodes$/m,
    );
  });

  it("a recursive YAML alias", async () => {
    const r = repo();
    r.write("api.yaml", specWith("x-loop: &loop\n  self: *loop"));
    expectRefused(
      await generate(r, "api.yaml"),
      /^api\.yaml:5:9: error PG162: alias \*loop refers to a node that contains it$/m,
    );
  });

  it("10,000-deep JSON", async () => {
    const r = repo();
    r.write(
      "api.json",
      `{"openapi": "3.1.0", "info": {"title": "Deep", "version": "1"}, "paths": {},\n "x-deep": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    );
    // The 256th bracket under the root object is the 257th level.
    expectRefused(
      await generate(r, "api.json"),
      /^api\.json:2:267: error PG163: nesting deeper than 256 levels$/m,
    );
  });

  it("10,000-deep YAML, where the yaml parser stops first", async () => {
    const r = repo();
    r.write("api.yaml", specWith(`x-deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}`));
    expectRefused(
      await generate(r, "api.yaml"),
      /^api\.yaml:4:\d+: error PG163: nesting deeper than 256 levels$/m,
    );
  });

  it("YAML 300 levels deep, within what the yaml parser handles", async () => {
    const r = repo();
    r.write("api.yaml", specWith(`x-deep: ${"[".repeat(300)}${"]".repeat(300)}`));
    expectRefused(
      await generate(r, "api.yaml"),
      /^api\.yaml:4:264: error PG163: nesting deeper than 256 levels$/m,
    );
  });

  it("a file larger than 64 MiB, refused before it is read", async () => {
    const r = repo();
    r.write("big/huge.yaml", "");
    truncateSync(path.join(r.root, "big/huge.yaml"), 64 * 1024 * 1024 + 1); // sparse: no disk, no time
    r.write("big/api.yaml", specWith("x-huge: { $ref: './huge.yaml' }"));
    expectRefused(
      await generate(r, "big/api.yaml"),
      /^big\/api\.yaml:4:17: error PG161: \$ref \.\/huge\.yaml: the file is 64 MiB; spec files may be at most 64 MiB$/m,
    );
    expectRefused(await generate(r, "big/huge.yaml"), /^big\/huge\.yaml:1:1: error PG161: /m);
  });

  it("/dev/zero as a $ref, when --root lets refs reach it", async () => {
    const r = repo();
    r.write("z/api.yaml", specWith("x-zero: { $ref: '../../../../../../../../../../dev/zero' }"));
    expectRefused(
      await generate(r, "z/api.yaml", "--root", "/"),
      /^z\/api\.yaml:4:17: error PG165: \$ref (\.\.\/)+dev\/zero: not a regular file: a device$/m,
    );
  });

  it.each([
    [
      "a path that leaves the folder",
      "../outside.yaml",
      /error PG167: \$ref \.\.\/outside\.yaml leaves the spec's root folder /,
    ],
    ["an absolute path", "/etc/hostname", /error PG167: \$ref \/etc\/hostname is an absolute path/],
    [
      "an http URL",
      "https://example.test/x.yaml",
      /error PG166: \$ref https:\/\/example\.test\/x\.yaml is a URL/,
    ],
    ["a file URL", "file:///etc/passwd", /error PG166: \$ref file:\/\/\/etc\/passwd is a URL/],
    [
      "a symbolic link out of the folder",
      "./link.yaml",
      /error PG167: \$ref \.\/link\.yaml is a symbolic link to .*outside\.yaml, outside the spec's root folder /,
    ],
  ])("a $ref to %s", async (_, ref, pattern) => {
    const r = repo();
    r.write("outside.yaml", "secret: do-not-inline-me\n");
    r.write("spec/api.yaml", specWith(`x-outside: { $ref: '${ref}' }`));
    symlinkSync("../outside.yaml", path.join(r.root, "spec", "link.yaml"));
    const result = await generate(r, "spec/api.yaml");
    expectRefused(result, new RegExp(`^spec/api\\.yaml:4:20: ${pattern.source}`, "m"));
    expect(result.stderr).not.toContain("do-not-inline-me");
  });

  it("--root widens the folder refs may reach", async () => {
    const r = repo();
    r.write("project/shared/extra.yaml", "note: shared\n");
    r.write("project/spec/api.yaml", specWith("x-shared: { $ref: '../shared/extra.yaml' }"));
    expect((await generate(r, "project/spec/api.yaml")).stderr).toMatch(
      /^project\/spec\/api\.yaml:4:19: error PG167: /m,
    );
    const widened = await generate(r, "project/spec/api.yaml", "--root", "project");
    expect(widened.stderr).not.toMatch(/error/);
    expect(widened.code).toBe(0);
  });

  it("a named pipe (FIFO) as a $ref", async () => {
    const result = await validate(
      { "openapi.yaml": specWith("x-pipe: { $ref: './pipe.yaml' }") },
      (dir) => execFileSync("mkfifo", [path.join(dir, "pipe.yaml")]),
    );
    expectRefused(
      result,
      /^specs\/p\/openapi\.yaml:4:17: error PG165: \$ref \.\/pipe\.yaml: not a regular file: a named pipe \(FIFO\)$/m,
    );
  });

  it("a symbolic link loop and a directory as $refs", async () => {
    const result = await validate(
      {
        "openapi.yaml": specWith(
          "x-loop: { $ref: './loop-a.yaml' }\nx-dir: { $ref: './folder.yaml' }",
        ),
      },
      (dir) => {
        symlinkSync("loop-b.yaml", path.join(dir, "loop-a.yaml"));
        symlinkSync("loop-a.yaml", path.join(dir, "loop-b.yaml"));
        mkdirSync(path.join(dir, "folder.yaml"));
      },
    );
    expectRefused(
      result,
      /^specs\/p\/openapi\.yaml:4:17: error PG165: \$ref \.\/loop-a\.yaml: not a regular file: a symbolic link loop$/m,
    );
    expect(result.stderr).toMatch(
      /^specs\/p\/openapi\.yaml:5:16: error PG165: \$ref \.\/folder\.yaml: not a regular file: a directory$/m,
    );
  });

  it("$refs that multiply through files (10 refs per file, 6 files deep)", async () => {
    const r = repo();
    for (let level = 1; level <= 6; level++) {
      const next = level < 6 ? `{ $ref: './level${level + 1}.yaml' }` : "leaf";
      r.write(
        `level${level}.yaml`,
        Array.from({ length: 10 }, (_, i) => `k${i}: ${next}`).join("\n") + "\n",
      );
    }
    r.write("api.yaml", specWith("x-refs: { $ref: './level1.yaml' }"));
    expectRefused(
      await generate(r, "api.yaml"),
      /^level\d\.yaml:\d+:\d+: error PG164: more than 100,000 \$refs followed while bundling; stopped here$/m,
    );
  });

  it("a cycle of pure $refs between two components (A → B → A)", async () => {
    const r = repo();
    const spec = specWith(
      "components:\n  responses:\n    A: { $ref: '#/components/responses/B' }\n    B: { $ref: '#/components/responses/A' }",
    );
    r.write(
      "api.yaml",
      spec.replace(
        "paths: {}",
        "paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '200': { $ref: '#/components/responses/A' }",
      ),
    );
    const result = await generate(r, "api.yaml");
    expectRefused(
      result,
      /^api\.yaml:8:24: error PG113: \$ref #\/components\/responses\/A leads back to itself through nothing but \$refs \(#\/components\/responses\/A → #\/components\/responses\/B → #\/components\/responses\/A\)$/m,
    );
    expect(result.stderr).toMatch(/^api\.yaml:11:16: error PG113: /m);
  });

  it("a schema that is only a $ref to itself (A → A)", async () => {
    const r = repo();
    r.write(
      "api.yaml",
      specWith("components:\n  schemas:\n    A: { $ref: '#/components/schemas/A' }"),
    );
    expectRefused(
      await generate(r, "api.yaml"),
      /^api\.yaml:6:16: error PG113: \$ref #\/components\/schemas\/A leads back to itself through nothing but \$refs \(#\/components\/schemas\/A → #\/components\/schemas\/A\)$/m,
    );
  });

  it("duplicate keys in JSON, reported like YAML's", async () => {
    const r = repo();
    r.write(
      "api.json",
      '{"openapi": "3.1.0",\n "info": {"title": "Dup", "version": "1", "title": "Again"},\n "paths": {}}',
    );
    expectRefused(
      await generate(r, "api.json"),
      /^api\.json:2:43: error PG106: Map keys must be unique$/m,
    );
  });
});
