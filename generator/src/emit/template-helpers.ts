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
export const TEMPLATE_HELPERS: Record<string, (value: string) => string> = {
  md: markdownText,
  code: markdownCode,
  tableCode: markdownTableCode,
  linkTarget: markdownLinkTarget,
  markdown: (assembled) => assembled,
  htmlComment: htmlCommentText,
  lineComment: lineCommentText,
  tsString,
  json: jsonValue,
};

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

export function createTemplateEngine(): typeof Handlebars {
  const engine = Handlebars.create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) {
    engine.registerHelper(name, (value: unknown) =>
      helper(typeof value === "string" ? value : String(value ?? "")),
    );
  }
  return engine;
}
