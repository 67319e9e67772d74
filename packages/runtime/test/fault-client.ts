import { afterEach } from "vitest";
import { ClientCore, type ClientOptions } from "../src/client-core.js";
import type { ClientSpec, OperationSpec } from "../src/spec.js";
import { startFaultServer, type Fault } from "./fault-server.js";

/** The fault suite's client: one basic-auth secret, fast backoff, every log line kept. */
export const SECRET = "skey_live_SUPER_SECRET_VALUE_12345";
export const spec: ClientSpec = {
  provider: "fault",
  servers: [{ url: "http://unused.invalid", environment: "production" }],
  securitySchemes: { key: { kind: "basic", username: "secretKey" } },
  clientHeaders: [],
  errorCodeField: "code",
  requestIdHeader: "x-request-id",
  retryStatuses: [409],
};
export const getThing: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  security: [["key"]],
};
export const createThing: OperationSpec = {
  id: "createThing",
  method: "POST",
  path: "/things",
  bodyMediaType: "application/json",
  security: [["key"]],
};
export const createKeyed: OperationSpec = {
  ...createThing,
  id: "createKeyed",
  idempotency: { in: "header", name: "Idempotency-Key" },
};
export const ok: Fault = { kind: "json", status: 200, body: { id: "t1" } };

const servers: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A loopback fault server playing `script`, and a client pointed at it; both stopped after the test. */
export async function setup(
  script: Fault[],
  options: Partial<ClientOptions> & Record<string, unknown> = {},
) {
  const server = await startFaultServer(script);
  servers.push(server);
  const lines: string[] = [];
  const core = new ClientCore(spec, {
    baseUrl: server.url,
    secretKey: SECRET,
    baseDelayMs: 20,
    maxDelayMs: 200,
    random: () => 1,
    logger: { level: "debug", write: (level, message) => lines.push(`${level} ${message}`) },
    ...options,
  } as ClientOptions);
  return { core, server, lines };
}

/** A second loopback server (another origin: another port). */
export async function otherServer(script: Fault[]) {
  const server = await startFaultServer(script);
  servers.push(server);
  return server;
}
