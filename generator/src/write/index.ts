export { applyPlans, SWAP_STEPS, type ApplyOptions, type ApplyResult } from "./apply.js";
export { OutputError } from "./io-error.js";
export { checkOutputDir, isGeneratedPackage } from "./output-dir.js";
export { planPackage, type FileStatus, type PackagePlan, type PlannedFile } from "./plan.js";
export { recoverPackage } from "./recover.js";
