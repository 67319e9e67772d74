export { loadSpec, loadSpecFrom, type LoadedSpec } from "./load-spec.js";
export { parseSpecText, type ParsedFile } from "./yaml-file.js";
