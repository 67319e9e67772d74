import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { analyseProvider } from "../../pipeline.js";
import { formatSource } from "../format.js";
import { emitClient, emitFormattedClient } from "./emit-client.js";

// Records every call into prettier, to tell a client.ts written without it.
vi.mock("../format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const specs = [
  ...["gmo-pg", "omise", "pokepay", "univapay"].map((id) => {
    const [file] = readdirSync(path.join(root, "specs", id)).filter((name) =>
      name.endsWith(".yaml"),
    );
    return [id, path.join(root, "specs", id, file!)] as const;
  }),
  ...readdirSync(path.join(root, "generator/test/fixtures")).map(
    (id) => [id, path.join(root, "generator/test/fixtures", id, "openapi.yaml")] as const,
  ),
];

describe.each(specs)("client.ts of %s", (id, entryFile) => {
  it("is prettier's, written without prettier", async () => {
    const { ir } = await analyseProvider({ id, entryFile, root });
    expect(ir).toBeDefined();
    vi.mocked(formatSource).mockClear();
    const client = await emitFormattedClient(ir!);
    const sent = vi.mocked(formatSource).mock.calls.map(([text]) => text);
    expect(sent, "text still sent to prettier").toEqual([]);
    expect(client).toBe(await formatSource(emitClient(ir!), "typescript"));
  });
});
