import Link from "next/link";
import type { ReactNode } from "react";

import { MarketChooser } from "@/components/markets/market-chooser";
import { CarriedLink, CarriedStateFields } from "@/components/path/carried";
import { GuidedPath } from "@/components/path/guided-path";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import type { LibraryCase } from "@/lib/cases/similar";
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
  problems: string[];
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

export function FitPage({
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
  const path = kind === "entry_mode" ? "/compare/entry-modes" : "/compare/strategies";
  const { iso3, indicatorYear: year } = market;

  const years = [
    ...new Set([
      ...replays.map((r) => r.indicatorYear).filter((y): y is number => y !== null),
      ...(year ? [year] : []),
    ]),
  ].sort();
  const marketName = market.name;
  const noun = kind === "entry_mode" ? "Entry modes" : "Business strategies";

  const sidebar: ReactNode = (
    <>
      <form method="get" action={path} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <fieldset>
          <legend className="px-1 text-sm font-semibold text-slate-900">Market and data year</legend>
          <fieldset className="mt-1">
            <legend className="text-sm text-slate-700">Market</legend>
            <div className="mt-1">
              <MarketChooser
                markets={markets}
                selected={[iso3]}
                mode="single"
                name="market"
                listLabel="Market to assess"
              />
            </div>
          </fieldset>
          <label className="mt-2 block text-sm text-slate-700">
            Your firm&apos;s home market
            <select
              name="home"
              defaultValue={home.iso3}
              className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
            >
              {[...markets]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((m) => (
                  <option key={m.iso3} value={m.iso3}>
                    {m.name} ({m.iso3})
                  </option>
                ))}
            </select>
            <span className="mt-1 block text-xs text-slate-600">
              Cultural and geographic distance are measured from {home.name}.
            </span>
          </label>
          <label className="mt-2 block text-sm text-slate-700">
            Indicator values
            <select
              name="year"
              defaultValue={year === null ? "latest" : String(year)}
              className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
            >
              <option value="latest">Latest of each indicator</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  Nearest to {y}
                  {replays.some((r) => r.indicatorYear === y) ? " (thesis-era stand-in)" : ""}
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
          Show
        </button>
      </form>
      {replays.length > 0 ? (
        <nav aria-label="Thesis cases" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <h2 className="font-semibold text-slate-900">Replay a thesis case</h2>
          <p className="mt-1 text-xs text-slate-600">
            Loads the case&apos;s market, data year, Alibaba preset and the thesis-based ratings.
          </p>
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
                  <span className="ml-1 text-xs font-semibold text-slate-700">(shown now)</span>
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
        title={`${noun} for ${marketName}`}
        lead={
          kind === "entry_mode"
            ? "How well each way of entering the market fits your firm and the market: scores, ranks, the reasons each mode rose or fell with the theory behind them, and the precedent from the Alibaba cases."
            : "How well each business strategy fits your firm and the market, with the reasons, the theory behind them and the precedent from the Alibaba cases."
        }
      >
        <CarriedLink
          href={kind === "entry_mode" ? `/compare/strategies?market=${iso3}` : `/compare/entry-modes?market=${iso3}`}
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          {kind === "entry_mode" ? "Strategies for this market" : "Entry modes for this market"}
        </CarriedLink>
      </PageHeader>
      <ProblemList problems={problems} />
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
