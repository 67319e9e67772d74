import { responsesRule } from "../builders/index.js";
import { headersThatBecame } from "./shared.js";

export const responseHeaderBecameRequired = responsesRule({
  id: "response-header-became-required",
  level: "info",
  description: "A response header is now always sent.",
  twin: "response-header-became-optional",
  oasdiff: {
    rules: "not reported",
    reason:
      "oasdiff has no rule for a response header becoming required (nothing clients read is lost).",
  },
  check: (operation) => headersThatBecame(operation, true),
});
