import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestCertificates {
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A client certificate from another CA, which the peer must refuse. */
  strangerCert: string;
  strangerKey: string;
}

/** A throwaway CA, a server certificate for 127.0.0.1/localhost and client certificates, made with openssl. */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), "pokepay-certs-"));
  const file = (name: string): string => path.join(dir, name);
  const openssl = (...args: string[]): void => {
    execFileSync("openssl", args, { stdio: "pipe" });
  };
  const keyPair = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  const ca = (name: string): void => openssl("req", "-x509", ...keyPair, "-keyout", file(`${name}.key`), "-out", file(`${name}.pem`), "-days", "2", "-subj", `/CN=paygen ${name}`);
  const issue = (name: string, issuer: string, extensions: string): void => {
    openssl("req", ...keyPair, "-keyout", file(`${name}.key`), "-out", file(`${name}.csr`), "-subj", `/CN=paygen ${name}`);
    writeFileSync(file(`${name}.ext`), extensions);
    openssl("x509", "-req", "-in", file(`${name}.csr`), "-CA", file(`${issuer}.pem`), "-CAkey", file(`${issuer}.key`), "-CAcreateserial", "-out", file(`${name}.pem`), "-days", "2", "-extfile", file(`${name}.ext`));
  };
  ca("ca");
  ca("other-ca");
  issue("server", "ca", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  issue("client", "ca", "extendedKeyUsage=clientAuth\n");
  issue("stranger", "other-ca", "extendedKeyUsage=clientAuth\n");
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
}
