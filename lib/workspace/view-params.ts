/**
 * Links between the workspace's pages, and the view settings that sit next to the workspace state
 * in the URL (the state itself is url-state.ts's): which market the "why" panel explains, and the
 * Monte Carlo settings of the robustness page. Pure.
 */
import {
  DEFAULT_MONTE_CARLO_SETTINGS,
  MonteCarloSettingsSchema,
  type MonteCarloSettings,
} from "@/lib/contracts/workspace";

export { openedScenarioParams, workspaceHref, type OpenedScenario } from "./url-encode";
import type { OpenedScenario } from "./url-encode";
import { noticeList, type LinkNotice } from "./link-notices";

export type SearchRecord = Record<string, string | string[] | undefined>;

/** A query parameter's first value (a repeated parameter counts once). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function first(search: SearchRecord | URLSearchParams, name: string): string | undefined {
  if (search instanceof URLSearchParams) return search.get(name) ?? undefined;
  return firstParam(search[name]);
}

/** The market the "why" panel explains (`why=RUS`), if any. */
export function readWhyMarket(search: SearchRecord | URLSearchParams): string | null {
  const value = first(search, "why")?.toUpperCase();
  return value && /^[A-Z]{3}$/.test(value) ? value : null;
}

// What each setting accepts, in words (MonteCarloSettingsSchema): a link's reader never sees the validator's text.
const ALLOWED = {
  samples: "a whole number of samples from 100 to 100,000",
  seed: "a whole-number seed from 0 to 4,294,967,295",
  concentration: "a concentration above 0 and at most 10,000",
} as const;

/** Monte Carlo settings from `samples`, `seed`, `concentration`; the unreadable ones fall back. */
export function readMonteCarloSettings(search: SearchRecord | URLSearchParams): {
  settings: MonteCarloSettings;
  problems: string[];
  notices: LinkNotice[];
} {
  const settings = { ...DEFAULT_MONTE_CARLO_SETTINGS };
  const { problems, notices, say } = noticeList();
  for (const key of ["samples", "seed", "concentration"] as const) {
    const text = first(search, key);
    if (text === undefined) continue;
    const candidate = { ...settings, [key]: Number(text) };
    const parsed = MonteCarloSettingsSchema.safeParse(candidate);
    if (parsed.success) settings[key] = parsed.data[key];
    else
      say(
        "monteCarlo",
        { input: text, param: key, fallback: settings[key] },
        `"${text}" (${key}=) is not ${ALLOWED[key]}; ${settings[key]} is used instead.`,
      );
  }
  return { settings, problems, notices };
}

export function monteCarloParams(settings: MonteCarloSettings): Record<string, string> {
  return {
    samples: String(settings.samples),
    seed: String(settings.seed),
    concentration: String(settings.concentration),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `scenario=<id>&sv=<version>`: set by "Open in workspace", so "Save" can offer a new version of
 * that scenario, based on that version (the server refuses it if another save came first,
 * docs/decisions/009-scenario-history.md). A link without them, or with unreadable ones, was not
 * opened from a scenario: saving it can only make a new one (issue 11 §8).
 */
export function readOpenedScenario(search: SearchRecord | URLSearchParams): OpenedScenario | null {
  const id = first(search, "scenario");
  const version = Number(first(search, "sv"));
  return id && UUID.test(id) && Number.isInteger(version) && version >= 1 ? { id: id.toLowerCase(), version } : null;
}
