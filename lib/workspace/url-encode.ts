import type { WorkspaceState } from "@/lib/contracts/workspace";

import { DEFAULT_MARKETS } from "./defaults";
import { ratingsParam } from "./market-ratings";

// The zod-free half of the URL codec (lib/workspace/url-state.ts holds the decoder): the workspace
// encodes on every slider move in the browser and should not ship zod for it.

export function defaultWorkspaceState(): WorkspaceState {
  return {
    markets: [...DEFAULT_MARKETS],
    method: "wsm",
    missing: "renormalize",
    groupWeights: {},
    indicatorWeights: {},
    assessments: {},
  };
}

export function encodeWorkspaceState(state: WorkspaceState): string {
  const params = new URLSearchParams();
  params.set("m", state.markets.join(","));
  params.set("method", state.method);
  params.set("missing", state.missing);
  if (state.normalization) params.set("norm", state.normalization);
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}:${roundForUrl(v)}`)
      .join(",");
  if (Object.keys(state.groupWeights).length > 0) params.set("g", pairs(state.groupWeights));
  if (Object.keys(state.indicatorWeights).length > 0) params.set("w", pairs(state.indicatorWeights));
  const ratings = ratingsParam(state.assessments);
  if (ratings !== "") params.set("a", ratings);
  if (state.coverageThreshold !== undefined) params.set("cov", roundForUrl(state.coverageThreshold));
  if (state.preference !== undefined) params.set("pref", state.preference);
  if (state.weightPreset !== undefined) params.set("weights", state.weightPreset);
  if (state.home !== undefined) params.set("home", state.home);
  return params.toString();
}

/** Weights keep 6 significant digits: enough to reproduce every displayed number exactly. */
function roundForUrl(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** `path?state[&extra]`: the same workspace state on another page, or a view of it. */
export function workspaceHref(
  path: string,
  state: WorkspaceState,
  extra: Record<string, string | null | undefined> = {},
): string {
  const params = new URLSearchParams(encodeWorkspaceState(state));
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return `${path}?${params.toString()}`;
}

/** The saved scenario a workspace link was opened from: its id and the version the user saw. */
export type OpenedScenario = { id: string; version: number };

/** The URL params naming the scenario a workspace was opened from (view-params.ts reads them). */
export function openedScenarioParams(opened: OpenedScenario | null): Record<string, string | null> {
  return opened ? { scenario: opened.id, sv: String(opened.version) } : { scenario: null, sv: null };
}
