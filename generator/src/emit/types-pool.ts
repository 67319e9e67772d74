import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ProviderIR } from "../ir/index.js";
import { formatSource } from "./format.js";
import { tsHeader } from "./header.js";
import { emitSchemaTypes } from "./types-emitter.js";
import type { WorkerJob, WorkerResult } from "./types-worker.js";

/**
 * schema.ts is the biggest file and openapi-typescript the heaviest import, so both run on a second
 * thread while the main thread emits the client; formatting schema.ts is then shared by both threads
 * (prettier formats top-level declarations independently, so formatting them apart gives the same
 * bytes). One worker serves every provider of a run and never keeps the process alive. From
 * TypeScript sources (tests) everything runs inline.
 */
const workerFile = fileURLToPath(new URL("./types-worker.js", import.meta.url));
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

export interface SchemaTypesJob {
  /** Resolves to formatted schema.ts. Call after the main thread's own work so it can help format. */
  finish(): Promise<string>;
}

/** Starts the worker and its imports early; a no-op when running from sources. */
export function prewarmSchemaWorker(): void {
  if (existsSync(workerFile)) void run({ kind: "warm" }).catch(() => undefined);
}

export function startSchemaTypes(ir: ProviderIR): SchemaTypesJob {
  if (!existsSync(workerFile)) return { finish: async () => formatSource(await emitSchemaTypes(ir), "typescript") };
  const raw = run({ kind: "types", document: ir.document, header: tsHeader(ir) });
  return {
    async finish() {
      const [forWorker, forMain] = splitForTwo(await raw);
      const [a, b] = await Promise.all([forWorker ? run({ kind: "format", text: forWorker.text }) : "", Promise.all(forMain.map((chunk) => formatSource(chunk.text, "typescript")))]);
      const formatted = new Map<number, string>(forMain.map((chunk, i) => [chunk.index, b[i]!]));
      if (forWorker) formatted.set(forWorker.index, a);
      return [...formatted.entries()].sort(([x], [y]) => x - y).map(([, text]) => text).join("");
    },
  };
}

/** Top-level declarations of the raw text; the largest goes to the worker, the rest stays here. */
function splitForTwo(raw: string): [{ index: number; text: string } | undefined, Array<{ index: number; text: string }>] {
  const chunks = raw.split(/\n(?=export )/).map((text, index, all) => ({ index, text: index < all.length - 1 ? `${text}\n` : text }));
  if (chunks.length < 2) return [undefined, chunks];
  const largest = chunks.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return [largest, chunks.filter((chunk) => chunk !== largest)];
}

type JobWithoutId = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, "id"> : never) : never;

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
