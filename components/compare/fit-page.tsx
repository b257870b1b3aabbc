import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { MarketChooser } from "@/components/markets/market-chooser";
import { CarriedLink, CarriedStateFields } from "@/components/path/carried";
import { GuidedPath } from "@/components/path/guided-path";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import type { LibraryCase } from "@/lib/cases/similar";
import type { FitIssue } from "@/lib/compare/fit-issues";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { SearchableMarket } from "@/lib/workspace/market-search";

import { FitComparison } from "./fit-comparison";
import type {
  FitFactorInfo,
  FitKind,
  FitMarketData,
  FitPreset,
  FitReplay,
  FitTables,
  FitTargetInfo,
  IndicatorInfo,
  ScoreUncertaintyInfo,
} from "./fit-types";

// The page of /compare/entry-modes and /compare/strategies: the market and year form, the thesis
// cases, and the comparison the browser computes. The page in app/ loads the data (lib/server).

export type FitPageProps = {
  kind: FitKind;
  problems: FitIssue[];
  /** The firm's home market the distance factors are measured from. */
  home: { iso3: string; name: string };
  replay: FitReplay | null;
  replays: FitReplay[];
  markets: SearchableMarket[];
  market: FitMarketData;
  tables: FitTables;
  presets: FitPreset[];
  factors: FitFactorInfo[];
  targets: FitTargetInfo[];
  indicators: Record<string, IndicatorInfo>;
  /** The case library for the similar cases (the entry-mode page passes it). */
  similarLibrary?: LibraryCase[];
  /** The entry-mode model's backtest in one sentence, shown beside the ranking. */
  backtestSentence?: string;
  /** The score gap within which entry modes are tied (docs/decisions/018); entry modes only. */
  scoreUncertainty?: ScoreUncertaintyInfo | null;
};

export async function FitPage({
  kind,
  problems,
  home,
  replay,
  replays,
  markets,
  market,
  tables,
  presets,
  factors,
  targets,
  indicators,
  similarLibrary,
  backtestSentence,
  scoreUncertainty,
}: FitPageProps) {
  const t = await getTranslations("compare");
  const locale = await getLocale();
  const path = kind === "entry_mode" ? "/compare/entry-modes" : "/compare/strategies";
  const { iso3, indicatorYear: year } = market;
  const problemText = (p: FitIssue) => {
    switch (p.code) {
      case "unknownReplay":
        return t("fit.problems.unknownReplay", { replay: p.replay });
      case "unknownMarket":
        return t("fit.problems.unknownMarket", { market: p.market });
      case "unknownHome":
        return t("fit.problems.unknownHome", { home: p.home });
      case "homeIsMarket":
        return t("fit.problems.homeIsMarket", { market: p.market, instead: p.instead });
      case "notAYear":
        return t("fit.problems.notAYear", { year: p.year });
    }
  };

  const years = [
    ...new Set([
      ...replays.map((r) => r.indicatorYear).filter((y): y is number => y !== null),
      ...(year ? [year] : []),
    ]),
  ].sort();

  const sidebar: ReactNode = (
    <>
      <form
        method="get"
        action={getPathname({ href: path, locale })}
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <fieldset>
          <legend className="px-1 text-sm font-semibold text-slate-900">{t("fit.form.legend")}</legend>
          <fieldset className="mt-1">
            <legend className="text-sm text-slate-700">{t("fit.form.market")}</legend>
            <div className="mt-1">
              <MarketChooser
                markets={markets}
                selected={[iso3]}
                mode="single"
                name="market"
                listLabel={t("fit.form.marketList")}
              />
            </div>
          </fieldset>
          <label className="mt-2 block text-sm text-slate-700">
            {t("fit.form.home")}
            <select
              name="home"
              defaultValue={home.iso3}
              className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
            >
              {[...markets]
                .sort((a, b) => a.name.localeCompare(b.name, locale))
                .map((m) => (
                  <option key={m.iso3} value={m.iso3}>
                    {m.name} ({m.iso3})
                  </option>
                ))}
            </select>
            <span className="mt-1 block text-xs text-slate-600">{t("fit.form.homeHelp", { home: home.name })}</span>
          </label>
          <label className="mt-2 block text-sm text-slate-700">
            {t("fit.form.year")}
            <select
              name="year"
              defaultValue={year === null ? "latest" : String(year)}
              className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
            >
              <option value="latest">{t("fit.form.latest")}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {replays.some((r) => r.indicatorYear === y)
                    ? t("fit.form.nearestThesis", { year: String(y) })
                    : t("fit.form.nearest", { year: String(y) })}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <CarriedStateFields own={["market", "home", "year"]} />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 mt-3 rounded px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("fit.form.show")}
        </button>
      </form>
      {replays.length > 0 ? (
        <nav
          aria-label={t("fit.replays.label")}
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
        >
          <h2 className="font-semibold text-slate-900">{t("fit.replays.title")}</h2>
          <p className="mt-1 text-xs text-slate-600">{t("fit.replays.help")}</p>
          <ul className="mt-2 space-y-1">
            {replays.map((r) => (
              <li key={r.key}>
                <Link
                  href={`${path}?replay=${r.key}`}
                  aria-current={replay?.key === r.key ? "true" : undefined}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 font-medium underline underline-offset-2"
                >
                  {r.name}
                </Link>
                {replay?.key === r.key ? (
                  <span className="ml-1 text-xs font-semibold text-slate-700">{t("fit.replays.shownNow")}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );

  return (
    <>
      <GuidedPath current={3} />
      <PageHeader
        title={
          kind === "entry_mode"
            ? t("fit.page.entryModesTitle", { market: market.name })
            : t("fit.page.strategiesTitle", { market: market.name })
        }
        lead={kind === "entry_mode" ? t("fit.page.entryModesLead") : t("fit.page.strategiesLead")}
      >
        <CarriedLink
          href={kind === "entry_mode" ? `/compare/strategies?market=${iso3}` : `/compare/entry-modes?market=${iso3}`}
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          {kind === "entry_mode" ? t("fit.page.toStrategies") : t("fit.page.toEntryModes")}
        </CarriedLink>
      </PageHeader>
      <ProblemList problems={problems.map(problemText)} />
      <FitComparison
        // A new market, year or case starts the page's own state afresh.
        key={`${iso3}-${year ?? "latest"}-${replay?.key ?? ""}`}
        kind={kind}
        market={market}
        tables={tables}
        presets={presets}
        factors={factors}
        targets={targets}
        indicators={indicators}
        replay={replay}
        sidebar={sidebar}
        backtestSentence={backtestSentence}
        scoreUncertainty={scoreUncertainty ?? undefined}
        similar={
          similarLibrary
            ? { library: similarLibrary, marketNames: Object.fromEntries(markets.map((m) => [m.iso3, m.name])) }
            : undefined
        }
      />
    </>
  );
}
