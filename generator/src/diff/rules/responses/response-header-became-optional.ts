import { responsesRule } from "../builders/index.js";
import { headersThatBecame } from "./shared.js";

export const responseHeaderBecameOptional = responsesRule({
  id: "response-header-became-optional",
  level: "breaking",
  description:
    "A response header the server always sent may now be missing: code reading it must handle its absence.",
  twin: "response-header-became-required",
  oasdiff: { rules: [["response-header-became-optional", "ERR"]] },
  check: (operation) => headersThatBecame(operation, false),
});
