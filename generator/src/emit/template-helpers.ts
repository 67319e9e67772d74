import Handlebars from "handlebars";
import {
  htmlCommentText,
  jsonValue,
  lineCommentText,
  markdownCode,
  markdownLinkTarget,
  markdownTableCode,
  markdownText,
  tsString,
} from "./escape/index.js";

/**
 * The helpers templates interpolate with, one per output context. Templates are compiled with
 * `noEscape` (handlebars' HTML escaping would put entities into markdown and code), so every
 * `{{…}}` must name one of these; `markdown` passes through markdown the emitter assembled from
 * escaped parts. A test keeps the templates to this list.
 */
export const TEMPLATE_HELPERS: Record<string, (value: unknown) => string> = {
  md: text(markdownText),
  code: text(markdownCode),
  tableCode: text(markdownTableCode),
  linkTarget: text(markdownLinkTarget),
  markdown: text((assembled) => assembled),
  htmlComment: text(htmlCommentText),
  lineComment: text(lineCommentText),
  tsString: text(tsString),
  // Any JSON value (strings, numbers, objects such as package.json's `repository`).
  json: jsonValue,
};

/** A helper for text: other values are shown as strings, a missing one as empty. */
function text(helper: (value: string) => string): (value: unknown) => string {
  return (value) => helper(typeof value === "string" ? value : String(value ?? ""));
}

/** Block helpers and keywords a template may use besides the interpolation helpers. */
export const TEMPLATE_BLOCK_KEYWORDS = [
  "#if",
  "/if",
  "#unless",
  "/unless",
  "#each",
  "/each",
  "else",
];

/** `observe`, when given, sees every interpolation: the helper's name and the value it was given. */
export function createTemplateEngine(
  observe?: (helper: string, value: unknown) => void,
): typeof Handlebars {
  const engine = Handlebars.create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) {
    engine.registerHelper(name, (value: unknown) => {
      observe?.(name, value);
      return helper(value);
    });
  }
  return engine;
}
