import type { DiffReport } from "../report.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatText } from "./text.js";

export const FORMATS = {
  text: formatText,
  markdown: formatMarkdown,
  json: formatJson,
  github: formatGithub,
} as const satisfies Record<string, (report: DiffReport, cwd: string) => string>;

export type FormatName = keyof typeof FORMATS;
