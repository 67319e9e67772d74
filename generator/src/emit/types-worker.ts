import { parentPort } from "node:worker_threads";
import { formatSource, type FileKind } from "./format.js";
import { alignedTable, type TableRows } from "./markdown-table.js";
import { loadOpenapiTypescript } from "./openapi-typescript.js";
import { emitSchemaTypesFrom } from "./types-emitter.js";
import { formatSchemaText } from "./types-format.js";

/** Worker entry: emits formatted schema.ts text for each job it is sent. */
export type WorkerJob =
  | { id: number; kind: "types"; document: Record<string, unknown>; header: string }
  | { id: number; kind: "warm" }
  | { id: number; kind: "format"; text: string; format: FileKind }
  | { id: number; kind: "table"; rows: TableRows };

export type WorkerResult = { id: number; text: string } | { id: number; error: string };

parentPort?.on("message", (job: WorkerJob) => {
  // Only the id outlives this call: the document must not stay reachable while schema.ts is formatted.
  const { id } = job;
  perform(job).then(
    (text) => parentPort!.postMessage({ id, text } satisfies WorkerResult),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResult),
  );
});

function perform(job: WorkerJob): Promise<string> {
  switch (job.kind) {
    case "types":
      return emitSchemaTypesFrom(job.document, job.header).then(formatSchemaText);
    case "format":
      return formatSource(job.text, job.format);
    case "table":
      return alignedTable(job.rows);
    case "warm":
      // Load openapi-typescript while the main thread is still loading and validating specs. Not
      // prettier: paygen writes prettier's layout itself, and a run whose files all have a known
      // layout never needs it.
      return Promise.resolve()
        .then(loadOpenapiTypescript)
        .then(() => "");
  }
}
