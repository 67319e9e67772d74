import type { Rule } from "../rule.js";
import { clientClassRenamed } from "./client-class-renamed.js";
import { clientEnvironmentAdded } from "./client-environment-added.js";
import { clientEnvironmentRemoved } from "./client-environment-removed.js";
import { clientMethodRenamed } from "./client-method-renamed.js";
import { clientOptionAdded } from "./client-option-added.js";
import { clientOptionRemoved } from "./client-option-removed.js";

export const CLIENT_RULES: readonly Rule[] = [
  clientClassRenamed,
  clientEnvironmentAdded,
  clientEnvironmentRemoved,
  clientMethodRenamed,
  clientOptionAdded,
  clientOptionRemoved,
];
