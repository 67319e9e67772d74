/**
 * Why `name` cannot be an npm package name, or undefined when it can. The rules of
 * validate-npm-package-name for new packages: at most 214 characters, lower case, URL-safe, not
 * starting with `.` or `_`, optionally scoped as `@scope/name`.
 */
export function packageNameProblem(name: string): string | undefined {
  if (name.length === 0) return "is empty";
  if (name.length > 214) return "is longer than 214 characters";
  if (name !== name.trim()) return "has leading or trailing spaces";
  if (name !== name.toLowerCase()) return "has upper-case letters";
  if (!/^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/.test(name)) {
    return "may only hold a-z, 0-9, '-', '.', '_', '~' (optionally '@scope/' first) and must not start with '.' or '_'";
  }
  const bare = name.slice(name.indexOf("/") + 1);
  if (bare === "node_modules" || bare === "favicon.ico") return `uses the reserved name ${bare}`;
  return undefined;
}
