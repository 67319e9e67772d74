import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "@paygen/runtime";
import {
  loadPem,
  PokepayConfig,
  PokepayConfigError,
  readPokepayIni,
  resolveConfig,
} from "./config.js";
import { createEnvelopeTransport } from "./envelope-transport.js";

const dir = mkdtempSync(path.join(tmpdir(), "pokepay-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

// Only the PEM markers matter to the configuration; the TLS tests use real certificates.
const CERT = "-----BEGIN CERTIFICATE-----\nTUlJQ2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
const KEY_BODY = "UFJJVkFURS1LRVktTUFURVJJQUwtdGhhdC1tdXN0LW5ldmVyLWxlYWs";
const KEY = `-----BEGIN PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----\n`;
const SECRET = randomBytes(32).toString("base64url");
const certFile = write("keys/cert.pem", CERT);
const keyFile = write("keys/key.pem", KEY);
execFileSync("mkfifo", [path.join(dir, "keys/fifo.pem")]);
const options = {
  clientId: "8b3f6a1e-0000-4000-8000-000000000001",
  clientSecret: SECRET,
  baseUrl: "https://partnerapi-sandbox.pokepay.jp",
  cert: CERT,
  key: KEY,
};

/** Everything a configuration may show of itself. */
const shown = (value: unknown): string =>
  [
    inspect(value),
    inspect(value, { showHidden: true, getters: false }),
    String(value),
    JSON.stringify(value) ?? "",
  ].join("\n");

const thrown = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
};

describe("configuration from an options object", () => {
  it("takes PEM text or file paths for cert, key and ca", () => {
    const inline = resolveConfig(options);
    const fromFiles = resolveConfig({
      ...options,
      cert: certFile,
      key: keyFile,
      ca: certFile,
      timeoutMs: 5000,
    });
    expect(inline.tls).toEqual({ cert: CERT, key: KEY });
    expect(fromFiles.tls).toEqual({ cert: CERT, key: KEY, ca: CERT });
    expect([inline.timeoutMs, fromFiles.timeoutMs]).toEqual([60_000, 5000]);
    expect(inline.aesKey.toString("base64url")).toBe(SECRET);
  });

  it.each([
    ["a missing clientId", { clientId: "" }, /clientId is missing/],
    ["a short secret", { clientSecret: "c2hvcnQ" }, /decodes to 5 bytes/],
    [
      "an unreadable certificate file",
      { cert: path.join(dir, "nope.pem") },
      /cannot read the client certificate file ".*nope\.pem" \(ENOENT\)/,
    ],
    [
      "key material without its PEM header",
      { key: KEY_BODY },
      /cannot read the client key file \(the value given, not shown\)/,
    ],
    [
      "a file that holds no PEM",
      { ca: write("empty.pem", "nothing here") },
      /CA certificate file ".*empty\.pem" holds no PEM block/,
    ],
    [
      "a plain-http baseUrl",
      { baseUrl: "http://partnerapi-sandbox.pokepay.jp" },
      /baseUrl must be an https URL/,
    ],
    ["a zero timeout", { timeoutMs: 0 }, /^timeoutMs must be a number from 1 to 2147483647$/],
    [
      "a timeout Node's timers cannot hold",
      { timeoutMs: 2 ** 31 },
      /^timeoutMs must be a number from 1 to 2147483647$/,
    ],
    [
      "a connect timeout Node's timers cannot hold",
      { connectTimeoutMs: 1e12 },
      /^connectTimeoutMs must be a number from 1 to 2147483647$/,
    ],
  ])("refuses %s with a ConfigurationError that shows no secret", (_, change, message) => {
    const error = thrown(() => createEnvelopeTransport({ ...options, ...change }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(KEY_BODY);
  });

  it("as a PokepayConfig, spreads like options and prints without secrets", () => {
    const config = new PokepayConfig({ ...options, timeoutMs: 5000 });
    expect({ ...config }).toEqual({ ...options, timeoutMs: 5000 });
    expect(config.clientSecret).toBe(SECRET);
    expect(Object.isFrozen(config)).toBe(true);
    const text = shown(config);
    expect(text).toContain(options.clientId);
    expect(text).toContain("[redacted]");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(KEY_BODY);
  });

  it("prints a transport without secrets", () => {
    const transport = createEnvelopeTransport(new PokepayConfig(options));
    const text = shown(transport);
    expect(text).toContain(options.clientId);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(KEY_BODY);
    transport.close();
  });
});

describe("configuration from the SDKs' config.ini", () => {
  const ini = (lines: string[]): string => lines.join("\n");
  const full = (secret = SECRET): string[] => [
    "CLIENT_ID        = 8b3f6a1e-0000-4000-8000-000000000001",
    `CLIENT_SECRET    = ${secret}`,
    "API_BASE_URL     = https://partnerapi-sandbox.pokepay.jp",
    "SSL_KEY_FILE     = keys/key.pem",
    "SSL_CERT_FILE    = keys/cert.pem",
    "",
    "TIMEZONE         = Asia/Tokyo",
    "CONNECTTIMEOUT   = 5",
    "TIMEOUT          = 15",
    "MAX_RETRIES      = 0",
  ];

  it("reads the SDK sample layout (no section header), resolving paths against the file's folder", () => {
    const config = readPokepayIni(write("config.ini", ini(full())));
    expect(config).toBeInstanceOf(PokepayConfig);
    expect({ ...config }).toEqual({
      clientId: "8b3f6a1e-0000-4000-8000-000000000001",
      clientSecret: SECRET,
      baseUrl: "https://partnerapi-sandbox.pokepay.jp",
      key: keyFile,
      cert: certFile,
      timeoutMs: 15_000,
      connectTimeoutMs: 5000,
      maxRetries: 0,
    });
    expect(resolveConfig(config).tls.key).toBe(KEY);
  });

  it("reads a [global] section with comments, quotes and CRLF, and skips other sections", () => {
    const text = [
      "; Pokepay partner client",
      "[global]",
      `CLIENT_ID = "id-in-quotes"`,
      `CLIENT_SECRET = '${SECRET}'`,
      "# paths",
      `SSL_KEY_FILE = ${keyFile}`,
      `SSL_CERT_FILE = ${certFile}`,
      "[other]",
      "CLIENT_ID = ignored",
    ].join("\r\n");
    const config = readPokepayIni(write("global.ini", text));
    expect([
      config.clientId,
      config.clientSecret,
      config.key,
      config.baseUrl,
      config.timeoutMs,
    ]).toEqual(["id-in-quotes", SECRET, keyFile, undefined, undefined]);
  });

  it("gives each file, and each transport, its own configuration", () => {
    const otherSecret = randomBytes(32).toString("base64url");
    const a = readPokepayIni(write("a.ini", ini(full())));
    const b = readPokepayIni(
      write(
        "b.ini",
        ini(full(otherSecret)).replace("8b3f6a1e-0000-4000-8000-000000000001", "client-b"),
      ),
    );
    expect([a.clientId, b.clientId, a.clientSecret === b.clientSecret]).toEqual([
      "8b3f6a1e-0000-4000-8000-000000000001",
      "client-b",
      false,
    ]);
    const mutable = { ...options };
    const first = createEnvelopeTransport(mutable);
    mutable.clientId = "changed-later";
    expect(first.clientId).toBe(options.clientId);
    const [ta, tb] = [createEnvelopeTransport(a), createEnvelopeTransport(b)];
    expect([ta.clientId, tb.clientId]).toEqual([a.clientId, "client-b"]);
    expect([
      resolveConfig(a).aesKey.toString("base64url"),
      resolveConfig(b).aesKey.toString("base64url"),
    ]).toEqual([SECRET, otherSecret]);
    for (const t of [first, ta, tb]) t.close();
  });

  it.each([
    [
      "a malformed line",
      ["CLIENT_ID = a", `${SECRET} on a line of its own`],
      /bad\.ini:2: expected KEY = value$/,
    ],
    [
      "a broken section header",
      ["[global", "CLIENT_ID = a"],
      /bad\.ini:1: expected a section header/,
    ],
    [
      "a key given twice",
      ["CLIENT_ID = a", "CLIENT_ID = b"],
      /bad\.ini:2: CLIENT_ID is set twice \(first on line 1\)/,
    ],
    [
      "a missing key",
      ["CLIENT_ID = a", `CLIENT_SECRET = ${SECRET}`],
      /bad\.ini: SSL_CERT_FILE is missing/,
    ],
    [
      "a secret of the wrong length",
      ["CLIENT_ID = a", "CLIENT_SECRET = dG9vLXNob3J0LXRvLWJlLWEta2V5"],
      /bad\.ini:2: CLIENT_SECRET: .*decodes to 21 bytes/,
    ],
    [
      "a key file that is not there",
      full().map((l) => l.replace("keys/key.pem", "keys/missing.pem")),
      /bad\.ini:4: cannot read the client key file ".*missing\.pem" \(ENOENT\)/,
    ],
    [
      "a plain-http base URL",
      full().map((l) => l.replace("https:", "http:")),
      /bad\.ini:3: API_BASE_URL must be an https URL/,
    ],
    [
      "a timeout that is not a number",
      full().map((l) => l.replace("TIMEOUT          = 15", "TIMEOUT = soon")),
      /bad\.ini:9: TIMEOUT must be a positive number of seconds/,
    ],
    [
      "retries that are not a whole number",
      full().map((l) => l.replace("MAX_RETRIES      = 0", "MAX_RETRIES = -1")),
      /bad\.ini:10: MAX_RETRIES must be a whole number from 0 to 100$/,
    ],
    [
      "absurdly many retries",
      full().map((l) => l.replace("MAX_RETRIES      = 0", "MAX_RETRIES = 99999999999")),
      /bad\.ini:10: MAX_RETRIES must be a whole number from 0 to 100$/,
    ],
    [
      "a timeout past Node's timer range",
      full().map((l) => l.replace("TIMEOUT          = 15", "TIMEOUT = 1e12")),
      /bad\.ini:9: TIMEOUT must be a positive number of seconds below 2147483$/,
    ],
    [
      "a key file that is a FIFO (a read would block forever)",
      full().map((l) => l.replace("keys/key.pem", "keys/fifo.pem")),
      /bad\.ini:4: the client key file ".*fifo\.pem" is not a regular file$/,
    ],
    [
      "a key file that is a folder",
      full().map((l) => l.replace("keys/key.pem", "keys")),
      /bad\.ini:4: the client key file ".*keys" is not a regular file$/,
    ],
  ])("reports %s as file:line, without the secret", (_, lines, message) => {
    const error = thrown(() => readPokepayIni(write("bad.ini", ini(lines))));
    expect(error).toBeInstanceOf(PokepayConfigError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain("dG9vLXNob3J0LXRvLWJlLWEta2V5");
  });

  it("reports a file that cannot be read", () => {
    expect(() => readPokepayIni(path.join(dir, "absent.ini"))).toThrow(
      /absent\.ini: cannot read the file \(ENOENT\)/,
    );
  });
});

describe("loadPem", () => {
  const missing = (value: string, secret: boolean): string =>
    thrown(() => loadPem(value, "client key", secret)).message;

  it("names a missing value, with the INI line when there is one", () => {
    expect(missing("", false)).toBe("the client key is missing");
    expect(
      thrown(() => loadPem("  ", "client key", true, { file: "a.ini", line: 4 })).message,
    ).toBe("a.ini:4: the client key is missing");
  });

  it("shows a secret path only when it cannot be key material", () => {
    const shownAs = (value: string): string => missing(value, true);
    const hidden = "(the value given, not shown)";
    expect(shownAs(`/nope/${"a".repeat(249)}`)).toContain(hidden); // 255 characters, but base64-like
    expect(shownAs(`/no/pe/${"a.".repeat(124)}`)).toContain(`"/no/pe/`); // 255 characters, a path
    expect(shownAs(`/no/pe/${"a.".repeat(124)}x`)).toContain(hidden); // 256 characters
    expect(shownAs("/no pe/key.pem")).toContain(hidden);
    expect(shownAs("A".repeat(39))).toContain(`"${"A".repeat(39)}"`);
    expect(shownAs("A".repeat(40))).toContain(hidden);
    expect(missing("A".repeat(40), false)).toContain(`"${"A".repeat(40)}"`);
  });

  it("reads a file of up to 1 MiB and refuses a larger one", () => {
    const body = `${CERT}${" ".repeat(1024 * 1024 - CERT.length)}`;
    expect(loadPem(write("max.pem", body), "CA certificate", false)).toBe(body);
    expect(
      thrown(() => loadPem(write("big.pem", `${body} `), "CA certificate", false)).message,
    ).toMatch(/^the CA certificate file ".*big\.pem" is larger than 1048576 bytes$/);
  });
});

describe("resolveConfig details", () => {
  it("refuses a missing options object, and a clientId of spaces", () => {
    expect(thrown(() => resolveConfig(null as never)).message).toBe(
      "the Pokepay transport needs an options object",
    );
    expect(thrown(() => resolveConfig({ ...options, clientId: "  " })).message).toBe(
      "clientId is missing",
    );
  });

  it("trims the clientId, drops a base URL's trailing slash and keeps the connect timeout", () => {
    const resolved = resolveConfig({
      ...options,
      clientId: " id ",
      baseUrl: "https://example.test/api/",
      connectTimeoutMs: 1500,
    });
    expect(resolved).toMatchObject({
      clientId: "id",
      baseUrl: "https://example.test/api",
      connectTimeoutMs: 1500,
    });
    expect(resolveConfig({ ...options, baseUrl: undefined as never }).baseUrl).toBeUndefined();
    expect(resolved.tls).not.toHaveProperty("ca");
  });

  it("refuses a base URL that does not parse", () => {
    expect(thrown(() => resolveConfig({ ...options, baseUrl: "partnerapi" })).message).toBe(
      "baseUrl is not a URL",
    );
  });
});

describe("PokepayConfig.toJSON", () => {
  it("shows paths and settings, PEM text as a marker, and never the key or secret", () => {
    const config = new PokepayConfig({
      ...options,
      cert: certFile,
      ca: CERT,
      timeoutMs: 5000,
      connectTimeoutMs: 700,
      maxRetries: 2,
    });
    expect(config.toJSON()).toEqual({
      clientId: options.clientId,
      baseUrl: options.baseUrl,
      cert: certFile,
      key: "[redacted]",
      clientSecret: "[redacted]",
      ca: "[PEM text]",
      timeoutMs: 5000,
      connectTimeoutMs: 700,
      maxRetries: 2,
    });
    const { baseUrl: _, ...bare } = options;
    expect(new PokepayConfig({ ...bare, ca: certFile }).toJSON()).toEqual({
      clientId: options.clientId,
      cert: "[PEM text]",
      key: "[redacted]",
      clientSecret: "[redacted]",
      ca: certFile,
    });
    expect(String(config)).toMatch(/^PokepayConfig \{ clientId: '8b3f6a1e[^\n]*maxRetries: 2 \}$/);
  });

  it("refuses a missing clientId", () => {
    expect(thrown(() => new PokepayConfig({ ...options, clientId: " " })).message).toBe(
      "clientId is missing",
    );
  });
});

describe("config.ini values", () => {
  const base = (extra: string[]): string =>
    [
      "CLIENT_ID = id",
      `CLIENT_SECRET = ${SECRET}`,
      `SSL_KEY_FILE = ${keyFile}`,
      `SSL_CERT_FILE = ${certFile}`,
      ...extra,
    ].join("\n");
  const read = (extra: string[]) => readPokepayIni(write("values.ini", base(extra)));
  const refused = (extra: string[]) => thrown(() => read(extra)).message;

  it("takes seconds as milliseconds, fractions rounded, and whole retries", () => {
    expect({
      ...read(["TIMEOUT = 1.5", "MAX_RETRIES = 3"]),
    }).toMatchObject({ timeoutMs: 1500, maxRetries: 3 });
    expect(read(["CONNECTTIMEOUT = 0.0016"]).connectTimeoutMs).toBe(2);
    expect(read(["API_BASE_URL ="]).baseUrl).toBeUndefined();
  });

  it.each([["TIMEOUT ="], ["TIMEOUT = 0"], ["TIMEOUT = -1"], ["CONNECTTIMEOUT = Infinity"]])(
    "refuses %s",
    (line) => {
      expect(refused([line])).toMatch(
        /values\.ini:5: (CONNECT)?TIMEOUT must be a positive number of seconds below 2147483$/,
      );
    },
  );

  it.each([["MAX_RETRIES = 1.0"], ["MAX_RETRIES = 101"], ["MAX_RETRIES ="]])(
    "refuses %s",
    (line) => {
      expect(refused([line])).toMatch(
        /values\.ini:5: MAX_RETRIES must be a whole number from 0 to 100$/,
      );
    },
  );

  it("refuses a required key left empty at its line, and an absent one by file", () => {
    const empty = base([]).replace("CLIENT_ID = id", "CLIENT_ID =");
    expect(thrown(() => readPokepayIni(write("empty-id.ini", empty))).message).toMatch(
      /empty-id\.ini:1: CLIENT_ID is missing \(expected in \[global\] or before any section\)$/,
    );
    expect(
      thrown(() => readPokepayIni(write("no-secret.ini", "CLIENT_ID = id\n"))).message,
    ).toMatch(/no-secret\.ini: CLIENT_SECRET is missing/);
  });
});
