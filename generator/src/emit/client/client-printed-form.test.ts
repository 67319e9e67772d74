import { describe, expect, it, vi } from "vitest";
import { GENERATED_SPECS, REPOSITORY_ROOT } from "../../../test/support/generated-specs.js";
import { analyseProvider } from "../../pipeline.js";
import { formatSource } from "../format.js";
import { emitClient, emitFormattedClient } from "./emit-client.js";

// Records every call into prettier, to tell a client.ts written without it.
vi.mock("../format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

const root = REPOSITORY_ROOT;

describe.each(GENERATED_SPECS)("client.ts of $id", ({ id, entryFile }) => {
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
