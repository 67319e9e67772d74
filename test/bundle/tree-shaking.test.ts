import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The standalone functions tree-shake: a bundle of an application that calls some Omise operations
 * holds those operations' descriptors and no others. Bundled with rolldown, which the workspace has
 * through vitest's vite (esbuild is only in scripts/anchors/).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const entry = path.join(root, "paygen-bundle-entry.ts");

type Build = (options: Record<string, unknown>) => Promise<{ output: Array<{ code: string }> }>;

async function loadRolldown(): Promise<Build> {
  const fromVitest = createRequire(
    createRequire(path.join(root, "package.json")).resolve("vitest/package.json"),
  );
  const fromVite = createRequire(fromVitest.resolve("vite"));
  const rolldown = (await import(pathToFileURL(fromVite.resolve("rolldown")).href)) as {
    build: Build;
  };
  return rolldown.build;
}

const build = await loadRolldown();

/** Minified code of a bundle whose entry is `source`, resolving workspace packages to their sources. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    input: entry,
    write: false,
    cwd: root,
    platform: "neutral",
    logLevel: "silent",
    plugins: [
      {
        name: "paygen-entry",
        resolveId: (id: string) => (id === entry ? id : null),
        load: (id: string) => (id === entry ? source : null),
      },
    ],
    resolve: { conditionNames: ["paygen-source", "import", "default"] },
    output: { format: "esm", minify: true },
  });
  return result.output[0]!.code;
}

/**
 * Text only each optional part of the runtime has: the form and multipart encoders, the token cache,
 * the adapter of a custom transport (which fills the path itself).
 */
const PARTS = {
  form: "toISOString",
  multipart: "new FormData",
  tokenCache: "client_credentials",
  transport: "encodeURIComponent(String(",
};

/** The optional parts of the runtime that made it into the bundle. */
function parts(code: string): string[] {
  return Object.entries(PARTS)
    .filter(([, marker]) => code.includes(marker))
    .map(([part]) => part);
}

/** The operationIds whose descriptors made it into the bundle (the minifier may pick any quote). */
function operationIds(code: string): string[] {
  return [...code.matchAll(/\bid:(["'`])(\w+)\1,method:/g)].map((match) => match[2]!).sort();
}

describe("tree-shaking of @paygen/omise", () => {
  it("one standalone function brings only its own descriptor", async () => {
    const code = await bundle(
      `import { createOmiseCore, retrieveCharge } from "@paygen/omise";
       const core = createOmiseCore({ secretKey: "skey_test_x" });
       export const run = () => retrieveCharge(core, "chrg_1");`,
    );
    expect(operationIds(code)).toEqual(["retrieveCharge"]);
    expect(parts(code)).toEqual([]);
  });

  it("a body encoder comes with an operation that sends that body, the token cache with a spec that fetches tokens, the transport adapter with a spec that has a transport", async () => {
    const form = await bundle(
      `import { createOmiseCore, createCharge } from "@paygen/omise";
       export const run = () => createCharge(createOmiseCore({ secretKey: "k" }), { amount: 1, currency: "thb" });`,
    );
    expect(parts(form)).toEqual(["form"]);
    const tokens = await bundle(
      `import { createGmoPgCore } from "@paygen/gmo-pg";
       export const core = createGmoPgCore({});`,
    );
    expect(parts(tokens)).toEqual(["form", "tokenCache"]);
    const transport = await bundle(
      `import { createPokepayCore } from "@paygen/pokepay";
       export const core = createPokepayCore({ clientId: "c", clientSecret: "s" } as never);`,
    );
    expect(parts(transport)).toContain("transport");
  });

  it("five functions bring five descriptors; the class brings every operation", async () => {
    const five = [
      "captureCharge",
      "createCharge",
      "listCharges",
      "retrieveCharge",
      "reverseCharge",
    ];
    const functions = await bundle(
      `import { createOmiseCore, ${five.join(", ")} } from "@paygen/omise";
       const core = createOmiseCore({ secretKey: "skey_test_x" });
       export const run = () => [${five.map((name) => `${name}(core, "chrg_1" as never)`).join(", ")}];`,
    );
    expect(operationIds(functions)).toEqual(five);
    const viaClass = await bundle(
      `import { Omise } from "@paygen/omise";
       export const run = () => new Omise({ secretKey: "skey_test_x" }).charges.retrieve("chrg_1");`,
    );
    expect(operationIds(viaClass).length).toBeGreaterThan(80);
    expect(viaClass.length).toBeGreaterThan(functions.length);
  });
});
