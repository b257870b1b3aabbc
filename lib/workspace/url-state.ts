import { WorkspaceStateSchema, type WorkspaceState } from "@/lib/contracts/workspace";

import {
  MARKET_RATING_KEYS,
  MARKET_RATING_NAMES,
  RATING_MAX,
  RATING_MIN,
  currentRatingKey,
  isMarketRatingKey,
} from "./market-ratings";
import { defaultWorkspaceState } from "./url-encode";

export { defaultWorkspaceState, encodeWorkspaceState } from "./url-encode";

// The workspace state in the URL, so a copied link reproduces the view exactly. Compact and
// readable: ?m=RUS,IDN&method=topsis&missing=worst&norm=vector&g=attractiveness:40&w=lpi_score:0.5
// &a=RUS.competitiveIntensity:4,RUS.foreignOwnershipRestriction:2&cov=0.5&pref=linear&weights=thesis&home=USA. Weights not in the URL are the
// named weight preset's (or the defaults when none is named). Pure: runs in browser and server.

export type DecodedWorkspaceState = { state: WorkspaceState; problems: string[] };

/**
 * Reads the state from URL search params. Anything unreadable is replaced by its default and
 * reported in `problems`, so the page can say which part of a link was ignored.
 */
export function decodeWorkspaceState(
  search: URLSearchParams | Record<string, string | string[] | undefined>,
): DecodedWorkspaceState {
  const get = (name: string): string | undefined => {
    if (search instanceof URLSearchParams) return search.get(name) ?? undefined;
    const value = search[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const defaults = defaultWorkspaceState();
  const problems: string[] = [];
  const candidate: Record<string, unknown> = {
    markets:
      get("m")
        ?.split(",")
        .filter(Boolean)
        .map((c) => c.toUpperCase()) ?? defaults.markets,
    method: get("method") ?? defaults.method,
    missing: get("missing") ?? defaults.missing,
    ...(get("norm") ? { normalization: get("norm") } : {}),
    groupWeights: parsePairs(get("g"), "g", problems),
    indicatorWeights: parsePairs(get("w"), "w", problems),
    assessments: parseAssessments(get("a"), problems),
    ...(get("cov") !== undefined ? { coverageThreshold: Number(get("cov")) } : {}),
    ...(get("pref") ? { preference: get("pref") } : {}),
    ...(get("weights") !== undefined ? { weightPreset: get("weights") } : {}),
    ...(get("home") ? { home: get("home")!.trim().toUpperCase() } : {}),
  };
  const result = WorkspaceStateSchema.safeParse(candidate);
  if (result.success) return { state: result.data, problems };
  // Keep every field that is valid on its own; replace the others by their defaults.
  const state = { ...defaults } as Record<string, unknown>;
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  for (const [field, value] of Object.entries(candidate)) if (!bad.has(field)) state[field] = value;
  for (const issue of result.error.issues) problems.push(`${paramName(String(issue.path[0]))}: ${issue.message}`);
  return { state: WorkspaceStateSchema.parse(state), problems };
}

function paramName(field: string): string {
  return (
    {
      markets: "m",
      groupWeights: "g",
      indicatorWeights: "w",
      normalization: "norm",
      assessments: "a",
      coverageThreshold: "cov",
      preference: "pref",
      weightPreset: "weights",
    }[field] ?? field
  );
}

function parsePairs(text: string | undefined, param: string, problems: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of text?.split(",").filter(Boolean) ?? []) {
    const [k, v] = pair.split(":");
    const value = Number(v);
    if (!k || v === undefined || v === "" || !Number.isFinite(value))
      problems.push(`${param}: "${pair}" is not key:number`);
    else out[k] = value;
  }
  return out;
}

/**
 * `a=RUS.competitiveIntensity:4,…`: the market ratings. Each bad entry is left out alone, with a
 * problem naming the market, the rating and the allowed range; the others are kept.
 */
function parseAssessments(text: string | undefined, problems: string[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const pair of text?.split(",").filter(Boolean) ?? []) {
    const match = /^([A-Za-z]{3})\.([a-zA-Z][a-zA-Z0-9_]*):(.*)$/.exec(pair);
    if (!match) {
      problems.push(`a: "${pair}" is not MARKET.rating:value (for example RUS.competitiveIntensity:4)`);
      continue;
    }
    const iso3 = match[1]!.toUpperCase();
    const key = currentRatingKey(match[2]!);
    if (!isMarketRatingKey(key)) {
      problems.push(
        `a: ${iso3}: "${match[2]}" is not a market rating (known: ${MARKET_RATING_KEYS.join(", ")}); left out`,
      );
      continue;
    }
    const value = /^-?\d+(\.\d+)?$/.test(match[3]!) ? Number(match[3]) : Number.NaN;
    if (!(value >= RATING_MIN && value <= RATING_MAX)) {
      problems.push(
        `a: ${iso3} ${MARKET_RATING_NAMES[key]} "${match[3]}" is not a rating from ${RATING_MIN} to ${RATING_MAX}; left unrated`,
      );
      continue;
    }
    (out[iso3] ??= {})[key] = value;
  }
  return out;
}
