export function loadCorpus(root: string): unknown[];
