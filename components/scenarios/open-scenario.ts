import type { MonteCarloSettings } from "@/lib/contracts/workspace";
import type { ScenarioInputs } from "@/lib/contracts/scenarios";

// Which saved scenario the workspace in this tab was opened from (sessionStorage), so "Save"
// can save a new version of it with the version it was based on, and a stale base is caught.

const KEY = "outbound.openScenario.v1";

export type OpenScenario = {
  id: string;
  version: number;
  name: string;
  notes: string;
  /** Parts of the inputs the workspace does not edit, kept when saving a new version. */
  monteCarlo: MonteCarloSettings;
  entryMode: ScenarioInputs["entryMode"] | null;
  hadFirmProfile: boolean;
};

export function readOpenScenario(): OpenScenario | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<OpenScenario>;
    return typeof value.id === "string" && typeof value.version === "number" && typeof value.name === "string"
      ? (value as OpenScenario)
      : null;
  } catch {
    return null;
  }
}

export function rememberOpenScenario(scenario: OpenScenario | null): void {
  try {
    if (scenario) window.sessionStorage.setItem(KEY, JSON.stringify(scenario));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Without storage the next save is simply a new scenario; nothing is lost.
  }
}
