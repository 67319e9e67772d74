import type { Rule } from "../rule.js";
import { responsePropertyRemoved } from "./response-property-removed.js";

export const RESPONSE_RULES: readonly Rule[] = [responsePropertyRemoved];
