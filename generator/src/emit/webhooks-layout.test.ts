import { beforeEach, describe, expect, it, vi } from "vitest";
import { provider } from "../../test/support/ir-builders.js";
import { randomSource } from "../../test/support/random-source.js";
import type { ProviderIR, WebhookIR } from "../ir/index.js";
import { formatSource } from "./format.js";
import { emitFormattedWebhooks, emitWebhooks } from "./webhooks-emitter.js";
import { variantParts, webhookUnionLines } from "./webhooks-layout.js";

// Records every call into prettier, to tell a file written in prettier's layout without it.
vi.mock("./format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

beforeEach(() => {
  vi.mocked(formatSource).mockClear();
});

/** webhooks.ts as emitted, whether prettier was asked, and prettier's own output for the same IR. */
async function emitted(ir: ProviderIR) {
  vi.mocked(formatSource).mockClear();
  const text = await emitFormattedWebhooks(ir);
  const formatted = vi.mocked(formatSource).mock.calls.length > 0;
  return { text, formatted, prettier: await formatSource(emitWebhooks(ir)!, "typescript") };
}

function webhook(name: string, overrides: Partial<WebhookIR> = {}): WebhookIR {
  return {
    name,
    summary: `${name} happened`,
    httpMethod: "post",
    mediaType: "application/json",
    schema: { type: "object" },
    discriminatorValues: [name.toUpperCase()],
    ...overrides,
  };
}

describe("webhooks.ts in prettier's layout", () => {
  it.each([
    ["one webhook", [webhook("paid")], undefined],
    ["two webhooks and a token", [webhook("paid"), webhook("refunded")], "Bearer"],
    ["a token without a scheme", [webhook("paid")], null],
    // Payload lines at, just past and far past the print width, in both layouts.
    ...[20, 29, 30, 31, 45, 60, 90].flatMap((length) => [
      [
        `a ${length}-character name`,
        [webhook("w".repeat(length), { discriminatorValues: ["W"] })],
        undefined,
      ] as const,
      [
        `a ${length}-character name in a union`,
        [webhook("a"), webhook("w".repeat(length), { discriminatorValues: ["W"] })],
        undefined,
      ] as const,
    ]),
    [
      "a long media type",
      [webhook("a"), webhook("b", { mediaType: `application/${"x".repeat(70)}+json` })],
      undefined,
    ],
    ["a wide summary", [webhook("a", { summary: "支払いが完了した".repeat(8) })], undefined],
  ] as const)(
    "%s is written without prettier, as prettier writes it",
    async (_, webhooks, scheme) => {
      const ir = provider({
        webhooks: [...webhooks],
        webhookDiscriminator: "event",
        webhookToken:
          scheme === undefined
            ? undefined
            : { header: "Authorization", scheme: scheme ?? undefined },
      });
      const { text, formatted, prettier } = await emitted(ir);
      expect(text).toBe(prettier);
      expect(formatted).toBe(false);
    },
  );

  it.each([
    ["a summary of two lines", { summary: "first\nsecond" }],
    // 97 columns as prettier counts them, 102 counted conservatively: it may fit, so it is not broken here.
    ["a payload with accented letters near the width", { mediaType: "application/ééééé" }],
    ["a name with a double quote", { name: 'say "hi"' }],
    ["a summary that opens a comment", { summary: "a /* b" }],
  ])("%s goes to prettier, with the same result", async (_, overrides) => {
    const ir = provider({ webhooks: [webhook("a"), webhook("b", overrides)] });
    const { text, formatted, prettier } = await emitted(ir);
    expect(text).toBe(prettier);
    expect(formatted).toBe(true);
  });

  it("agrees with prettier on random webhooks, and lays most of them out itself", async () => {
    const next = randomSource(20261202);
    const pick = <T>(items: readonly T[]): T => items[next(items.length)]!;
    let laidOut = 0;
    const runs = 60;
    for (let run = 0; run < runs; run++) {
      const webhooks = Array.from({ length: 1 + next(3) }, (_, i) =>
        webhook(`${pick(["a", "payment", "x".repeat(next(80))])}${i}`, {
          summary: pick([
            " padded  ",
            "\tx",
            "done",
            "支払い完了",
            "a ".repeat(next(60)).trim() || "x",
            "it's `ok`",
          ]),
          mediaType: pick(["application/json", `application/${"v".repeat(next(60))}+json`]),
          httpMethod: pick(["post", "put"]),
        }),
      );
      const token = pick([
        undefined,
        { header: "X-Token", scheme: undefined },
        { header: "A".repeat(next(90)) || "A", scheme: "Bearer" },
      ]);
      const ir = provider({
        webhooks,
        webhookDiscriminator: pick([undefined, "type"]),
        webhookToken: token,
      });
      const { text, formatted, prettier } = await emitted(ir);
      expect(text, JSON.stringify(webhooks)).toBe(prettier);
      if (!formatted) laidOut++;
    }
    expect(laidOut).toBeGreaterThan(runs / 2);
  });

  it("declines a member whose text prettier rewrites, whatever the rest of the file", () => {
    // The catalogue refuses such names first; the union does not rely on it.
    for (const name of ['say "hi"', "it's", "a\\b"])
      expect(webhookUnionLines([variantParts(webhook(name))]), name).toBeUndefined();
    expect(webhookUnionLines([variantParts(webhook("plain"))])).toBeDefined();
  });
});
