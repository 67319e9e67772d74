import type { Rule } from "../rule.js";

export const WEBHOOK_RULES: readonly Rule[] = [];
