import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Redactor } from "../src/secrets.js";

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

describe("Redactor.cause without node:util", () => {
  const redactor = new Redactor(["skey_test_secret"]);

  it("keeps an error whose properties and causes hold no secret", () => {
    const error = new TypeError("fetch failed", {
      cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
    });
    expect(redactor.cause(error)).toBe(error);
  });

  it.each([
    ["the message", new Error("bad skey_test_secret")],
    [
      "a nested cause",
      new Error("outer", { cause: new Error("inner", { cause: new Error("skey_test_secret") }) }),
    ],
    [
      "a property of the cause",
      new Error("outer", { cause: Object.assign(new Error("x"), { header: "skey_test_secret" }) }),
    ],
    [
      "a non-enumerable property",
      Object.defineProperty(new Error("x"), "detail", {
        value: { key: "skey_test_secret" },
        enumerable: false,
      }),
    ],
  ])("replaces an error with a secret in %s by a scrubbed copy", (_, error) => {
    const replaced = redactor.cause(error);
    expect(replaced).not.toBe(error);
    expect(replaced).toBeInstanceOf(Error);
    expect((replaced as Error).message).not.toContain("skey_test_secret");
    expect((replaced as Error).name).toBe(error.name);
  });
});
