import type { Rule } from "../rule.js";
import { webhookAdded } from "./webhook-added.js";
import { webhookOptionalPropertyBecameRequired } from "./webhook-optional-property-became-required.js";
import { webhookPropertyAdded } from "./webhook-property-added.js";
import { webhookPropertyEnumValueAdded } from "./webhook-property-enum-value-added.js";
import { webhookPropertyEnumValueRemoved } from "./webhook-property-enum-value-removed.js";
import { webhookPropertyRemoved } from "./webhook-property-removed.js";
import { webhookPropertyTypeChanged } from "./webhook-property-type-changed.js";
import { webhookPropertyTypeNarrowed } from "./webhook-property-type-narrowed.js";
import { webhookRemoved } from "./webhook-removed.js";
import { webhookRequiredPropertyBecameOptional } from "./webhook-required-property-became-optional.js";

export const WEBHOOK_RULES: readonly Rule[] = [
  webhookAdded,
  webhookOptionalPropertyBecameRequired,
  webhookPropertyAdded,
  webhookPropertyEnumValueAdded,
  webhookPropertyEnumValueRemoved,
  webhookPropertyRemoved,
  webhookPropertyTypeChanged,
  webhookPropertyTypeNarrowed,
  webhookRemoved,
  webhookRequiredPropertyBecameOptional,
];
