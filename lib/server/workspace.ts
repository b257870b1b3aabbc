import "server-only";

import type { ScoringData } from "@/lib/contracts/api";
import { DEFAULT_MARKETS, type WorkspaceState } from "@/lib/contracts/workspace";
import { getPrisma } from "@/lib/db/client";
import { readCriteriaTree } from "@/lib/db/markets";

import { formattersFor } from "@/lib/format";
import { dataText, marketName } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import type { LinkNotice } from "@/lib/workspace/link-notices";
import { WEIGHT_PRESETS } from "@/lib/workspace/weight-presets";
import { availableMarkets } from "@/lib/workspace/scoring-input";

import { cachedByData } from "./cache";
import { getTranslations } from "next-intl/server";

import { CONTIGUITY_DISTANCE_DIVISOR } from "@/lib/scoring/home";

import {
  CHINA_ONLY_INDICATORS,
  criteriaGroupFromHome,
  CULTURAL_DISTANCE,
  DISTANCE,
  homeContext,
  indicatorFromHome,
  PROXIMITY_GROUP,
  UnknownHomeError,
} from "./home";
import { decisionFramework, localizedIndicator } from "./framework";
import { marketFields, marketProfile, marketsWithLatestValues } from "./markets";

// The scoring data: the criteria tree and every market's counted values, which the workspace,
// /weights, /robustness, /compare and the reports score with (in the browser or on the server).

export async function scoringData(home: string = DEFAULT_HOME): Promise<ScoringData> {
  return cachedByData(`scoring-data:${home}`, () => readScoringData(home));
}

async function readScoringData(home: string): Promise<ScoringData> {
  const [groups, withValues, ctx] = await Promise.all([
    readCriteriaTree(await getPrisma()),
    marketsWithLatestValues(home),
    homeContext(home),
  ]);
  return {
    datasetVersion: withValues.datasetVersion,
    home: ctx.home,
    criteriaGroups: groups.map((g) => {
      const { key, name, description, measurement, defaultWeight } = criteriaGroupFromHome(g, ctx.home);
      return { key, name, description, measurement, defaultWeight };
    }),
    indicators: groups.flatMap((g) => g.indicators.map((i) => indicatorFromHome(i, ctx.home))),
    markets: withValues.markets.map(marketFields),
    values: Object.fromEntries(withValues.markets.map((m) => [m.iso3, m.values])),
  };
}

/**
 * The scoring data with the words a reader sees in their language: market names (CLDR), criteria
 * groups' and indicators' names and definitions (messages/data). Keys, units, sources and figures
 * are unchanged, so the same data scores the same in every locale.
 */
export async function localizedScoringData(data: ScoringData, locale: Locale): Promise<ScoringData> {
  if (locale === "en") return data;
  const t = await getTranslations({ locale, namespace: "workspace" });
  const home = data.home
    ? { ...data.home, name: marketName(locale, data.home.iso3, data.home.name) }
    : { iso3: DEFAULT_HOME, name: marketName(locale, DEFAULT_HOME, "China"), capital: null };
  // The home-relative criteria are named from the home (lib/server/home.ts): worded here with the
  // home's name in the reader's language.
  const fromHome = {
    [DISTANCE]: {
      name: t("fromHome.distanceName", { home: home.name }),
      definition: t("fromHome.distanceDefinition", {
        capital: home.capital ?? home.name,
        divisor: formattersFor(locale).formatNumber(CONTIGUITY_DISTANCE_DIVISOR, 2),
      }),
    },
    [CULTURAL_DISTANCE]: {
      name: t("fromHome.culturalName", { home: home.name }),
      unit: t("fromHome.culturalUnit", { home: home.name }),
      definition: t("fromHome.culturalDefinition", { home: home.name }),
    },
  } as Record<string, { name: string; definition: string; unit?: string }>;
  return {
    ...data,
    ...(data.home ? { home } : {}),
    criteriaGroups: data.criteriaGroups.map((g) =>
      g.key === PROXIMITY_GROUP
        ? {
            ...g,
            name: t("fromHome.proximityName", { home: home.name }),
            description: t("fromHome.proximityDescription", { home: home.name }),
          }
        : {
            ...g,
            name: dataText(locale, "criteria-groups", g.key, "name", g.name),
            description: dataText(locale, "criteria-groups", g.key, "description", g.description),
          },
    ),
    indicators: data.indicators.map((i) => {
      const own = fromHome[i.key];
      if (own) return { ...i, ...own };
      // The definition the data set has, before home.ts adds its "China only" note for another home.
      const { name, unit, definition } = localizedIndicator(locale, i);
      return {
        ...i,
        name,
        unit,
        definition:
          CHINA_ONLY_INDICATORS.includes(i.key) && home.iso3 !== DEFAULT_HOME && definition !== i.definition
            ? t("fromHome.chinaOnly", { definition, home: home.name })
            : definition,
      };
    }),
    markets: data.markets.map((m) => ({ ...m, name: marketName(locale, m.iso3, m.name) })),
  };
}

/** The weight presets' names and summaries in the reader's language, by preset key. */
export function weightPresetTexts(locale: Locale): Record<string, { name: string; summary: string }> {
  return Object.fromEntries(
    WEIGHT_PRESETS.map((p) => [
      p.key,
      {
        name: dataText(locale, "weight-presets", p.key, "name", p.name),
        summary: dataText(locale, "weight-presets", p.key, "summary", p.summary),
      },
    ]),
  );
}

/** What /markets/{iso3} shows: the profile, the framework's names and every market's values to compare with. */
export async function marketPageData(iso3: string, home: string = DEFAULT_HOME) {
  const [profile, framework, scoring] = await Promise.all([
    marketProfile(iso3, home),
    decisionFramework(),
    scoringData(home),
  ]);
  return { profile, framework, scoring };
}

/**
 * The workspace's data for the state a link gives, measured from its home market: an unknown home
 * falls back to China, and the home market is taken out of the ranked markets (it is not a
 * candidate), each with a sentence saying so.
 */
export async function workspaceForHome(
  state: WorkspaceState,
  problems: readonly string[],
  notices: readonly LinkNotice[] = [],
) {
  const said = [...problems];
  const noted = [...notices];
  const say = (key: LinkNotice["key"], values: LinkNotice["values"], english: string) => {
    said.push(english);
    noted.push({ key, values });
  };
  let home = state.home ?? DEFAULT_HOME;
  let data: ScoringData;
  try {
    data = await scoringData(home);
  } catch (error) {
    if (!(error instanceof UnknownHomeError)) throw error;
    say(
      "unknownHome",
      { home },
      `"${home}" (home=) is not a market in the data set; distances are measured from China.`,
    );
    home = DEFAULT_HOME;
    data = await scoringData(home);
  }
  // A code the data set does not know (or has no values for) leaves no chip behind: it is dropped
  // here and said in words (issue 11 §9, "bad links").
  const known = new Set(availableMarkets(data).map((m) => m.iso3));
  for (const code of state.markets.filter((m) => !known.has(m) && m !== home)) {
    const listed = data.markets.find((m) => m.iso3 === code);
    if (listed)
      say(
        "noValues",
        { code, name: listed.name },
        `${listed.name} (${code}) has no values in the data set; it was left out.`,
      );
    else say("notCode", { code }, `${code} is not a market code in the data set; it was left out.`);
  }
  let markets = state.markets.filter((m) => m !== home && known.has(m));
  if (markets.length < state.markets.length) {
    say(
      "homeLeftOut",
      { home: data.home?.iso3 ?? home, name: data.home?.name ?? home },
      `${data.home?.name ?? home} is the home market: it is not a candidate, so it is left out of the ranking.`,
    );
  }
  if (markets.length === 0) {
    if (state.markets.some((m) => m !== home))
      say("noMarkets", {}, "No market in the link could be used; the default markets are shown instead.");
    markets = DEFAULT_MARKETS.filter((m) => m !== home);
  }
  const { home: _asked, ...rest } = state; // eslint-disable-line @typescript-eslint/no-unused-vars
  return {
    data,
    state: { ...rest, markets, ...(home !== DEFAULT_HOME ? { home } : {}) } as WorkspaceState,
    problems: said,
    notices: noted,
  };
}
