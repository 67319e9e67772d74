import type { Rule } from "../rule.js";
import { requestParameterAddedOptional } from "./request-parameter-added-optional.js";
import { requestParameterAddedRequired } from "./request-parameter-added-required.js";
import { requestParameterBecameNotNullable } from "./request-parameter-became-not-nullable.js";
import { requestParameterBecameNullable } from "./request-parameter-became-nullable.js";
import { requestParameterBecameOptional } from "./request-parameter-became-optional.js";
import { requestParameterBecameRequired } from "./request-parameter-became-required.js";
import { requestParameterDefaultChanged } from "./request-parameter-default-changed.js";
import { requestParameterDeprecated } from "./request-parameter-deprecated.js";
import { requestParameterEnumAdded } from "./request-parameter-enum-added.js";
import { requestParameterEnumRemoved } from "./request-parameter-enum-removed.js";
import { requestParameterEnumValueAdded } from "./request-parameter-enum-value-added.js";
import { requestParameterEnumValueRemoved } from "./request-parameter-enum-value-removed.js";
import { requestParameterFormatChanged } from "./request-parameter-format-changed.js";
import { requestParameterMaxDecreased } from "./request-parameter-max-decreased.js";
import { requestParameterMaxIncreased } from "./request-parameter-max-increased.js";
import { requestParameterMaxLengthDecreased } from "./request-parameter-max-length-decreased.js";
import { requestParameterMaxLengthIncreased } from "./request-parameter-max-length-increased.js";
import { requestParameterMinDecreased } from "./request-parameter-min-decreased.js";
import { requestParameterMinIncreased } from "./request-parameter-min-increased.js";
import { requestParameterMinLengthDecreased } from "./request-parameter-min-length-decreased.js";
import { requestParameterMinLengthIncreased } from "./request-parameter-min-length-increased.js";
import { requestParameterPatternAdded } from "./request-parameter-pattern-added.js";
import { requestParameterPatternChanged } from "./request-parameter-pattern-changed.js";
import { requestParameterPatternRemoved } from "./request-parameter-pattern-removed.js";
import { requestParameterRemoved } from "./request-parameter-removed.js";
import { requestParameterTypeChanged } from "./request-parameter-type-changed.js";
import { requestParameterTypeWidened } from "./request-parameter-type-widened.js";
import { requestParameterUndeprecated } from "./request-parameter-undeprecated.js";
import { requestPathParameterRenamed } from "./request-path-parameter-renamed.js";

import { requestParameterSerializationChanged } from "./request-parameter-serialization-changed.js";
export const PARAMETER_RULES: readonly Rule[] = [
  requestParameterAddedOptional,
  requestParameterAddedRequired,
  requestParameterBecameNotNullable,
  requestParameterBecameNullable,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterDefaultChanged,
  requestParameterDeprecated,
  requestParameterEnumAdded,
  requestParameterEnumRemoved,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterFormatChanged,
  requestParameterMaxDecreased,
  requestParameterMaxIncreased,
  requestParameterMaxLengthDecreased,
  requestParameterMaxLengthIncreased,
  requestParameterMinDecreased,
  requestParameterMinIncreased,
  requestParameterMinLengthDecreased,
  requestParameterMinLengthIncreased,
  requestParameterPatternAdded,
  requestParameterPatternChanged,
  requestParameterPatternRemoved,
  requestParameterRemoved,
  requestParameterTypeChanged,
  requestParameterTypeWidened,
  requestParameterUndeprecated,
  requestPathParameterRenamed,
  requestParameterSerializationChanged,
];
