/**
 * The key Node's `util.inspect` looks up for a custom rendering (`util.inspect.custom`), spelled
 * through the global symbol registry so that the browser path never imports `node:util`.
 */
export const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom");
