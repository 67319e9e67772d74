import { describe, expect, it } from "vitest";
import { parseIni, PokepayConfigError } from "./ini.js";

function values(text: string, section?: string): Record<string, [string, number]> {
  const entries = parseIni(text, "config.ini", section);
  return Object.fromEntries([...entries].map(([key, entry]) => [key, [entry.value, entry.line]]));
}

function refusal(text: string): PokepayConfigError {
  try {
    parseIni(text, "config.ini");
  } catch (error) {
    if (error instanceof PokepayConfigError) return error;
    throw error;
  }
  throw new Error("expected a PokepayConfigError");
}

describe("parseIni", () => {
  it("reads KEY = value and KEY: value lines, upper-casing keys and numbering lines from 1", () => {
    expect(values("client_id = abc\n  Timeout:30  \n")).toEqual({
      CLIENT_ID: ["abc", 1],
      TIMEOUT: ["30", 2],
    });
  });

  it("splits on LF, CRLF and CR alike, and ignores a leading byte-order mark", () => {
    expect(values("\uFEFFA=1\r\nB=2\rC=3\nD=")).toEqual({
      A: ["1", 1],
      B: ["2", 2],
      C: ["3", 3],
      D: ["", 4],
    });
  });

  it("drops only a leading byte-order mark", () => {
    expect(values("A=x\uFEFFy")).toEqual({ A: ["x\uFEFFy", 1] });
  });

  it("skips blank lines and ; or # comments", () => {
    expect(values("; a comment\n\n   \n# another\nA=1")).toEqual({ A: ["1", 5] });
  });

  it("drops matching quotes only, around the whole value", () => {
    expect(values(`A="x y"\nB='z'\nC="mixed'\nD="\nE=a"b"\nF="a" b`)).toEqual({
      A: ["x y", 1],
      B: ["z", 2],
      C: [`"mixed'`, 3],
      D: ['"', 4],
      E: ['a"b"', 5],
      F: ['"a" b', 6],
    });
  });

  it("reads the asked section, [global] by default, whatever the header's case and spacing", () => {
    const text = "A=top\n[ Global ]\nB=global\n[sandbox]\nA=sandbox\nC=sandbox";
    expect(values(text)).toEqual({ A: ["top", 1], B: ["global", 3] });
    expect(values(text, "sandbox")).toEqual({ A: ["sandbox", 5], C: ["sandbox", 6] });
  });

  it("refuses a malformed section header or line with file:line and without the line's text", () => {
    for (const [text, message] of [
      ["A=1\n[global", "config.ini:2: expected a section header like [global]"],
      ["[]", "config.ini:1: expected a section header like [global]"],
      ["[global] junk", "config.ini:1: expected a section header like [global]"],
      ["[global] [other]", "config.ini:1: expected a section header like [global]"],
      ["A=1\nskey_secret_value", "config.ini:2: expected KEY = value"],
      ["[other]\n9X=1", "config.ini:2: expected KEY = value"],
    ] as const) {
      const error = refusal(text);
      expect(error.message).toBe(message);
      expect(error.file).toBe("config.ini");
    }
  });

  it("refuses a key set twice in the section, naming both lines", () => {
    const error = refusal("a=1\n[other]\nA=x\n[global]\nA=2");
    expect(error.message).toBe("config.ini:5: A is set twice (first on line 1)");
    expect(error.line).toBe(5);
  });
});

describe("PokepayConfigError", () => {
  it("prefixes the file, and the line when there is one", () => {
    expect(new PokepayConfigError("bad").message).toBe("bad");
    expect(new PokepayConfigError("bad", "a.ini").message).toBe("a.ini: bad");
    expect(new PokepayConfigError("bad", "a.ini", 3).message).toBe("a.ini:3: bad");
    expect(new PokepayConfigError("bad").name).toBe("PokepayConfigError");
  });
});
