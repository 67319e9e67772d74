/** Recorded in every generated package; a new version regenerates everything. */
export const GENERATOR_VERSION = "0.1.0";
