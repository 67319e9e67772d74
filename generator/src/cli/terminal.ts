import type { Severity } from "../diagnostics/index.js";
import type { PipelineStage } from "../pipeline.js";
import type { Output } from "./report.js";

/**
 * C0 controls, DEL and C1 controls — what a terminal may act on (ESC sequences, CSI, bell, `\r`) —
 * and the bidirectional formatting characters that make text display in another order than it is
 * read ("Trojan Source": U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
 */
const BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069";
const CONTROLS = new RegExp(`[\u0000-\u001f\u007f-\u009f${BIDI}]`, "g");
const CONTROLS_BUT_NEWLINE = new RegExp(`[\u0000-\u0009\u000b-\u001f\u007f-\u009f${BIDI}]`, "g");

const escapeOne = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** One line of output (a diagnostic message, a path): every control character written as `\xNN`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** A multi-line report: line breaks kept, every other control character written as `\xNN`. */
export function escapeControlsKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escapeOne);
}

/**
 * JSON text with DEL, C1 controls and bidi formatting characters written as `\uNNNN`: JSON.stringify
 * escapes only C0, and a raw U+009B is a CSI to some terminals. Still the same JSON (they can only
 * occur inside strings).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    new RegExp(`[\u007f-\u009f${BIDI}]`, "g"),
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Colours only on a terminal, never with NO_COLOR set to anything non-empty, never with --no-color. */
export function usesColour(output: Output): boolean {
  return output.isTTY === true && !output.noColor && !output.env?.["NO_COLOR"];
}

const SEVERITY_COLOUR: Record<Severity, string> = { error: "\u001b[31m", warning: "\u001b[33m" };
const RESET = "\u001b[39m";

/** The first line of a formatted diagnostic in its severity's colour (red errors, yellow warnings). */
export function paintSeverity(output: Output, formatted: string, severity: Severity): string {
  if (!usesColour(output)) return formatted;
  const end = formatted.indexOf("\n");
  const head = end === -1 ? formatted : formatted.slice(0, end);
  return `${SEVERITY_COLOUR[severity]}${head}${RESET}${end === -1 ? "" : formatted.slice(end)}`;
}

export type ProgressStage = PipelineStage | "write";

export interface Progress {
  stage(provider: string, stage: ProgressStage): void;
  /** The provider is done: it leaves the live line, which is erased before other stderr output. */
  finish(provider: string): void;
  /** Erases the live line (before other stderr output, and at the end). */
  clear(): void;
}

const silent: Progress = { stage: () => {}, finish: () => {}, clear: () => {} };

/**
 * Stage-by-stage progress on stderr. On a terminal a single live line rewritten with `\r`; elsewhere
 * (CI, pipes) nothing unless `--progress`, then one plain line per stage. `--json` keeps it off unless
 * `--progress` is given too.
 */
export function createProgress(
  output: Output,
  options: { requested: boolean; json: boolean },
): Progress {
  if (options.json && !options.requested) return silent;
  if (output.isTTY && output.errPartial) return liveLine(output.errPartial.bind(output));
  if (!options.requested) return silent;
  return {
    stage: (provider, stage) => output.err(`paygen: ${escapeControls(provider)}: ${stage}`),
    finish: () => {},
    clear: () => {},
  };
}

function liveLine(write: (text: string) => void): Progress {
  const stages = new Map<string, ProgressStage>();
  const started = performance.now();
  let shown = false;
  return {
    stage(provider, stage) {
      stages.set(provider, stage);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const states = [...stages].map(([p, s]) => `${escapeControls(p)} ${s}`).join(" · ");
      write(`\r\u001b[2Kpaygen: ${states}  ${seconds} s`);
      shown = true;
    },
    finish(provider) {
      stages.delete(provider);
      this.clear();
    },
    clear() {
      if (shown) write("\r\u001b[2K");
      shown = false;
    },
  };
}
