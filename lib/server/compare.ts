import "server-only";

import { createTranslator } from "next-intl";

import { parseCaseReplays } from "@/lib/compare/case-replays";
import { assessedFactorGroups } from "@/lib/compare/factor-links";
import { parseMarketList } from "@/lib/compare/market-list";
import { russiaVersusSoutheastAsia } from "@/lib/compare/russia-vs-sea";
import { sideBySide } from "@/lib/compare/side-by-side";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { getPrisma } from "@/lib/db/client";
import { readCaseReplays } from "@/lib/db/fit";
import { readEvidence } from "@/lib/db/markets";
import { dataText, marketName } from "@/lib/i18n/data-text";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

import { sourcedIndicatorValues } from "./fit";
import { decisionFramework } from "./framework";
import { CULTURAL_DISTANCE, DISTANCE } from "./home";
import { listMarkets } from "./markets";
import { scoringData } from "./workspace";

/**
 * Indicator names in the reader's language. The two distance indicators are named from the home
 * (China here, the data's own home), which lib/server/home.ts writes in English.
 */
function indicatorNames(locale: Locale, homeIso3: string, homeEnglish: string) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "compare" });
  const words = { home: marketName(locale, homeIso3, homeEnglish) };
  const fromHome: Record<string, string> = {
    [DISTANCE]: t("fit.homeFactors.distanceIndicatorName", words),
    [CULTURAL_DISTANCE]: t("fit.homeFactors.culturalDistanceIndicatorName", words),
  };
  return (key: string, english: string) => fromHome[key] ?? dataText(locale, "indicators", key, "name", english);
}

/**
 * /compare: two to four markets (`m=`) side by side on every indicator, with every name in the
 * reader's language; what the query asked for and could not have is returned as issues.
 */
export async function sideBySidePageData(m: string | string[] | undefined, locale: Locale) {
  const data = await scoringData();
  const names = new Map(data.markets.map((x) => [x.iso3, marketName(locale, x.iso3, x.name)]));
  const { markets, issues, usedDefaults } = parseMarketList(m, {
    known: new Set(names.keys()),
    defaults: DEFAULT_MARKETS.slice(0, 4),
    min: 2,
    max: 4,
  });
  const indicatorName = indicatorNames(locale, data.home?.iso3 ?? DEFAULT_HOME, data.home?.name ?? DEFAULT_HOME);
  const sections = sideBySide({
    groups: data.criteriaGroups.map((g) => ({
      ...g,
      name: dataText(locale, "criteria-groups", g.key, "name", g.name),
    })),
    indicators: data.indicators.map((i) => ({
      ...i,
      name: indicatorName(i.key, i.name),
      unit: dataText(locale, "indicators", i.key, "unit", i.unit),
    })),
    values: data.values,
    markets,
  });
  return {
    markets,
    names,
    issues,
    usedDefaults,
    sections,
    choices: data.markets.map((x) => ({ ...x, name: names.get(x.iso3) ?? x.name })),
  };
}

// The compare pages' use cases. /compare (markets side by side) scores lib/server/workspace.ts's
// scoring data; the entry-mode and strategy pages are lib/server/fit.ts's.

/**
 * /compare/russia-southeast-asia: the thesis's Table 3 filled from the data set, on the latest
 * values or, when `yearText` names a thesis-era year, the values nearest to it.
 */
export async function russiaSeaPageData(yearText: string | undefined, locale: Locale = "en") {
  const prisma = await getPrisma();
  const [framework, list, evidence, replayRows] = await Promise.all([
    decisionFramework(),
    listMarkets(),
    readEvidence(prisma),
    readCaseReplays(prisma),
  ]);
  const replays = parseCaseReplays(replayRows);
  const caseMarkets = list.markets.filter((m) => m.role === "target_russia" || m.role === "target_sea");
  const thesisYears = [...new Set(replays.map((r) => r.indicatorYear).filter((y): y is number => y !== null))].sort();
  const year = yearText && thesisYears.includes(Number(yearText)) ? Number(yearText) : null;
  const values = await sourcedIndicatorValues(
    caseMarkets.map((m) => m.iso3),
    year ?? undefined,
  );
  // Every word the table shows in the reader's language; sources and citations stay as published.
  const text = dataText.bind(null, locale);
  const caseEvidence = <E extends { id: string; statement: string; yearNote: string | null }>(e: E): E => ({
    ...e,
    statement: text("framework-evidence", e.id, "statement", e.statement),
    yearNote: e.yearNote === null ? null : text("framework-evidence", e.id, "year_note", e.yearNote),
  });
  const named = <
    T extends {
      key: string;
      name: string;
      evidence: readonly { id: string; statement: string; yearNote: string | null }[];
    },
  >(
    table: "entry-modes" | "strategies",
    t: T,
  ) => ({ ...t, name: text(table, t.key, "name", t.name), evidence: t.evidence.map(caseEvidence) });
  const localNames = new Map(list.markets.map((m) => [m.iso3, marketName(locale, m.iso3, m.name)]));
  const drivers = framework.driverGroups.flatMap((g) => g.drivers);
  const rows = russiaVersusSoutheastAsia({
    criteriaGroups: framework.criteriaGroups.map((g) => ({
      ...g,
      name: text("criteria-groups", g.key, "name", g.name),
    })),
    indicators: framework.criteriaGroups
      .flatMap((g) => g.indicators)
      .map((i) => ({ ...i, name: text("indicators", i.key, "name", i.name) })),
    markets: caseMarkets.map((m) => ({ ...m, name: localNames.get(m.iso3) ?? m.name })),
    values,
    evidence: evidence.map((e) => ({
      ...e,
      statement: text("evidence", e.id, "statement", e.statement),
      yearNote: e.yearNote === null ? null : text("evidence", e.id, "year_note", e.yearNote),
    })),
    drivers: drivers.map((d) => ({ ...d, evidence: d.evidence.map(caseEvidence) })),
    entryModes: framework.entryModes.map((m) => named("entry-modes", m)),
    strategies: framework.strategies.map((m) => named("strategies", m)),
    factors: framework.factors.map((f) => ({ ...f, name: text("factors", f.key, "name", f.name) })),
    replays: replays.map((r) => ({
      ...r,
      name: text("case-replays", r.key, "name", r.name),
      assessments: Object.fromEntries(
        Object.entries(r.assessments).map(([factor, a]) => [
          factor,
          a && a.reason ? { ...a, reason: text("case-replays", r.key, `assessments.${factor}.reason`, a.reason) } : a,
        ]),
      ),
    })),
    assessedFactorGroups: assessedFactorGroups(framework.factors, drivers, framework.criteriaGroups),
  });
  return {
    rows,
    year,
    thesisYears,
    names: Object.fromEntries(localNames),
    seaNames: caseMarkets.filter((m) => m.role === "target_sea").map((m) => localNames.get(m.iso3) ?? m.name),
  };
}
