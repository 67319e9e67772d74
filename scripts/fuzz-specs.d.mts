export interface FuzzCaseResult {
  index: number;
  /** Set unless the case failed. */
  outcome?: "valid" | "refused";
  /** Whether the case also ran `paygen generate` end to end. */
  endToEnd?: boolean;
  failure?: string;
  spec?: string;
  file?: string;
  mutations?: string[];
  stderr?: string;
}

export interface FuzzSummary {
  cases: number;
  valid: number;
  refused: number;
  endToEnd: number;
  failures: Array<FuzzCaseResult & { seed: number }>;
  milliseconds: number;
}

export function fuzz(options?: {
  seed?: number;
  start?: number;
  cases?: number;
  /** 1 in this many cases runs the whole command (emit, format, write); 1: all, 0: none. */
  endToEndEvery?: number;
  timeoutMs?: number;
  heapMb?: number;
  /** Worker threads running cases side by side; results still arrive in case order. */
  jobs?: number;
  onResult?: (result: FuzzCaseResult) => void;
}): Promise<FuzzSummary>;
