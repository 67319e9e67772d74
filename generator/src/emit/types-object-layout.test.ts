import { describe, expect, it, vi } from "vitest";
import { formatSource } from "./format.js";
import { formatSchemaText } from "./types-format.js";

// Records what goes through prettier: a shape laid out here must never reach it.
vi.mock("./format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

/** An object type's body as the printer writes it, `depth` levels deep: `{`, members, `}`. */
const body = (depth: number, ...members: string[]) =>
  members.map((member) => `${"    ".repeat(depth)}${member}`).join("\n");

/** A member of `components.schemas` as the printer writes it, split at its object types. */
function member(key: string, ...parts: string[]): string {
  return `        ${key}${parts.join("")}`;
}

const a = body(3, "a: string;");
const b = body(3, "/** @description B. */", 'b?: components["schemas"]["b"];');
const nested = body(
  3,
  "inner?: ({",
  body(1, "x: number;"),
  "} | {",
  body(1, "y: number;"),
  "})[];",
);
const ref = (name: string) => `components["schemas"]["${name}"]`;

/** Shapes prettier lays out as objectTypeLayout does, each with the lines expected of it. */
const LAID_OUT: Array<[string, string, string]> = [
  [
    "simple & object",
    member("CardList: ", ref("ListBase"), " & {\n", a, "\n        };"),
    "CardList: components",
  ],
  [
    "object & simple",
    member("Rev: {\n", a, "\n        } & ", ref("ListBase"), ";"),
    "} & components",
  ],
  [
    "array of objects",
    member("rules?: ({\n", a, "\n        } | {\n", b, "\n        })[];"),
    "rules?: (\n      | {\n",
  ],
  [
    "simple then object",
    member("banks?: (string | {\n", a, "\n        })[];"),
    "      | string\n      | {",
  ],
  [
    "object then simple",
    member("banks2?: ({\n", a, "\n        } | string)[];"),
    "        }\n      | string\n    )[];",
  ],
  [
    "hugged group",
    member("reviewers: (({\n", a, "\n        } | null) | {\n", b, "\n        })[];"),
    "      | ({\n",
  ],
  [
    "nullable intersection",
    member("both: ({\n", a, "\n        } & {\n", b, "\n        }) | null;"),
    "        } & {\n",
  ],
  [
    "nested union",
    member("c: ({\n", a, "\n        } | unknown | unknown) | null;"),
    "      | (\n          | {",
  ],
  [
    "array, null inside",
    member("e?: (string | {\n", a, "\n        } | null)[];"),
    "      | null\n    )[];",
  ],
  [
    "array, null and undefined",
    member("f?: ({\n", a, "\n        } | null | undefined)[];"),
    "      | undefined\n",
  ],
  [
    "expandable",
    member("g: string | ({\n", a, "\n        } & {\n", b, "\n        }) | null;"),
    "      | ({\n",
  ],
  [
    "union of arrays",
    member("h: ({\n", a, "\n        } | {\n", b, "\n        })[] | null;"),
    "    h:\n",
  ],
  [
    "object array in union",
    member("i: {\n", a, "\n        }[] | ", ref("x"), ";"),
    "        }[]\n",
  ],
  ["recursion into bodies", member("j?: ({\n", nested, "\n        } | string)[];"), "inner?: (\n"],
  [
    "a first line past the width",
    member(`long: ${ref("x".repeat(80))} & {\n`, a, "\n        };"),
    "long: components",
  ],
  [
    "a key past the width, union",
    member(`"/${"path/".repeat(20)}": {\n`, a, '\n        } | "";'),
    '/":\n      | {',
  ],
  [
    "object & union",
    member("sub: {\n", a, "\n        } & ({\n", b, "\n        } | {\n", a, "\n        });"),
    "    } & (\n      | {\n",
  ],
  [
    "union & object",
    member("sub2: ({\n", a, "\n        } | string) & {\n", b, "\n        };"),
    "    ) & {\n",
  ],
  [
    "object & flat union",
    member("fu: {\n", a, "\n        } & (unknown | unknown);"),
    "    } & (unknown | unknown);",
  ],
  [
    "simple & object & object",
    member("Card: ", ref("Base"), " & {\n", a, "\n        } & {\n", b, "\n        };"),
    "    } & {\n      /** @description B. */",
  ],
  [
    "object & object & simple",
    member("Tail: {\n", a, "\n        } & {\n", b, "\n        } & ", ref("Base"), ";"),
    '    } & components["schemas"]["Base"];',
  ],
  [
    "union of objects & object & object",
    member(
      "U: ({\n",
      a,
      "\n        } | {\n",
      b,
      "\n        }) & {\n",
      a,
      "\n        } & {\n",
      b,
      "\n        };",
    ),
    "U: (\n",
  ],
  [
    "flat group beside objects",
    member("k: (string | number) | {\n", a, "\n        };"),
    "      | (string | number)\n",
  ],
];

/** Shapes prettier lays out otherwise: left to it, and still its bytes. */
const DECLINED: Array<[string, string]> = [
  [
    "two simple types & object",
    member("B: ", ref("ListBase"), " & ", ref("Other"), " & {\n", a, "\n        };"),
  ],
  ["simple & group", member("d: S & ({\n", a, "\n        } & {\n", b, "\n        });")],
  ["object & hugged group", member("hg: {\n", a, "\n        } & ({\n", b, "\n        } | null);")],
  [
    "object & union & object",
    member("uo: {\n", a, "\n        } & (string | {\n", b, "\n        }) & {\n", a, "\n        };"),
  ],
  [
    "object & flat union past the width",
    member("fl: {\n", a, `\n        } & (${ref("x".repeat(40))} | ${ref("y".repeat(40))});`),
  ],
  [
    "a comment prettier rewrites",
    member(
      "/**\n         * trailing   \n         */\n        tc: (string | {\n",
      a,
      "\n        })[];",
    ),
  ],
  ["two bodies, one empty", member("eb: ({\n", a, "\n        } | {\n        })[];")],
  ["object & intersection", member("oi: {\n", a, "\n        } & (S & T);")],
  ["object & simple & object", member("os: {\n", a, "\n        } & S & {\n", b, "\n        };")],
  [
    "object & object & union",
    member("ou: {\n", a, "\n        } & {\n", b, "\n        } & (S | {\n", a, "\n        });"),
  ],
  ["flat group & object", member("fg: (string | number) & {\n", a, "\n        };")],
  ["object & array", member("oa: {\n", a, "\n        } & string[];")],
  ["simple & object array", member("H: S & {\n", a, "\n        }[];")],
  [
    "quoted key in a body",
    member("q: (string | {\n", body(3, '"plain": string;'), "\n        })[];"),
  ],
  ["empty body", member("e: (string | {\n        })[];")],
];

const wrap = (text: string) =>
  `export interface components {\n    schemas: {\n${text}\n    };\n}\n`;

describe("objectTypeLayout through formatSchemaText", () => {
  it.each(LAID_OUT)("%s: prettier's bytes, without prettier", async (_, text, expected) => {
    vi.mocked(formatSource).mockClear();
    const formatted = await formatSchemaText(wrap(text));
    expect(vi.mocked(formatSource)).not.toHaveBeenCalled();
    expect(formatted).toBe(await formatSource(wrap(text), "typescript"));
    expect(formatted).toContain(expected);
  });

  it.each(DECLINED)("%s: left to prettier", async (_, text) => {
    vi.mocked(formatSource).mockClear();
    const formatted = await formatSchemaText(wrap(text));
    expect(vi.mocked(formatSource)).toHaveBeenCalled();
    expect(formatted).toBe(await formatSource(wrap(text), "typescript"));
  });

  // An alternative's line is the one a long name makes too wide; both sides of the print width.
  it.each([99, 100, 101, 102])("an alternative %i columns wide", async (width) => {
    const name = "n".repeat(width - '      | components["schemas"][""]'.length);
    const text = member("w?: ({\n", a, `\n        } | ${ref(name)})[];`);
    const formatted = await formatSchemaText(wrap(text));
    expect(formatted).toBe(await formatSource(wrap(text), "typescript"));
  });
});
