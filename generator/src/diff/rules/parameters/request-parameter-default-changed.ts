import { defaultRule } from "../builders/index.js";

export const requestParameterDefaultChanged = defaultRule({
  id: "request-parameter-default-changed",
  level: "warning",
  scope: "parameter",
  description: "A parameter's default changed: requests that omit it now behave differently.",
  waiver: "symmetric: the reverse change is reported by this same rule",
});
