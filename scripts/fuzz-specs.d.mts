export interface FuzzCaseResult {
  index: number;
  code?: number;
  failure?: string;
  spec?: string;
  file?: string;
  mutations?: string[];
  stderr?: string;
}

export interface FuzzSummary {
  cases: number;
  generated: number;
  diagnosed: number;
  failures: Array<FuzzCaseResult & { seed: number }>;
  milliseconds: number;
}

export function fuzz(options?: {
  seed?: number;
  start?: number;
  cases?: number;
  timeoutMs?: number;
  heapMb?: number;
  onResult?: (result: FuzzCaseResult) => void;
}): Promise<FuzzSummary>;
