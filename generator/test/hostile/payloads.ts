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
} as const;

export const ALL_PAYLOADS = Object.values(PAYLOADS).join(" ");
