import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, Omise } from "@paygen/omise";
import { freePort } from "../support/prism.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const paygen = path.join(root, "generator/bin/paygen.js");

/** A merchant's test suite: `paygen mock omise` in the background, @paygen/omise pointed at it with baseUrl. */
describe("paygen mock omise, used by a merchant's tests", () => {
  let mock: ChildProcess;
  let output = "";
  let url: string;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    mock = spawn(process.execPath, [paygen, "mock", "omise", "--port", String(port)], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    mock.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    mock.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`paygen mock did not start:\n${output}`)),
        90_000,
      );
      const poll = setInterval(() => {
        const found = /paygen mock: omise on (http:\/\/\S+)/.exec(output)?.[1];
        if (found) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(found);
        }
      }, 50);
      mock.once("exit", (code) => reject(new Error(`paygen mock exited with ${code}:\n${output}`)));
    });
  }, 120_000);
  afterAll(() => {
    if (mock.exitCode === null) mock.kill("SIGKILL");
  });

  it("prints the loopback URL of the port asked for", () => {
    expect(url).toBe(`http://127.0.0.1:${port}`);
  });

  it("answers the merchant's calls with the spec's examples", async () => {
    const omise = new Omise({ baseUrl: url, secretKey: "skey_test_merchant" });
    const charge = await omise.charges.create({
      amount: 100_000,
      currency: "jpy",
      card: "tokn_test_merchant",
      capture: true,
    });
    expect(charge.object).toBe("charge");
    expect(charge.id).toMatch(/^chrg_/);
    const { data, status } = await omise.balance.retrieve().withResponse();
    expect(data.object).toBe("balance");
    expect(status).toBe(200);
  });

  it("rejects a request that breaks the spec with the spec's 400 error", async () => {
    const omise = new Omise({ baseUrl: url, secretKey: "skey_test_merchant" });
    const invalid = { amount: -5, currency: "jpy" } as unknown as Parameters<
      Omise["charges"]["create"]
    >[0];
    const error = await omise.charges.create(invalid).catch((e: unknown) => e);
    // Prism answers a request it rejects with the operation's 400 response when the spec declares one.
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).status).toBe(400);
  });

  it("stops on SIGINT with exit code 0", async () => {
    const exited = new Promise<number | null>((resolve) => mock.once("exit", resolve));
    mock.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});

describe("paygen mock usage errors", () => {
  it("names the known providers for an unknown one, exit 2, no stack trace", () => {
    const run = spawnSync(process.execPath, [paygen, "mock", "nopay"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "unknown provider nopay (known: gmo-pg, omise, pokepay, univapay)",
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
