import * as prettier from "prettier";
const cases = [
 `export type A = operations["x"]["responses"][200]["content"]["application/json"] | undefined;`,
 `export type AbcdefghijklmnopqrstuvwxyzAbcdefghijklmnopq = operations["abcdefghijklm"]["responses"][200] | undefined;`,
 `export type AbcdefghijklmnopqrstuvwxyzAbcdefghijklmnopqrstu = operations["abcdefghijklmnopqrstuvwxyzab"]["responses"][200]["content"]["application/json"] | undefined;`,
 `export type AbcdefghijklmnopqrstuvwxyzAbcdefghijklmnopqrstuvwxyzAbcdefghijklmnopqrstuvwxyzAbcdefghijk = X | undefined;`,
 `export function f(core: C, a: operations["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]["parameters"]["path"]["id"] | undefined, options?: RequestOptions): ApiPromise<R> {\nreturn core.call<R>(OP, { path: { id: a } }, options);\n}`,
 `export function f(core: C, a: X, options?: RequestOptions): ApiPromise<R> {\nreturn core.call<Rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr>(OPPPPPPPPPPPPPPPPPPPPP, { path: { ididididididid: a, b_bbbbbbbbbbbbbbbbbbbbbbbbbbb: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, c_cccc: ccccccc }, body }, options);\n}`,
 `export function f(core: C, a: X, options?: RequestOptions): ApiPromise<R> {\nreturn core.call<Rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr>(OPPPPPPPPPPPPPPPPPPPPP, { path: { ididididididid: a, b_bbbbbbbbbbbbbbbbbbbbbb: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb }, body }, options);\n}`,
 `export function f(core: C, a: X, options?: RequestOptions): ApiPromise<R> {\nreturn core.call<Rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr>(OPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP, {}, options);\n}`,
];
for (const c of cases) { console.log("----"); console.log((await prettier.format(c, { parser: "babel-ts", printWidth: 100, trailingComma: "all" })).trimEnd()); }
