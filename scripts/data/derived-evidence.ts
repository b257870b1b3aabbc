import type { ValueRow } from "./value-row";

/**
 * Indicator values the data build derives from the repository's own evidence files
 * (data/evidence/*.csv). Filled in by the evidence part of issue 9; until then it derives none.
 */
export function deriveEvidenceValues(_dataDir: string): ValueRow[] {
  return [];
}
