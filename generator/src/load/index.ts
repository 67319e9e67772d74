export { loadSpec, loadSpecFrom, type LoadedSpec, type LoadOptions } from "./load-spec.js";
export { parseSpecText, type ParsedFile } from "./yaml-file.js";
