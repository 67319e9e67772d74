/**
 * The only way spec text reaches generated output: one function per output context. Emitters and
 * templates build code from these results and never interpolate spec text directly.
 */
export { docParagraphs, docText, htmlCommentText, lineCommentText } from "./doc-comment.js";
export { isIdentifier, memberAccess, propertyKey, quotedKey } from "./identifier.js";
export { jsLiteral, ModuleBinding, moduleBindingsIn } from "./js-literal.js";
export { jsonValue } from "./json.js";
export {
  markdownCode,
  markdownCodeBlock,
  markdownLinkTarget,
  markdownTableCode,
  markdownText,
} from "./markdown.js";
export { tsString } from "./string-literal.js";
export { escapeUnseen, hasUnseen } from "./unseen.js";
