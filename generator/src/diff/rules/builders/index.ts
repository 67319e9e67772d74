export { boundRule } from "./bound.js";
export { clientRule } from "./client.js";
export { componentRule } from "./component.js";
export { findingOf, operationFinding, type Detection } from "./finding.js";
export { parameterRule } from "./parameter.js";
export { bodyRule } from "./request-body.js";
export { responsesRule } from "./responses.js";
export {
  defaultRule,
  enumPresenceRule,
  enumValueRule,
  formatRule,
  nullableRule,
  patternRule,
  propertyAddedRule,
  propertyRemovedRule,
  requiredChangeRule,
  typeChangeRule,
  variantRule,
  visibilityRule,
} from "./schema-checks.js";
export { propertyRule, schemaRule } from "./schema.js";
