import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createTemplateEngine,
  TEMPLATE_BLOCK_KEYWORDS,
  TEMPLATE_HELPERS,
} from "./template-helpers.js";

const TEMPLATE_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
const templates = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith(".hbs"));

describe("templates", () => {
  it.each(templates)("%s interpolates only through an escaping helper", (name) => {
    const text = readFileSync(TEMPLATE_DIR + name, "utf8");
    const expressions = [...text.matchAll(/\{\{(\{?)\s*([^}]*?)\s*\}?\}\}/g)];
    expect(expressions.length).toBeGreaterThan(0);
    for (const [whole, triple, body] of expressions) {
      expect(triple, `${whole}: raw {{{…}}} output`).toBe("");
      const [head] = body!.split(/\s+/);
      const allowed =
        TEMPLATE_BLOCK_KEYWORDS.includes(head!) ||
        (head! in TEMPLATE_HELPERS && body!.split(/\s+/).length === 2);
      expect(allowed, `${name}: ${whole}`).toBe(true);
    }
  });

  it("escapes for the context each helper names, never with HTML entities", () => {
    const render = (source: string, value: string): string =>
      createTemplateEngine().compile(source, { noEscape: true, strict: true })({ value });
    expect(render("{{md value}}", "<b>*x*</b> & `y`")).toBe("\\<b\\>\\*x\\*\\</b\\> \\& \\`y\\`");
    expect(render("{{code value}}", "a ``b`` c")).toBe("`a ``b`` c`");
    expect(render("{{tableCode value}}", "a|b")).toBe("`a\\|b`");
    expect(render("{{json value}}", 'say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(render("{{tsString value}}", "a\u2028b'\"")).toBe('"a\\u2028b\'\\""');
    expect(render("// {{lineComment value}}", "a\r\nb\u2029c")).toBe("// a b c");
    expect(render("<!-- {{htmlComment value}} -->", "x --> y")).toBe("<!-- x - -> y -->");
  });
});
