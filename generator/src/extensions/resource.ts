import type { Extension } from "./extension.js";
import { matchingValue } from "./parse-kit.js";

const RESOURCE_PATH = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;

/** The resource path of an operation's client method, one segment per nesting level. */
export const resourceExtension: Extension<string[]> = {
  name: "x-paygen-resource",
  where: "operation",
  doc: "the resource group of the client method, dotted for nesting (`customers.cards`); default: the first tag, camelCased",
  parse(value, pointer) {
    const parsed = matchingValue(
      value,
      pointer,
      RESOURCE_PATH,
      "a dotted camelCase path such as `charges` or `customers.cards`",
    );
    return parsed.issues ? parsed : { value: parsed.value.split(".") };
  },
};
