import type { Rule } from "../rule.js";
import { responseHeaderAdded } from "./response-header-added.js";
import { responseHeaderBecameOptional } from "./response-header-became-optional.js";
import { responseHeaderBecameRequired } from "./response-header-became-required.js";
import { responseHeaderRemoved } from "./response-header-removed.js";
import { responseHeaderTypeChanged } from "./response-header-type-changed.js";
import { responseMediaTypeAdded } from "./response-media-type-added.js";
import { responseMediaTypeRemoved } from "./response-media-type-removed.js";
import { responseNonSuccessStatusAdded } from "./response-non-success-status-added.js";
import { responseNonSuccessStatusRemoved } from "./response-non-success-status-removed.js";
import { responseOptionalPropertyBecameRequired } from "./response-optional-property-became-required.js";
import { responsePropertyAdded } from "./response-property-added.js";
import { responsePropertyBecameNotNullable } from "./response-property-became-not-nullable.js";
import { responsePropertyBecameNullable } from "./response-property-became-nullable.js";
import { responsePropertyBecameReadable } from "./response-property-became-readable.js";
import { responsePropertyBecameWriteOnly } from "./response-property-became-write-only.js";
import { responsePropertyEnumAdded } from "./response-property-enum-added.js";
import { responsePropertyEnumRemoved } from "./response-property-enum-removed.js";
import { responsePropertyEnumValueAdded } from "./response-property-enum-value-added.js";
import { responsePropertyEnumValueRemoved } from "./response-property-enum-value-removed.js";
import { responsePropertyFormatChanged } from "./response-property-format-changed.js";
import { responsePropertyMaxDecreased } from "./response-property-max-decreased.js";
import { responsePropertyMaxIncreased } from "./response-property-max-increased.js";
import { responsePropertyMaxLengthDecreased } from "./response-property-max-length-decreased.js";
import { responsePropertyMaxLengthIncreased } from "./response-property-max-length-increased.js";
import { responsePropertyRemoved } from "./response-property-removed.js";
import { responsePropertyTypeChanged } from "./response-property-type-changed.js";
import { responsePropertyTypeNarrowed } from "./response-property-type-narrowed.js";
import { responsePropertyVariantAdded } from "./response-property-variant-added.js";
import { responsePropertyVariantRemoved } from "./response-property-variant-removed.js";
import { responseRequiredPropertyBecameOptional } from "./response-required-property-became-optional.js";
import { responseSuccessStatusAdded } from "./response-success-status-added.js";
import { responseSuccessStatusRemoved } from "./response-success-status-removed.js";

import { responseDiscriminatorChanged } from "./response-discriminator-changed.js";
export const RESPONSE_RULES: readonly Rule[] = [
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderBecameRequired,
  responseHeaderRemoved,
  responseHeaderTypeChanged,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseNonSuccessStatusAdded,
  responseNonSuccessStatusRemoved,
  responseOptionalPropertyBecameRequired,
  responsePropertyAdded,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameReadable,
  responsePropertyBecameWriteOnly,
  responsePropertyEnumAdded,
  responsePropertyEnumRemoved,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyFormatChanged,
  responsePropertyMaxDecreased,
  responsePropertyMaxIncreased,
  responsePropertyMaxLengthDecreased,
  responsePropertyMaxLengthIncreased,
  responsePropertyRemoved,
  responsePropertyTypeChanged,
  responsePropertyTypeNarrowed,
  responsePropertyVariantAdded,
  responsePropertyVariantRemoved,
  responseRequiredPropertyBecameOptional,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
  responseDiscriminatorChanged,
];
