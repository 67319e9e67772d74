/**
 * A command used wrongly (a missing argument, an unreadable input): the CLI prints the message
 * without a stack trace and exits 2. Any stage may throw it.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
