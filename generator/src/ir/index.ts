export { buildIR, type BuildInput } from "./build.js";
export * from "./types.js";
