export { buildIR, type BuildInput } from "./build.js";
export * from "./types.js";
export { credentialOptions } from "./client-options.js";
