import type { Rule } from "../rule.js";
import { requestBodyAddedOptional } from "./request-body-added-optional.js";
import { requestBodyAddedRequired } from "./request-body-added-required.js";
import { requestBodyBecameOptional } from "./request-body-became-optional.js";
import { requestBodyBecameRequired } from "./request-body-became-required.js";
import { requestBodyMediaTypeAdded } from "./request-body-media-type-added.js";
import { requestBodyMediaTypeRemoved } from "./request-body-media-type-removed.js";
import { requestBodyRemoved } from "./request-body-removed.js";
import { requestPropertyAddedOptional } from "./request-property-added-optional.js";
import { requestPropertyAddedRequired } from "./request-property-added-required.js";
import { requestPropertyBecameNotNullable } from "./request-property-became-not-nullable.js";
import { requestPropertyBecameNullable } from "./request-property-became-nullable.js";
import { requestPropertyBecameOptional } from "./request-property-became-optional.js";
import { requestPropertyBecameReadOnly } from "./request-property-became-read-only.js";
import { requestPropertyBecameRequired } from "./request-property-became-required.js";
import { requestPropertyBecameWritable } from "./request-property-became-writable.js";
import { requestPropertyEnumAdded } from "./request-property-enum-added.js";
import { requestPropertyEnumRemoved } from "./request-property-enum-removed.js";
import { requestPropertyEnumValueAdded } from "./request-property-enum-value-added.js";
import { requestPropertyEnumValueRemoved } from "./request-property-enum-value-removed.js";
import { requestPropertyFormatChanged } from "./request-property-format-changed.js";
import { requestPropertyMaxDecreased } from "./request-property-max-decreased.js";
import { requestPropertyMaxIncreased } from "./request-property-max-increased.js";
import { requestPropertyMaxItemsDecreased } from "./request-property-max-items-decreased.js";
import { requestPropertyMaxItemsIncreased } from "./request-property-max-items-increased.js";
import { requestPropertyMaxLengthDecreased } from "./request-property-max-length-decreased.js";
import { requestPropertyMaxLengthIncreased } from "./request-property-max-length-increased.js";
import { requestPropertyMinDecreased } from "./request-property-min-decreased.js";
import { requestPropertyMinIncreased } from "./request-property-min-increased.js";
import { requestPropertyMinLengthDecreased } from "./request-property-min-length-decreased.js";
import { requestPropertyMinLengthIncreased } from "./request-property-min-length-increased.js";
import { requestPropertyPatternAdded } from "./request-property-pattern-added.js";
import { requestPropertyPatternRemoved } from "./request-property-pattern-removed.js";
import { requestPropertyRemoved } from "./request-property-removed.js";
import { requestPropertyTypeChanged } from "./request-property-type-changed.js";
import { requestPropertyTypeWidened } from "./request-property-type-widened.js";
import { requestPropertyVariantAdded } from "./request-property-variant-added.js";
import { requestPropertyVariantRemoved } from "./request-property-variant-removed.js";

import { requestDiscriminatorChanged } from "./request-discriminator-changed.js";
export const REQUEST_BODY_RULES: readonly Rule[] = [
  requestBodyAddedOptional,
  requestBodyAddedRequired,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyRemoved,
  requestPropertyAddedOptional,
  requestPropertyAddedRequired,
  requestPropertyBecameNotNullable,
  requestPropertyBecameNullable,
  requestPropertyBecameOptional,
  requestPropertyBecameReadOnly,
  requestPropertyBecameRequired,
  requestPropertyBecameWritable,
  requestPropertyEnumAdded,
  requestPropertyEnumRemoved,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyFormatChanged,
  requestPropertyMaxDecreased,
  requestPropertyMaxIncreased,
  requestPropertyMaxItemsDecreased,
  requestPropertyMaxItemsIncreased,
  requestPropertyMaxLengthDecreased,
  requestPropertyMaxLengthIncreased,
  requestPropertyMinDecreased,
  requestPropertyMinIncreased,
  requestPropertyMinLengthDecreased,
  requestPropertyMinLengthIncreased,
  requestPropertyPatternAdded,
  requestPropertyPatternRemoved,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeWidened,
  requestPropertyVariantAdded,
  requestPropertyVariantRemoved,
  requestDiscriminatorChanged,
];
