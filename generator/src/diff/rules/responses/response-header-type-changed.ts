import { typeChangeRule } from "../builders/index.js";

export const responseHeaderTypeChanged = typeChangeRule({
  id: "response-header-type-changed",
  level: "breaking",
  scope: "response-header",
  change: "incompatible",
  description:
    "A response header may now carry values of a type it did not before: code parsing it for the old type can misread it.",
  waiver:
    "A header narrowed to fewer types still parses as code written for the old types expects: there is nothing to report in reverse.",
  oasdiff: {
    rules: "not reported",
    reason:
      "oasdiff does not compare response header schemas; code parsing a header written for the old type can misread the new one, as with a response property.",
  },
});
