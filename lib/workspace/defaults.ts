// Workspace defaults without zod, so the workspace's first load in the browser stays lean; the
// contracts (lib/contracts/workspace.ts) re-export them.

export const WORKSPACE_METHODS = ["wsm", "topsis", "promethee2"] as const;
/** Russia and the six Southeast Asian markets of the thesis. */
export const DEFAULT_MARKETS = ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"] as const;
export const DEFAULT_MONTE_CARLO_SETTINGS = { samples: 2000, seed: 42, concentration: 50 } as const;
