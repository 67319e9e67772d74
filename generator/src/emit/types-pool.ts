import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ProviderIR } from "../ir/index.js";
import { formatSource, type FileKind } from "./format.js";
import { tsHeader } from "./header.js";
import { alignedTable, alignedTableByDisplayWidth, type TableRows } from "./markdown-table.js";
import { emitSchemaTypes } from "./types-emitter.js";
import { formatSchemaText } from "./types-format.js";
import type { WorkerJob, WorkerResult } from "./types-worker.js";

/**
 * schema.ts is the biggest file and openapi-typescript the heaviest import, so both run on a second
 * thread while the main thread emits the client; everything prettier formats is formatted there too.
 * One worker serves every provider of a run and never keeps the process alive. From TypeScript
 * sources (tests) everything runs inline.
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

/**
 * Below this many bytes of spec, starting a worker (a second V8 isolate loading openapi-typescript)
 * costs more than emitting schema.ts on the main thread.
 */
const SMALL_SPEC_BYTES = 100_000;

/**
 * Starts the worker and its imports early, unless every entry file is small enough to emit
 * in-process; a no-op when running from sources.
 */
export function prewarmSchemaWorker(entryFiles: readonly string[]): void {
  if (!existsSync(workerFile)) return;
  if (entryFiles.every((file) => fileBytes(file) < SMALL_SPEC_BYTES)) return;
  void run({ kind: "warm" }).catch(() => undefined);
}

export function startSchemaTypes(ir: ProviderIR): SchemaTypesJob {
  if (!existsSync(workerFile) || (!worker && isSmallDocument(ir.document)))
    return { finish: async () => formatSchemaText(await emitSchemaTypes(ir)) };
  const formatted = run({ kind: "types", document: ir.document, header: tsHeader(ir) });
  return { finish: () => formatted };
}

/**
 * Formats on the worker when this run has one, so that the main thread never loads prettier (the
 * worker loads it on its first text). Otherwise (no worker: small specs, sources) here.
 */
export function formatOffThread(text: string, kind: FileKind): Promise<string> {
  return worker ? run({ kind: "format", text, format: kind }) : formatSource(text, kind);
}

/**
 * alignedTable: here when displayWidth measures every cell, else (prettier measures them) on the
 * worker when this run has one.
 */
export function alignTableOffThread(rows: TableRows): Promise<string> {
  const aligned = alignedTableByDisplayWidth(rows);
  if (aligned !== undefined) return Promise.resolve(aligned);
  return worker ? run({ kind: "table", rows }) : alignedTable(rows);
}

function fileBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether the document's JSON is under SMALL_SPEC_BYTES; stops counting once it is not. */
function isSmallDocument(document: unknown): boolean {
  let budget = SMALL_SPEC_BYTES;
  const stack: unknown[] = [document];
  while (stack.length > 0 && budget > 0) {
    const node = stack.pop();
    if (typeof node === "string") budget -= node.length + 2;
    else if (Array.isArray(node)) {
      budget -= 2;
      stack.push(...node);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        budget -= key.length + 4;
        stack.push(value);
      }
    } else budget -= 5;
  }
  return budget > 0;
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

/**
 * A small young generation: the worker's garbage is mostly short-lived strings and nodes of one
 * openapi-typescript run, and V8's default semi-spaces are tens of MB. On Stripe's spec the peak
 * memory of a run (which lands near one of two values, by GC timing) fell by ~16 MB at each, with
 * CPU unchanged (10 runs each way).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(workerFile, { resourceLimits: WORKER_LIMITS });
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
