import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** PEM texts of a throwaway PKI for loopback mutual-TLS tests. */
export interface TestCertificates {
  /** The test CA that signed the server and client certificates. */
  ca: string;
  /** Server certificate for 127.0.0.1 and localhost. */
  serverCert: string;
  serverKey: string;
  /** Client certificate (clientAuth) from the test CA. */
  clientCert: string;
  clientKey: string;
  /** A client certificate from another CA, which a peer trusting only `ca` must refuse. */
  strangerCert: string;
  strangerKey: string;
}

/**
 * Makes the certificates with the openssl CLI (EC P-256, valid two days) in a temporary folder that
 * is removed before returning. Takes a few hundred milliseconds: make them once per test file.
 */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), "pokepay-certs-"));
  try {
    const file = (name: string): string => path.join(dir, name);
    const openssl = (...args: string[]): void => {
      execFileSync("openssl", args, { stdio: "pipe" });
    };
    const newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-noenc"];
    const ca = (name: string): void =>
      openssl(
        "req",
        "-x509",
        ...newKey,
        "-keyout",
        file(`${name}.key`),
        "-out",
        file(`${name}.pem`),
        "-days",
        "2",
        "-subj",
        `/CN=paygen test ${name}`,
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
      );
    const issue = (name: string, issuer: string, extensions: string): void => {
      openssl(
        "req",
        ...newKey,
        "-keyout",
        file(`${name}.key`),
        "-out",
        file(`${name}.csr`),
        "-subj",
        `/CN=paygen test ${name}`,
      );
      writeFileSync(file(`${name}.ext`), extensions);
      openssl(
        "x509",
        "-req",
        "-in",
        file(`${name}.csr`),
        "-CA",
        file(`${issuer}.pem`),
        "-CAkey",
        file(`${issuer}.key`),
        "-set_serial",
        `0x${Date.now().toString(16)}${name.length}`,
        "-out",
        file(`${name}.pem`),
        "-days",
        "2",
        "-extfile",
        file(`${name}.ext`),
      );
    };
    ca("ca");
    ca("other-ca");
    const leaf = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n";
    issue(
      "server",
      "ca",
      `${leaf}subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n`,
    );
    issue("client", "ca", `${leaf}extendedKeyUsage=clientAuth\n`);
    issue("stranger", "other-ca", `${leaf}extendedKeyUsage=clientAuth\n`);
    const read = (name: string): string => readFileSync(file(name), "utf8");
    return {
      ca: read("ca.pem"),
      serverCert: read("server.pem"),
      serverKey: read("server.key"),
      clientCert: read("client.pem"),
      clientKey: read("client.key"),
      strangerCert: read("stranger.pem"),
      strangerKey: read("stranger.key"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
