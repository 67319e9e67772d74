export { applyPlans, type ApplyResult } from "./apply.js";
export { planPackage, type FileStatus, type PackagePlan, type PlannedFile } from "./plan.js";
