/**
 * Bounds on what a spec may make paygen do. A spec is untrusted input: each limit turns a document
 * that would hang paygen or exhaust its memory into a located diagnostic. One constant per input
 * dimension, each with its own diagnostic code.
 */
export const LIMITS = {
  /** Bytes of one spec file (checked with fstat before reading). PG161. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Nodes materialised through YAML aliases in one file (a 9×9 alias bomb needs 9^9). PG162. */
  maxAliasNodes: 100_000,
  /** Nesting of mappings and sequences; deeper documents would overflow the stack later. PG163. */
  maxDepth: 256,
  /** `$ref`s followed while bundling one spec (refs that inline refs multiply). PG164. */
  maxRefResolutions: 100_000,
} as const;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
