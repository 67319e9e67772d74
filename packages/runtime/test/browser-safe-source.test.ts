import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src");
const runtimeFiles = readdirSync(source).filter(
  (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"),
);

describe("the runtime runs in browsers", () => {
  it.each(runtimeFiles)("%s imports no Node built-in and uses no Node-only global", (name) => {
    const text = readFileSync(path.join(source, name), "utf8");
    expect(text).not.toMatch(/from\s+["']node:|import\(\s*["']node:|require\(/);
    expect(text).not.toMatch(/\b(?:Buffer|process)\s*\./);
  });
});
