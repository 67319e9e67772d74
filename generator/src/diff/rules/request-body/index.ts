import type { Rule } from "../rule.js";
import { requestPropertyMaxLengthDecreased } from "./request-property-max-length-decreased.js";
import { requestPropertyRemoved } from "./request-property-removed.js";

export const REQUEST_BODY_RULES: readonly Rule[] = [requestPropertyRemoved, requestPropertyMaxLengthDecreased];
