import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { Rule } from "../rule.js";

interface ResponsesRuleDefinition extends Omit<Rule, "check" | "direction"> {
  check(operation: OperationPair): Array<Omit<RawFinding, "operation">>;
}

/** A rule about an operation's responses as a whole: statuses, media types, headers. */
export function responsesRule(definition: ResponsesRuleDefinition): Rule {
  const { check, ...rule } = definition;
  return {
    ...rule,
    direction: "response",
    check: (ctx) =>
      ctx.pairs.flatMap((operation) =>
        check(operation).map((finding) => ({ ...finding, operation: operation.revision.label })),
      ),
  };
}
