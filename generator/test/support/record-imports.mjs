// Preload for `node --import`: appends the URL of every module the main thread resolves, one a line,
// to the file named by PAYGEN_RECORD_IMPORTS. The hooks run on a thread of their own, where this
// module is loaded again; worker threads run this preload too. Only the main thread registers, and
// hooks registered on a thread serve that thread only, so a worker's imports go unrecorded.
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

if (isMainThread) register(import.meta.url, { data: process.env.PAYGEN_RECORD_IMPORTS });

let file;

export function initialize(data) {
  file = data;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
