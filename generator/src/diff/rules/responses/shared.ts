import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { Rule } from "../rule.js";

/** `200`–`299` and `2XX` are success statuses; `DEFAULT` is not. */
export function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/.test(status);
}

interface ResponsesRuleDefinition extends Omit<Rule, "check" | "direction"> {
  check(operation: OperationPair): Array<Omit<RawFinding, "operation">>;
}

/** A rule about an operation's responses as a whole: statuses, media types, headers. */
export function responsesRule(definition: ResponsesRuleDefinition): Rule {
  const { check, ...rule } = definition;
  return {
    ...rule,
    direction: "response",
    check: (ctx) => ctx.pairs.flatMap((operation) => check(operation).map((finding) => ({ ...finding, operation: operation.revision.label }))),
  };
}
