/**
 * Code points prettier's `util.getStringWidth` counts as two columns, one at a time and in any mix
 * with printable ASCII: CJK punctuation, kana, ideographs, Hangul syllables and fullwidth forms. The
 * ranges leave out the zero-width marks among them (U+302A–U+302D, U+3099–U+309A) and the spaces.
 */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3001, 0x3029],
  [0x302e, 0x303e],
  [0x3041, 0x3096],
  [0x309b, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xff01, 0xff60],
];

/**
 * The text's width in display columns, exactly as prettier's `util.getStringWidth` measures it, for
 * text of printable ASCII and the wide characters above; undefined for any other character, whose
 * width only prettier knows.
 */
export function displayWidth(text: string): number | undefined {
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0x20 && codePoint < 0x7f) width += 1;
    else if (WIDE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last))
      width += 2;
    else return undefined;
  }
  return width;
}
