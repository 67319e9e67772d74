/**
 * Whether prettier's markdown printer leaves an interpolation of the README template as it is
 * written, judged from the helper and the value it is given. The template's own text is in printed
 * form already (tests hold it there); spec text is, when it keeps to the plain shapes below: no
 * character that opens markup, no whitespace but single spaces between words, nothing at a line's
 * start (the escaping helpers turn line breaks into spaces). Anything else is left to prettier.
 */
export function isPrintedAsWritten(
  helper: string,
  value: unknown,
  trusted: ReadonlySet<string>,
): boolean {
  if (typeof value !== "string") return false;
  switch (helper) {
    case "md":
      return isPlainText(value);
    case "code":
      return CODE_TEXT.test(value);
    case "linkTarget":
      return LINK_TARGET.test(value);
    case "htmlComment":
      return COMMENT_TEXT.test(value);
    case "markdown":
      return trusted.has(value) || isPlainProse(value);
    default:
      return false;
  }
}

/**
 * A word of ASCII letters, digits and punctuation that opens no markup inside a line, with at least
 * one letter or digit (so never a lone `-`, `+` or `=`, which prettier may escape).
 */
const PLAIN_WORD = /^[A-Za-z0-9.,:;()'"/?%+@-]*[A-Za-z0-9][A-Za-z0-9.,:;()'"/?%+@-]*$/;

/** Plain words joined by single spaces. */
export function isPlainText(text: string): boolean {
  return text.split(" ").every((word) => PLAIN_WORD.test(word));
}

/** A code span's text, shown in one backtick pair: printable ASCII but backticks, words single-spaced. */
const CODE_TEXT = /^[!-_a-~]+(?: [!-_a-~]+)*$/;
/** A code span as markdownCode writes CODE_TEXT. */
const CODE_SPAN = /`([^`]*)`/g;

/** Markdown the emitter assembled: plain text and code spans of CODE_TEXT, nothing else. */
function isPlainProse(markdown: string): boolean {
  let spansHold = true;
  const words = markdown.replace(CODE_SPAN, (_, code: string) => {
    spansHold &&= CODE_TEXT.test(code);
    return "x";
  });
  return spansHold && isPlainText(words);
}

/** A relative link destination that percent-encoding leaves as it is and prettier prints bare. */
const LINK_TARGET = /^[A-Za-z0-9._/-]+$/;
/** An HTML comment's text: printable ASCII (the comment is printed as written). */
const COMMENT_TEXT = /^[ -~]*$/;
