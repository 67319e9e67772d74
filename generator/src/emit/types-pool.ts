import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ProviderIR } from "../ir/index.js";
import { tsHeader } from "./header.js";
import { emitSchemaTypes } from "./types-emitter.js";
import { formatSchemaText } from "./types-format.js";
import type { WorkerJob, WorkerResult } from "./types-worker.js";

/**
 * schema.ts is the biggest file and openapi-typescript the heaviest import, so both run on a second
 * thread while the main thread emits the client. One worker serves every provider of a run and never
 * keeps the process alive. From TypeScript sources (tests) everything runs inline.
 */
const workerFile = fileURLToPath(new URL("./types-worker.js", import.meta.url));
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (text: string) => void; reject: (error: Error) => void }
>();

export interface SchemaTypesJob {
  /** Resolves to formatted schema.ts. */
  finish(): Promise<string>;
}

/** Starts the worker and its imports early; a no-op when running from sources. */
export function prewarmSchemaWorker(): void {
  if (existsSync(workerFile)) void run({ kind: "warm" }).catch(() => undefined);
}

export function startSchemaTypes(ir: ProviderIR): SchemaTypesJob {
  if (!existsSync(workerFile))
    return { finish: async () => formatSchemaText(await emitSchemaTypes(ir)) };
  const formatted = run({ kind: "types", document: ir.document, header: tsHeader(ir) });
  return { finish: () => formatted };
}

type JobWithoutId = WorkerJob extends infer J
  ? J extends WorkerJob
    ? Omit<J, "id">
    : never
  : never;

function run(job: JobWithoutId): Promise<string> {
  const id = nextId++;
  const result = new Promise<string>((resolve, reject) => pending.set(id, { resolve, reject }));
  const active = ensureWorker();
  active.ref();
  active.postMessage({ ...job, id } as WorkerJob);
  return result.finally(() => {
    if (pending.size === 0) active.unref();
  });
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(workerFile);
  created.on("message", (message: WorkerResult) => {
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if ("error" in message) job.reject(new Error(message.error));
    else job.resolve(message.text);
  });
  created.on("error", (error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = undefined;
  });
  worker = created;
  return created;
}
