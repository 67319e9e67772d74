import * as prettier from "prettier";
import fs from "node:fs";
const [file, idx, wrap] = process.argv.slice(2);
const units = fs.readFileSync(file, "utf8").split("\npaygenBreak;\n");
for (const i of idx.split(",")) {
  const u = units[+i];
  const text = wrap ? `class W {\n${u}\n}\n` : u + "\n";
  console.log("=== RAW", i); console.log(u.split("\n").filter(l=>!/^ ?\*|^\/\*\*/.test(l)).join("\n"));
  console.log("=== OUT"); console.log((await prettier.format(text, { parser: "babel-ts", printWidth: 100, trailingComma: "all" })).split("\n").filter(l=>!/^ *(\*|\/\*\*)/.test(l)).join("\n"));
}
