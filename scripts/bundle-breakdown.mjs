// Where a bundle's compressed bytes go, module by module. Each module's share is what leaving its
// code out of the minified bundle saves after gzip -9 (leave-one-out): shares add up to less than
// the whole, because gzip also finds repeats across modules. Used by bench-bundle.mjs.
import { gzipSync } from "node:zlib";

const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * `build(extra)` bundles with esbuild's options plus `extra`. Returns the whole bundle's gzip size and
 * one row per module, largest share first: `{ module, min, gz }` (minified and leave-one-out bytes).
 */
export async function bundleBreakdown(esbuild, build) {
  const whole = await build({ minify: true, metafile: true });
  const minified = Object.values(whole.metafile.outputs)[0].inputs;
  // Without whitespace minification, esbuild heads each module's code with a `// <path>` comment.
  const sections = (
    await build({ minifyIdentifiers: true, minifySyntax: true })
  ).outputFiles[0].text
    .split(/^(?=\/\/ \S+\n)/m)
    .filter((section) => section.startsWith("// "));
  const joined = sections.join("");
  const minify = async (text) =>
    (await esbuild.transform(text, { minify: true, format: "esm", target: "es2022" })).code;
  const total = gz(await minify(joined));
  const rows = [];
  for (const [i, section] of sections.entries()) {
    const module = section.slice(3, section.indexOf("\n"));
    const rest = sections.filter((_, j) => j !== i).join("");
    const input = Object.entries(minified).find(([file]) => file.endsWith(module));
    rows.push({
      module: module.replace(/^.*(?:packages|node_modules)\//, ""),
      min: input ? input[1].bytesInOutput : 0,
      gz: total - gz(await minify(rest)),
    });
  }
  return { total: gz(whole.outputFiles[0].contents), rows: rows.sort((a, b) => b.gz - a.gz) };
}
