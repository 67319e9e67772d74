import { beforeEach, describe, expect, it, vi } from "vitest";
import { GENERATED_SPECS, REPOSITORY_ROOT } from "../../test/support/generated-specs.js";
import { operation, provider } from "../../test/support/ir-builders.js";
import type { ProviderIR } from "../ir/index.js";
import { analyseProvider } from "../pipeline.js";
import { formatSource } from "./format.js";
import { emitFormattedReadme, emitReadme } from "./package-files.js";
import { randomSource } from "../../test/support/random-source.js";

// Records every call into prettier, to tell a README written without its markdown formatter.
vi.mock("./format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

beforeEach(() => {
  vi.mocked(formatSource).mockClear();
});

/** The README emitted, and whether prettier's markdown formatter, or its TypeScript one, was asked for it. */
async function emitted(
  ir: ProviderIR,
): Promise<{ readme: string; markdownFormatted: boolean; codeFormatted: boolean }> {
  vi.mocked(formatSource).mockClear();
  const readme = await emitFormattedReadme(ir);
  const kinds = vi.mocked(formatSource).mock.calls.map(([, kind]) => kind);
  return {
    readme,
    markdownFormatted: kinds.includes("markdown") || kinds.includes("markdown-with-formatted-code"),
    codeFormatted: kinds.includes("typescript"),
  };
}

const root = REPOSITORY_ROOT;

describe.each(GENERATED_SPECS)("the README of $id", ({ id, entryFile }) => {
  it("is prettier's, written without prettier", async () => {
    const { ir } = await analyseProvider({ id, entryFile, root });
    expect(ir).toBeDefined();
    const { readme, markdownFormatted, codeFormatted } = await emitted(ir!);
    expect(markdownFormatted).toBe(false);
    expect(codeFormatted).toBe(false);
    expect(readme).toBe(await formatSource(emitReadme(ir!), "markdown"));
  });
});

const PLAIN = "abcXYZ0189.,:;()'\"/?%+@-";
/** Table cells may hold anything escaped text can be, wide characters included. */
const CELL = `${PLAIN}*_[]<>&|~\`\\#!$={}^本語カナ、。ｆ한`;

function words(next: (bound: number) => number, alphabet: string, letter = "a"): string {
  return Array.from({ length: 1 + next(4) }, () =>
    Array.from({ length: 1 + next(6) }, () => alphabet[next(alphabet.length)]!).join(""),
  )
    .map((word) => (/[A-Za-z0-9]/.test(word) ? word : `${word}${letter}`))
    .join(" ");
}

/** A provider whose spec text comes from the gate's plain alphabet (prose) and any cell text (tables). */
function randomProvider(seed: number): ProviderIR {
  const next = randomSource(seed);
  const plain = () => words(next, PLAIN);
  const cell = () => words(next, CELL);
  return provider({
    title: plain(),
    apiVersion: plain(),
    servers: [
      { url: plain(), environment: cell(), description: cell() },
      { url: cell(), environment: "sandbox", description: undefined },
    ],
    securitySchemes: [
      {
        name: "apiKey",
        kind: "apiKey",
        in: "header",
        parameterName: words(next, `${PLAIN}#*!$<>&[]|~`),
        option: "apiKey",
      },
    ],
    operations: [cell(), plain(), cell()].map((summary, i) =>
      operation({ operationId: `op${i}`, method: `op${i}`, path: `/things/${i}`, summary }),
    ),
  });
}

describe("random spec text of the shapes the gate accepts", () => {
  let writtenWithoutPrettier = 0;
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))(
    "seed %i: prettier's README, without prettier",
    async (seed) => {
      const ir = randomProvider(seed);
      const { readme, markdownFormatted } = await emitted(ir);
      expect(readme).toBe(await formatSource(emitReadme(ir), "markdown"));
      if (!markdownFormatted) writtenWithoutPrettier++;
    },
  );

  // Most draws are accepted; a cell the gate declines (a code span padded because the environment
  // name starts or ends with a backtick) sends that README through prettier, as it should.
  it("writes most of them without prettier's markdown formatter", () => {
    expect(writtenWithoutPrettier).toBeGreaterThanOrEqual(45);
  });
});

const accepted: Array<[string, Partial<ProviderIR>]> = [
  ["a numbered-list marker inside a line", { apiVersion: "1. x" }],
  ["list and heading markers glued to words", { title: "+a -b 1) 2." }],
  ["a URL and an address", { title: "see https://x.test/a?b%20c or mail@x.test" }],
  ["quotes and parentheses", { apiVersion: "\"v2\" (beta; 'preview')" }],
  [
    "markup and wide characters in table cells",
    {
      servers: [
        { url: "https://x.test/*a*", environment: "本番", description: "`b` _c_ <d> # e | 1. f" },
      ],
    },
  ],
];

describe("spec text the gate accepts", () => {
  it.each(accepted)("%s is prettier's README, without prettier", async (_, overrides) => {
    const ir = provider(overrides);
    const { readme, markdownFormatted } = await emitted(ir);
    expect(markdownFormatted).toBe(false);
    expect(readme).toBe(await formatSource(emitReadme(ir), "markdown"));
  });
});

const rejected: Array<[string, Partial<ProviderIR>]> = [
  ["emphasis in the title", { title: "*a* API" }],
  ["a heading's closing sequence in the package name", { packageName: "@paygen/x #" }],
  ["a tab in the title", { title: "Acme\tPay" }],
  ["a run of spaces in the version", { apiVersion: "1  2" }],
  ["a trailing space in the version", { apiVersion: "2 " }],
  ["a lone dash in the title", { title: "Acme - Pay" }],
  ["CJK in the title", { title: "決済 API" }],
  ["a link in the version", { apiVersion: "[v1](x)" }],
  ["an underscore in the package name", { packageName: "@paygen/a_b" }],
  ["an HTML tag in the title", { title: "<b>Acme</b>" }],
  [
    "a wide character displayWidth does not know in a table",
    { servers: [{ url: "https://x.test", environment: "production", description: "🎉 party" }] },
  ],
  [
    "a run of spaces in a table cell",
    { servers: [{ url: "https://x.test", environment: "production", description: "a  b" }] },
  ],
  [
    "a padded code span in a scheme",
    {
      securitySchemes: [
        { name: "k", kind: "apiKey", in: "header", parameterName: " X-Key ", option: "k" },
      ],
    },
  ],
  [
    "a backtick in a scheme's code span",
    {
      securitySchemes: [
        { name: "k", kind: "apiKey", in: "header", parameterName: "X`Key", option: "k" },
      ],
    },
  ],
  ["a space in the spec path", { specPath: "specs/a b/openapi.yaml" }],
  ["a non-ASCII spec path", { specPath: "specs/決済/openapi.yaml" }],
];

describe("spec text the gate rejects", () => {
  it.each(rejected)("%s goes through prettier, with prettier's result", async (_, overrides) => {
    const ir = provider(overrides);
    const { readme, markdownFormatted } = await emitted(ir);
    expect(markdownFormatted).toBe(true);
    expect(readme).toBe(await formatSource(emitReadme(ir), "markdown"));
  });

  it.each([
    ["a tab", { title: "Acme\tPay" }],
    ["a run of spaces", { apiVersion: "1  2" }],
    ["a trailing space", { apiVersion: "2 " }],
    ["a heading's closing sequence", { packageName: "@paygen/x #" }],
    ["a padded code span", { specPath: "specs/ a /openapi.yaml" }],
  ])("with %s is rewritten by prettier: written as is, it would differ", async (_, overrides) => {
    const ir = provider(overrides);
    const raw = emitReadme(ir);
    expect(await formatSource(raw, "markdown")).not.toBe(raw);
    const { markdownFormatted } = await emitted(ir);
    expect(markdownFormatted).toBe(true);
  });
});
