export { main } from "./cli/main.js";
export * from "./diagnostics/index.js";
export { emitPackage, type GeneratedFile } from "./emit/index.js";
export { buildIR } from "./ir/index.js";
export type * from "./ir/types.js";
export { loadSpec, type LoadedSpec } from "./load/index.js";
export { analyseProvider, generateProvider } from "./pipeline.js";
export { validateSpec } from "./validate/index.js";
