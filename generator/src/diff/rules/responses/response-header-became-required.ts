import { responsesRule } from "../builders/index.js";
import { headersThatBecame } from "./shared.js";

export const responseHeaderBecameRequired = responsesRule({
  id: "response-header-became-required",
  level: "info",
  description: "A response header is now always sent.",
  twin: "response-header-became-optional",
  check: (operation) => headersThatBecame(operation, true),
});
