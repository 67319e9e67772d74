/** Types of areas.mjs (plain JavaScript so stryker.config.mjs can import it on Node 20). */
export interface MutationArea {
  /** Globs of the files Stryker mutates. */
  mutate: string[];
  /** The tsconfig the TypeScript checker type-checks each mutant with. */
  tsconfig: string;
  /** Globs of the test files that should kill those mutants. */
  tests: string[];
}
export declare const AREAS: Record<string, MutationArea>;
export declare const DEFAULT_AREAS: string[];
export declare function selectedAreaNames(names?: string): string[];
export declare function selectedAreas(names?: string): MutationArea[];
export declare function selectedTsconfig(names?: string): string;
