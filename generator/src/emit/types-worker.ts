import { parentPort } from "node:worker_threads";
import { formatSource, type FileKind } from "./format.js";
import { loadOpenapiTypescript } from "./openapi-typescript.js";
import { emitSchemaTypesFrom } from "./types-emitter.js";
import { formatSchemaText } from "./types-format.js";

/** Worker entry: emits formatted schema.ts text for each job it is sent. */
export type WorkerJob =
  | { id: number; kind: "types"; document: Record<string, unknown>; header: string }
  | { id: number; kind: "warm" }
  | { id: number; kind: "format"; text: string; format: FileKind };

export type WorkerResult = { id: number; text: string } | { id: number; error: string };

parentPort?.on("message", (job: WorkerJob) => {
  // Only the id outlives this call: the document must not stay reachable while schema.ts is formatted.
  const { id } = job;
  const work =
    job.kind === "types"
      ? emitSchemaTypesFrom(job.document, job.header).then(formatSchemaText)
      : job.kind === "format"
        ? formatSource(job.text, job.format)
        : // Load the heavy modules while the main thread is still loading and validating specs.
          Promise.resolve()
            .then(loadOpenapiTypescript)
            .then(() => formatSource("export {};\n", "typescript"))
            .then(() => "");
  work.then(
    (text) => parentPort!.postMessage({ id, text } satisfies WorkerResult),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResult),
  );
});
