import "server-only";

import { createTranslator } from "next-intl";

import { similarCasesFor } from "@/lib/cases/similar";
import { parseCaseReplays, type CaseReplay } from "@/lib/compare/case-replays";
import { factorAnchor, factorDrivers } from "@/lib/compare/factor-links";
import type { FitIssue } from "@/lib/compare/fit-issues";
import type { EntryModeRequest, EntryModeResponse } from "@/lib/contracts/fit";
import { HomeIso3Schema } from "@/lib/contracts/home";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { getPrisma } from "@/lib/db/client";
import { type FitTables, readCaseReplays, readFirmPresets, readFitTables } from "@/lib/db/fit";
import { findMarket, readIndicatorValues } from "@/lib/db/markets";
import { entryModeRequest } from "@/lib/scoring/fit/request";
import { tiedWithFirst } from "@/lib/scoring/fit/score-uncertainty";

import { dataText, marketName } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_HOME } from "@/lib/scoring/home";

import { currentEntryModeModel, currentScoreUncertainty } from "./entry-mode-model";

import { decisionFramework } from "./framework";
import { CULTURAL_DISTANCE, DISTANCE, fitFactorFromHome, homeContext, indicatorFromHome, valuesFromHome } from "./home";
import { listMarkets } from "./markets";
import { similarityLibrary } from "./cases";
import { chosenValues, type SourcedIndicatorValue } from "./values";

// The entry-mode and strategy fit: the API's answer (the pure model run on the database's tables
// and one market's values), and what the compare pages and the firm profile page show.

/**
 * Each market's counted indicator values for `year` (or the latest), each with its year and
 * source: iso3 → indicator → value.
 */
export async function sourcedIndicatorValues(
  markets: readonly string[],
  year?: number,
  home: string = DEFAULT_HOME,
): Promise<Record<string, Record<string, SourcedIndicatorValue>>> {
  const [rows, ctx] = await Promise.all([readIndicatorValues(await getPrisma(), markets), homeContext(home)]);
  const chosen = chosenValues(valuesFromHome(rows, markets, ctx), year);
  return Object.fromEntries(
    markets.map((iso3) => [
      iso3,
      Object.fromEntries(
        [...(chosen.get(iso3) ?? [])].map(([indicator, { value, year: y, source, note }]) => [
          indicator,
          { value, year: y, source, note },
        ]),
      ),
    ]),
  );
}

/** One market's name and counted values (value and year per indicator) for `year` or the latest. */
async function marketIndicators(iso3: string, year?: number, home: string = DEFAULT_HOME) {
  const [market, sourced] = await Promise.all([
    findMarket(await getPrisma(), iso3),
    sourcedIndicatorValues([iso3], year, home),
  ]);
  const byIndicator = Object.entries(sourced[iso3] ?? {});
  return {
    name: market.name,
    values: Object.fromEntries(byIndicator.map(([key, v]) => [key, v.value])),
    sourced: Object.fromEntries(byIndicator),
  };
}

/** POST /api/v1/entry-modes and the CLI: looks up the market's values, then runs the pure model. */
export async function answerEntryModes(request: EntryModeRequest): Promise<EntryModeResponse> {
  const tables = { ...(await readFitTables(await getPrisma())), model: currentEntryModeModel() };
  if (typeof request.market !== "string") {
    const inline = entryModeRequest(request, tables);
    return withScoreUncertainty({ ...inline, similarCases: similarCasesFor(inline, similarityLibrary()) });
  }
  const home = request.home ?? DEFAULT_HOME;
  const [market, ctx] = await Promise.all([
    marketIndicators(request.market, request.indicatorYear, home),
    homeContext(home),
  ]);
  const answer = entryModeRequest(request, { ...tables, marketIndicators: market.values, marketName: market.name });
  return withScoreUncertainty({
    ...answer,
    market: { ...answer.market, home: { iso3: ctx.home.iso3, name: ctx.home.name } },
    similarCases: similarCasesFor(answer, similarityLibrary()),
  });
}

/**
 * The backtest's score uncertainty and the modes of this answer within it of the first
 * (docs/decisions/018). Only when the scores come from the model the file was calibrated for: a
 * gap measured on another model's scores says nothing about these.
 */
function withScoreUncertainty(answer: EntryModeResponse): EntryModeResponse {
  const u = currentScoreUncertainty();
  if (!u || answer.model?.calibrationInputsHash !== u.calibrationInputsHash) return answer;
  const tied = tiedWithFirst(answer.modes, u.points);
  return { ...answer, scoreUncertainty: { ...u, tiedWithFirst: tied.length >= 2 ? tied.map((m) => m.id) : [] } };
}

export type FitKind = "entry_mode" | "strategy";
export type FitSearch = { replay?: string; market?: string; year?: string; home?: string };

/** A thesis case with its words in the reader's language (the data's case-replays table). */
function localizedReplay(locale: Locale, r: CaseReplay): CaseReplay {
  const text = (field: string, english: string) => dataText(locale, "case-replays", r.key, field, english);
  return {
    ...r,
    name: text("name", r.name),
    indicatorYearNote: r.indicatorYearNote === null ? null : text("indicatorYearNote", r.indicatorYearNote),
    thesisConclusion: r.thesisConclusion === null ? null : text("thesisConclusion", r.thesisConclusion),
    assessments: Object.fromEntries(
      Object.entries(r.assessments).map(([factor, a]) => [
        factor,
        a && a.reason ? { ...a, reason: text(`assessments.${factor}.reason`, a.reason) } : a,
      ]),
    ) as CaseReplay["assessments"],
  };
}

/** The model's tables with the words a reader sees (effect rationales, mode and strategy names, evidence) translated. */
function localizedTables(locale: Locale, tables: FitTables): FitTables {
  if (locale === "en") return tables;
  return {
    ...tables,
    effects: tables.effects.map((e) => ({
      ...e,
      rationale: dataText(locale, "effects", e.id, "rationale", e.rationale),
    })),
    modes: tables.modes.map((m) =>
      m.name === undefined ? m : { ...m, name: dataText(locale, "entry-modes", m.key, "name", m.name) },
    ),
    strategies: tables.strategies.map((m) =>
      m.name === undefined ? m : { ...m, name: dataText(locale, "strategies", m.key, "name", m.name) },
    ),
    anchors: tables.anchors.map((a) =>
      a.rationale === undefined
        ? a
        : {
            ...a,
            rationale: dataText(
              locale,
              "market-factor-anchors",
              `${a.factor}:${a.indicator}`,
              "rationale",
              a.rationale,
            ),
          },
    ),
    evidence: (tables.evidence ?? []).map((e) => ({
      ...e,
      statement: dataText(locale, "framework-evidence", e.id, "statement", e.statement),
      yearNote: e.yearNote === null ? null : dataText(locale, "framework-evidence", e.id, "year_note", e.yearNote),
    })),
  };
}

/**
 * What /compare/entry-modes and /compare/strategies show: the market, year or thesis case the
 * query asks for (with a sentence for each thing that could not be honoured), and the model's
 * tables and the market's values, which the browser runs the model on.
 */
export async function fitPageData(kind: FitKind, search: FitSearch, locale: Locale = "en") {
  const prisma = await getPrisma();
  const [model, list, replayRows] = await Promise.all([decisionFramework(), listMarkets(), readCaseReplays(prisma)]);
  const replays: CaseReplay[] = parseCaseReplays(replayRows).map((r) => localizedReplay(locale, r));
  const problems: FitIssue[] = [];

  const replay = search.replay ? (replays.find((r) => r.key === search.replay) ?? null) : null;
  if (search.replay && !replay) problems.push({ code: "unknownReplay", replay: search.replay });

  const known = new Set(list.markets.map((m) => m.iso3));
  const asked = search.market?.trim().toUpperCase();
  let iso3 = replay?.market ?? asked ?? DEFAULT_MARKETS[0];
  if (!replay && asked && !known.has(asked)) {
    problems.push({ code: "unknownMarket", market: asked });
    iso3 = DEFAULT_MARKETS[0];
  }
  // The firm's home (docs/decisions/017): the distance factors are measured from it. A thesis
  // replay is Alibaba's, so measured from China.
  const parsedHome = HomeIso3Schema.safeParse(search.home ?? DEFAULT_HOME);
  let home = replay ? DEFAULT_HOME : parsedHome.success ? parsedHome.data : DEFAULT_HOME;
  if (!replay && search.home && (!parsedHome.success || !known.has(home))) {
    problems.push({ code: "unknownHome", home: search.home });
    home = DEFAULT_HOME;
  }
  if (iso3 === home) {
    const other = DEFAULT_MARKETS.find((m) => m !== home)!;
    problems.push({ code: "homeIsMarket", market: iso3, instead: other });
    iso3 = other;
  }
  let year: number | null = replay?.indicatorYear ?? null;
  if (!replay && search.year && search.year !== "latest") {
    const parsed = Number(search.year);
    if (Number.isInteger(parsed) && parsed >= 1960 && parsed <= 2100) year = parsed;
    else problems.push({ code: "notAYear", year: search.year });
  }

  const [tables, market, presets, ctx] = await Promise.all([
    readFitTables(prisma),
    marketIndicators(iso3, year ?? undefined, home),
    readFirmPresets(prisma),
    homeContext(home),
  ]);
  const drivers = model.driverGroups.flatMap((g) => g.drivers);
  const driverOf = factorDrivers(model.factors, drivers);
  const factorText = (key: string, field: string, english: string) => dataText(locale, "factors", key, field, english);
  // The distance factors and indicators are named from the home (lib/server/home.ts writes them in English).
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "compare" });
  const homeName = marketName(locale, ctx.home.iso3, ctx.home.name);
  const homeWords = {
    home: homeName,
    capital: ctx.home.capital ?? homeName,
    china: ctx.home.iso3 === "CHN" ? "yes" : "no",
  };
  const fromHomeFactor: Record<string, { name: string; description: string } | undefined> = {
    culturalDistance: {
      name: t("fit.homeFactors.culturalDistanceName", homeWords),
      description: t("fit.homeFactors.culturalDistanceDescription", homeWords),
    },
    geographicDistance: {
      name: t("fit.homeFactors.geographicDistanceName", homeWords),
      description: t("fit.homeFactors.geographicDistanceDescription", homeWords),
    },
  };
  const fromHomeIndicator: Record<string, string | undefined> = {
    [DISTANCE]: t("fit.homeFactors.distanceIndicatorName", homeWords),
    [CULTURAL_DISTANCE]: t("fit.homeFactors.culturalDistanceIndicatorName", homeWords),
  };
  return {
    kind,
    problems,
    home: { ...ctx.home, name: marketName(locale, ctx.home.iso3, ctx.home.name) },
    replay,
    replays,
    markets: list.markets.map(({ iso3: code, name, region, subregion, incomeGroup, role }) => ({
      iso3: code,
      name: marketName(locale, code, name),
      region,
      subregion,
      incomeGroup,
      role,
    })),
    market: {
      iso3,
      name: marketName(locale, iso3, market.name),
      indicatorYear: year,
      values: market.values,
      // The note of a value derived from evidence names the rows it was computed from (its basis).
      sources: Object.fromEntries(
        Object.entries(market.sourced).map(([k, v]) => [k, { year: v.year, source: v.source, note: v.note ?? null }]),
      ),
    },
    tables: localizedTables(locale, tables),
    // Entry modes only: the backtest measures the entry-mode model (docs/decisions/018).
    scoreUncertainty: kind === "entry_mode" ? currentScoreUncertainty() : null,
    presets: presets.map(({ key, name, year: y, values }) => ({
      key,
      name: dataText(locale, "firm-presets", key, "name", name),
      year: y,
      values,
    })),
    factors: model.factors.map((f) => {
      const fromHome = fitFactorFromHome(f, ctx.home);
      const homeText = fromHomeFactor[f.key];
      return {
        ...fromHome,
        name: homeText?.name ?? factorText(f.key, "name", f.name),
        description: homeText?.description ?? factorText(f.key, "description", f.description),
        lowLabel: factorText(f.key, "low_label", fromHome.lowLabel),
        highLabel: factorText(f.key, "high_label", fromHome.highLabel),
        anchor: factorAnchor(f.key, driverOf),
      };
    }),
    targets: (kind === "entry_mode" ? model.entryModes : model.strategies).map(({ key, name, description }) => {
      const table = kind === "entry_mode" ? "entry-modes" : "strategies";
      return {
        key,
        name: dataText(locale, table, key, "name", name),
        description: dataText(locale, table, key, "description", description),
      };
    }),
    indicators: Object.fromEntries(
      model.criteriaGroups
        .flatMap((g) => g.indicators)
        .map((i) => {
          const fromHome = indicatorFromHome(i, ctx.home);
          const name = fromHomeIndicator[i.key] ?? dataText(locale, "indicators", i.key, "name", i.name);
          // The home-measured units (distance from a home other than China) are written by home.ts.
          const unit = fromHome.unit === i.unit ? dataText(locale, "indicators", i.key, "unit", i.unit) : fromHome.unit;
          return [i.key, { name, unit, decimals: fromHome.decimals }];
        }),
    ),
  };
}

export type FitPageData = Awaited<ReturnType<typeof fitPageData>>;

/** What /firm shows: the framework (factors and drivers) and the ready-made firm profiles. */
export async function firmPageData(locale: Locale = "en") {
  const prisma = await getPrisma();
  const [model, presets, list] = await Promise.all([decisionFramework(), readFirmPresets(prisma), listMarkets()]);
  const markets = list.markets
    .map(({ iso3, name }) => ({ iso3, name: marketName(locale, iso3, name) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    framework: model,
    presets: presets.map((p) => ({
      ...p,
      name: dataText(locale, "firm-presets", p.key, "name", p.name),
      justification: Object.fromEntries(
        Object.entries(p.justification).map(([factor, why]) => [
          factor,
          dataText(locale, "firm-presets", p.key, `justification.${factor}`, why),
        ]),
      ),
    })),
    markets,
  };
}
