import { WorkspaceStateSchema, type WorkspaceState } from "@/lib/contracts/workspace";

import { PREFERENCE_TYPES, WORKSPACE_METHODS } from "./defaults";
import { methodNames } from "./score-scale";
import {
  MARKET_RATING_KEYS,
  MARKET_RATING_NAMES,
  RATING_MAX,
  RATING_MIN,
  currentRatingKey,
  isMarketRatingKey,
} from "./market-ratings";
import { defaultWorkspaceState } from "./url-encode";
import { noticeList, type LinkNotice, type LinkNoticeKey } from "./link-notices";
import { presetOf, WEIGHT_PRESET_KEYS } from "./weight-presets";

export { defaultWorkspaceState, encodeWorkspaceState } from "./url-encode";

// The workspace state in the URL, so a copied link reproduces the view exactly. Compact and
// readable: ?m=RUS,IDN&method=topsis&missing=worst&norm=vector&g=attractiveness:40&w=lpi_score:0.5
// &a=RUS.competitiveIntensity:4,RUS.foreignOwnershipRestriction:2&cov=0.5&pref=linear&weights=thesis&home=USA. Weights not in the URL are the
// named weight preset's (or the defaults when none is named). Pure: runs in browser and server.

export type DecodedWorkspaceState = {
  state: WorkspaceState;
  /** What the link got wrong, in English sentences. */
  problems: string[];
  /** The same as keys and values, for the pages to say in the reader's language. */
  notices: LinkNotice[];
};

type Say = (key: LinkNoticeKey, values: Record<string, string | number>, english: string) => void;

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
  const { problems, notices, say } = noticeList();
  const candidate: Record<string, unknown> = {
    markets: parseMarkets(get("m"), say) ?? defaults.markets,
    method: get("method") ?? defaults.method,
    missing: get("missing") ?? defaults.missing,
    ...(get("norm") ? { normalization: get("norm") } : {}),
    groupWeights: parsePairs(get("g"), "g", say),
    indicatorWeights: parsePairs(get("w"), "w", say),
    assessments: parseAssessments(get("a"), say),
    ...(get("cov") !== undefined ? { coverageThreshold: Number(get("cov")) } : {}),
    ...(get("pref") ? { preference: get("pref") } : {}),
    ...(get("weights") !== undefined ? { weightPreset: get("weights") } : {}),
    ...(get("home") ? { home: get("home")!.trim().toUpperCase() } : {}),
  };
  const result = WorkspaceStateSchema.safeParse(candidate);
  if (result.success) return { state: result.data, problems, notices };
  // Keep every field that is valid on its own; replace the others by their defaults.
  const state = { ...defaults } as Record<string, unknown>;
  const bad = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    if (!bad.has(field)) bad.set(field, issue.message);
  }
  for (const [field, value] of Object.entries(candidate)) if (!bad.has(field)) state[field] = value;
  for (const [field, message] of bad) plainProblem(field, get(paramName(field)), message, say);
  return { state: WorkspaceStateSchema.parse(state), problems, notices };
}

/**
 * Market codes from `m=`: a code that is not three letters is left out and said so, the others
 * kept (whether each is in the data set is the server's to say, it has the data). Undefined when
 * the parameter is absent or nothing in it is usable.
 */
function parseMarkets(text: string | undefined, say: Say): string[] | undefined {
  if (text === undefined) return undefined;
  const codes: string[] = [];
  for (const raw of text.split(",")) {
    const code = raw.trim().toUpperCase();
    if (!code) continue;
    if (/^[A-Z]{3}$/.test(code)) codes.push(code);
    else
      say(
        "marketCode",
        { raw: raw.trim() },
        `"${raw.trim()}" (in m=) is not a three-letter market code; it was left out.`,
      );
  }
  if (codes.length === 0) {
    say("noMarkets", {}, "No market in the link could be used; the default markets are shown instead.");
    return undefined;
  }
  return codes;
}

/**
 * A sentence a reader understands for a field the link got wrong, never the validator's own text
 * (issue 11 §9, "bad links"): what was asked, what is allowed, what is shown instead.
 */
function plainProblem(field: string, input: string | undefined, message: string, say: Say): void {
  const values = { input: input ?? "", param: paramName(field) };
  const asked = `"${input ?? ""}" (${paramName(field)}=)`;
  switch (field) {
    case "markets":
      return say("tooManyMarkets", {}, "The link names more than 300 markets; the default markets are shown instead.");
    case "method":
      return say(
        "method",
        values,
        `${asked} is not a ranking method (known: ${WORKSPACE_METHODS.map((m) => `${m}, ${methodNames[m]}`).join("; ")}); the ${methodNames.wsm.toLowerCase()} is used instead.`,
      );
    case "missing":
      return say(
        "missing",
        values,
        `${asked} is not a way to treat missing values (known: renormalize, worst); renormalize is used instead.`,
      );
    case "normalization":
      return say(
        "normalization",
        values,
        `${asked} is not a normalization (known: minmax, vector); the method's own default is used instead.`,
      );
    case "preference":
      return say(
        "preference",
        { ...values, known: PREFERENCE_TYPES.join(", ") },
        `${asked} is not a PROMETHEE preference function (known: ${PREFERENCE_TYPES.join(", ")}); linear is used instead.`,
      );
    case "coverageThreshold":
      return say(
        "coverage",
        values,
        `${asked} is not a coverage threshold: it must be a number from 0 to 1 (e.g. 0.5); the default, 0.5, is used instead.`,
      );
    case "groupWeights":
    case "indicatorWeights":
      return say(
        "weights",
        values,
        `${asked} holds a weight that is not a number from 0 to 1000; the preset's weights are used instead.`,
      );
    case "assessments":
      return say(
        "assessments",
        values,
        `${asked} holds a rating outside 1 to 5; your ratings from the link are not used.`,
      );
    case "home":
      return say(
        "home",
        values,
        `${asked} is not a three-letter market code for the home market; China is used instead.`,
      );
    case "weightPreset":
      // Its schema already says it in words (lib/contracts/workspace.ts).
      return say(
        "weightPreset",
        { ...values, known: WEIGHT_PRESET_KEYS.join(", "), preset: presetOf(undefined).key },
        `${message.replace(/^"([^"]*)"/, '"$1" (weights=)')}.`,
      );
    default:
      return say("unreadable", values, `${asked} could not be read; its default is used instead.`);
  }
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

function parsePairs(text: string | undefined, param: string, say: Say): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of text?.split(",").filter(Boolean) ?? []) {
    const [k, v] = pair.split(":");
    const value = Number(v);
    if (!k || v === undefined || v === "" || !Number.isFinite(value))
      say("pair", { pair, param }, `"${pair}" (in ${param}=) is not a weight written key:number; it was left out.`);
    else out[k] = value;
  }
  return out;
}

/**
 * `a=RUS.competitiveIntensity:4,…`: the market ratings. Each bad entry is left out alone, with a
 * problem naming the market, the rating and the allowed range; the others are kept.
 */
function parseAssessments(text: string | undefined, say: Say): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const pair of text?.split(",").filter(Boolean) ?? []) {
    const match = /^([A-Za-z]{3})\.([a-zA-Z][a-zA-Z0-9_]*):(.*)$/.exec(pair);
    if (!match) {
      say(
        "ratingFormat",
        { pair },
        `"${pair}" (in a=) is not a rating written MARKET.rating:value (for example RUS.competitiveIntensity:4); it was left out.`,
      );
      continue;
    }
    const iso3 = match[1]!.toUpperCase();
    const key = currentRatingKey(match[2]!);
    if (!isMarketRatingKey(key)) {
      say(
        "ratingKey",
        { pair, key: match[2]!, known: MARKET_RATING_KEYS.join(", ") },
        `"${pair}" (in a=): "${match[2]}" is not a market rating (known: ${MARKET_RATING_KEYS.join(", ")}); it was left out.`,
      );
      continue;
    }
    const value = /^-?\d+(\.\d+)?$/.test(match[3]!) ? Number(match[3]) : Number.NaN;
    if (!(value >= RATING_MIN && value <= RATING_MAX)) {
      say(
        "ratingValue",
        { pair, iso3, rating: key, value: match[3]!, min: RATING_MIN, max: RATING_MAX },
        `"${pair}" (in a=): ${iso3} ${MARKET_RATING_NAMES[key]} "${match[3]}" is not a rating from ${RATING_MIN} to ${RATING_MAX}; it was left unrated.`,
      );
      continue;
    }
    (out[iso3] ??= {})[key] = value;
  }
  return out;
}
