// Workspace defaults without zod, so the workspace's first load in the browser stays lean; the
// contracts (lib/contracts/workspace.ts) re-export them.

export const WORKSPACE_METHODS = ["wsm", "topsis", "promethee2"] as const;
/** Russia and the six Southeast Asian markets of the thesis. */
export const DEFAULT_MARKETS = ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"] as const;
export const DEFAULT_MONTE_CARLO_SETTINGS = { samples: 2000, seed: 42, concentration: 50 } as const;
/** PROMETHEE preference functions (Brans & Vincke 1985), in the engine's order (lib/scoring/preferences.ts). */
export const PREFERENCE_TYPES = ["usual", "ushape", "vshape", "level", "linear", "gaussian"] as const;
/** Linear (type V) for continuous indicators, as Mareschal advises for quantitative criteria. */
export const DEFAULT_PREFERENCE = "linear" as const;
/** A criterion known for fewer than half the selected markets is left out (decision record 013). */
export const DEFAULT_COVERAGE_THRESHOLD = 0.5;
