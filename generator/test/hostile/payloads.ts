/**
 * Strings an attacker or a careless vendor puts into a spec. Each one, if it reached generated code
 * unescaped, would run `globalThis.__paygenCanary = "pwned"` on import or break the file.
 */
export const CANARY = "__paygenCanary";

export const PAYLOADS = {
  closeComment: `Shop */ globalThis.${CANARY} = "pwned"; /*`,
  importFs: `Shop */ import('node:fs').then((f) => f.writeFileSync('/tmp/x', 'pwned')); /*`,
  template: "`${(globalThis." + CANARY + ' = "pwned")}`',
  quotes: `"; globalThis.${CANARY} = "pwned"; "' + '`,
  newlines: `line one\r\nglobalThis.${CANARY} = "pwned"; //\rthree\nfour`,
  lineSeparators: `a\u2028globalThis.${CANARY} = "pwned";\u2029b`,
  html: `<script>alert(1)</script> &amp; <!-- --> <b>bold</b>`,
  markdown: "```\nrm -rf /\n``` | cell | *em* _u_ [link](http://evil.example) ~~s~~",
  backslash: "C:\\path\\*/\\u0000",
  /** Controls and bidirectional overrides: a terminal or a code review would show something else than what is there. */
  unseen: "Shop\u202e} ;)\u2066(pwned\u2069 \u001b[31mred\u0007 \u0085\u200f\ufeff\u000b",
} as const;

export const ALL_PAYLOADS = Object.values(PAYLOADS).join(" ");
