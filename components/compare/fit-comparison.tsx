"use client";

import Link from "next/link";
import { useMemo, useState } from "react";

import { SimilarCases } from "@/components/cases/similar-cases";
import { Provenance } from "@/components/data/provenance";
import { useFirmProfile } from "@/components/firm/use-firm-profile";
import { type LibraryCase, similarCasesFor } from "@/lib/cases/similar";
import { NEUTRAL_FIRM_PROFILE } from "@/lib/compare/firm-profile-storage";
import { citeInline } from "@/lib/data/sources";
import { EntryModeRequestSchema, type FirmProfileInput } from "@/lib/contracts/fit";
import { deriveMarketFactors } from "@/lib/scoring/fit/market-factors";
import { entryModeRequest } from "@/lib/scoring/fit/request";

import { humanize } from "./fit-format";
import { type AssessmentState, FitInputs } from "./fit-inputs";
import { FitResults } from "./fit-results";
import type {
  FitFactorInfo,
  FitKind,
  FitMarketData,
  FitPreset,
  FitReplay,
  FitTables,
  FitTargetInfo,
  ScoreUncertaintyInfo,
  IndicatorInfo,
} from "./fit-types";
import { MarketFactorProfile } from "./market-factor-profile";

export type FitComparisonProps = {
  kind: FitKind;
  market: FitMarketData;
  tables: FitTables;
  presets: FitPreset[];
  factors: FitFactorInfo[];
  targets: FitTargetInfo[];
  indicators: Record<string, IndicatorInfo>;
  /** A thesis case being replayed (?replay=…): its preset and assessments start the page. */
  replay: FitReplay | null;
  /** The market and year chooser and the case links, rendered on the server. */
  sidebar: React.ReactNode;
  /** The case library, for "Firms like yours in markets like this" (entry modes only). */
  similar?: { library: LibraryCase[]; marketNames: Record<string, string> } | undefined;
  /** The entry-mode model's leave-one-out backtest in one sentence (entry modes only). */
  backtestSentence?: string | undefined;
  /** The score gap within which entry modes are tied (docs/decisions/018; entry modes only). */
  scoreUncertainty?: ScoreUncertaintyInfo | undefined;
};

/**
 * Entry modes (or strategies) for one market, computed in the browser with the pure model, so a
 * change to the firm profile or to an assessment shows at once.
 */
export function FitComparison({
  kind,
  market,
  tables,
  presets,
  factors,
  targets,
  indicators,
  replay,
  sidebar,
  similar,
  backtestSentence,
  scoreUncertainty,
}: FitComparisonProps) {
  const store = useFirmProfile();
  const [source, setSource] = useState(replay?.firmPreset ?? "mine");
  const assessedFactors = factors.filter((f) => f.scope === "market" && f.sourceOfValue === "user_assessment");
  const [assessments, setAssessments] = useState<AssessmentState>(() =>
    Object.fromEntries(
      assessedFactors.map((f) => {
        const a = replay?.assessments[f.key];
        return [f.key, a ? { value: a.value, reason: a.reason } : null];
      }),
    ),
  );

  // What the evidence gives each rated factor for this market (top-3 platform share, rules for
  // foreign sellers): a rating that departs from it applies only with a reason.
  const evidenceDefaults = useMemo(() => {
    const derived = deriveMarketFactors(market.values, tables.anchors).factors;
    return Object.fromEntries(
      assessedFactors.flatMap((f) => {
        const d = derived[f.key as keyof typeof derived];
        return d?.basis === "indicators" ? [[f.key, d.value]] : [];
      }),
    ) as Record<string, number>;
  }, [market.values, tables.anchors, assessedFactors]);

  const preset = presets.find((p) => p.key === source) ?? null;
  const firm: FirmProfileInput = useMemo(
    () => (preset ? { ...NEUTRAL_FIRM_PROFILE, ...(preset.values as Partial<FirmProfileInput>) } : store.profile),
    [preset, store.profile],
  );
  const waiting = preset === null && store.status === "loading";

  const names = useMemo(() => {
    const out: Record<string, string> = {};
    for (const f of factors) out[f.key] = f.name;
    for (const [key, info] of Object.entries(indicators)) out[key] = info.name;
    for (const t of targets) out[t.key] = t.name;
    return out;
  }, [factors, indicators, targets]);
  const anchors = useMemo(() => Object.fromEntries(factors.map((f) => [f.key, f.anchor])), [factors]);

  const outcome = useMemo(() => {
    const request = EntryModeRequestSchema.safeParse({
      market: market.iso3,
      firm,
      assessments: Object.fromEntries(
        Object.entries(assessments).flatMap(([k, a]) => {
          if (!a) return [];
          const reason = a.reason?.trim() ?? "";
          // Overriding an evidence-based default without a reason: the default stays until one is given.
          if (evidenceDefaults[k] !== undefined && reason === "") return [];
          return [[k, reason ? { value: a.value, reason } : a.value]];
        }),
      ),
      ...(market.indicatorYear !== null ? { indicatorYear: market.indicatorYear } : {}),
    });
    if (!request.success)
      return {
        ok: false as const,
        message: request.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      };
    try {
      const response = entryModeRequest(request.data, {
        ...tables,
        marketIndicators: market.values,
        marketName: market.name,
      });
      return { ok: true as const, response };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [market, tables, assessments, firm, evidenceDefaults]);

  const results = outcome.ok ? (kind === "entry_mode" ? outcome.response.modes : outcome.response.strategies) : [];
  const similarCases = useMemo(
    () => (outcome.ok && similar ? similarCasesFor(outcome.response, similar.library) : null),
    [outcome, similar],
  );
  const noun = kind === "entry_mode" ? "entry modes" : "business strategies";
  const profileLabel = preset ? preset.name : "your firm profile";
  const yearLabel = market.indicatorYear === null ? "latest values" : `values nearest to ${market.indicatorYear}`;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div className="space-y-4">
        <a
          href="#ranking-heading"
          className="text-brand-700 inline-block text-sm font-medium underline underline-offset-2 lg:hidden"
        >
          Skip the inputs: go to the ranking
        </a>
        {sidebar}
        <FitInputs
          store={store}
          presets={presets}
          source={source}
          onSource={setSource}
          firmFactors={factors.filter((f) => f.scope === "firm")}
          assessedFactors={assessedFactors}
          assessments={assessments}
          evidenceDefaults={evidenceDefaults}
          market={market.iso3}
          onAssessment={(factor, value, reason) =>
            setAssessments((current) => ({ ...current, [factor]: value === null ? null : { value, reason } }))
          }
        />
      </div>

      <div className="min-w-0 space-y-6">
        {replay ? (
          <ReplayNote
            replay={replay}
            kind={kind}
            results={results}
            names={names}
            marketName={market.name}
            // The documented entry this replay re-enacts, when the library holds it: then the replay is in sample.
            libraryCase={
              kind === "entry_mode"
                ? (similar?.library.find((c) => c.host === replay.market && c.firm.startsWith("Alibaba")) ?? null)
                : null
            }
          />
        ) : null}
        <section
          aria-labelledby="ranking-heading"
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        >
          <h2 id="ranking-heading" tabIndex={-1} className="scroll-mt-4 text-lg font-semibold text-slate-900">
            Ranking of {noun} for {market.name}
          </h2>
          <p className="mt-1 text-sm text-slate-700" aria-live="polite">
            With {profileLabel}, {market.name}&apos;s indicators ({yearLabel}) and your assessments. Computed in this
            browser with the same model and tables as the API (POST /api/v1/entry-modes).
          </p>
          {backtestSentence ? (
            <p
              className="mt-2 rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-800"
              data-testid="backtest-sentence"
            >
              {backtestSentence}{" "}
              <Link href="/cases/backtest" className="text-brand-700 font-medium underline underline-offset-2">
                How good is this model?
              </Link>
            </p>
          ) : null}
          <div className="mt-4">
            {waiting ? (
              <p role="status" className="text-sm text-slate-700">
                Reading your firm profile…
              </p>
            ) : outcome.ok ? (
              results.length > 0 ? (
                <FitResults
                  kind={kind}
                  results={results}
                  targets={targets}
                  names={names}
                  anchors={anchors}
                  uncertainty={kind === "entry_mode" ? scoreUncertainty : undefined}
                />
              ) : (
                <p className="text-sm text-slate-700">The data set defines no {noun} to score.</p>
              )
            ) : (
              <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                The model could not score this request: {outcome.message}
              </p>
            )}
          </div>
        </section>

        {similarCases && similar ? (
          <SimilarCases cases={similarCases} modeNames={names} marketNames={similar.marketNames} />
        ) : null}
        {outcome.ok ? (
          <>
            <section
              aria-labelledby="assumptions-heading"
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <h2 id="assumptions-heading" className="text-lg font-semibold text-slate-900">
                Assumptions
              </h2>
              {outcome.response.assumptions.length > 0 ? (
                <ul className="mt-2 list-inside list-disc space-y-1 text-sm text-slate-700" data-testid="assumptions">
                  {outcome.response.assumptions.map((a) => (
                    <li key={a}>{humanize(a, names)}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-700">
                  None: every factor has a value from data or from your ratings.
                </p>
              )}
            </section>
            <section
              aria-labelledby="market-profile-heading"
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <h2 id="market-profile-heading" className="text-lg font-semibold text-slate-900">
                {market.name} as the model sees it
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                Each market factor on the 1-5 scale and what it rests on. Indicator-based factors interpolate each
                indicator between the values that score 1 and 5 (the anchors table) and average them by weight over the
                indicators the market has.
              </p>
              <div className="mt-3">
                <MarketFactorProfile
                  factors={outcome.response.marketProfile.factors}
                  market={market}
                  names={names}
                  anchors={anchors}
                  indicators={indicators}
                />
              </div>
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}

function ReplayNote({
  replay,
  kind,
  results,
  names,
  libraryCase,
  marketName,
}: {
  marketName: string;
  replay: FitReplay;
  kind: FitKind;
  results: { id: string; rank: number; score: number }[];
  names: Record<string, string>;
  libraryCase: LibraryCase | null;
}) {
  const expected = kind === "entry_mode" ? replay.expectedTop : replay.expectedStrategies;
  // Entry modes: the thesis's choices should hold the top places; strategies: score above neutral.
  const agrees =
    kind === "entry_mode"
      ? expected.every((key) => (results.find((r) => r.id === key)?.rank ?? Infinity) <= expected.length)
      : expected.every((key) => (results.find((r) => r.id === key)?.score ?? 0) > 50);
  return (
    <section
      aria-labelledby="replay-heading"
      className="border-brand-100 bg-brand-50 rounded-lg border p-4 text-sm text-slate-800 sm:p-5"
    >
      <h2 id="replay-heading" className="text-brand-900 text-base font-semibold">
        Replaying the thesis case: {replay.name}
      </h2>
      {replay.thesisConclusion ? <p className="mt-1">{replay.thesisConclusion}</p> : null}
      <p className="mt-2">
        {kind === "entry_mode" ? "The thesis's entry modes: " : "The thesis's strategies: "}
        {expected.map((k) => names[k] ?? k).join(", ")}.{" "}
        <strong data-testid="replay-verdict">
          {results.length === 0
            ? ""
            : agrees
              ? kind === "entry_mode"
                ? `With the case's inputs the model ranks them in the top ${expected.length}.`
                : "With the case's inputs the model scores each above neutral."
              : "With the current inputs the model does not reproduce the thesis's choice."}
        </strong>
      </p>
      {libraryCase ? (
        <p className="mt-2" data-testid="replay-in-sample">
          <strong>In sample.</strong> This entry (
          <Link href={`/cases/${libraryCase.id}`} className="text-brand-700 font-medium underline underline-offset-2">
            {libraryCase.firm} in {marketName}, {libraryCase.year}
          </Link>
          ) is in the case library the entry-mode model was calibrated on, and the thesis&apos;s account of it was known
          when the effects table was written: the replay shows the model can reproduce it, not that it would have
          predicted it.{" "}
          <Link href="/cases/backtest" className="text-brand-700 font-medium underline underline-offset-2">
            How the model does on entries it has not seen
          </Link>
          .
        </p>
      ) : (
        <p className="mt-2" data-testid="replay-in-sample">
          <strong>In sample.</strong> The effects table was written knowing the thesis&apos;s account of this case: the
          replay shows the model can reproduce it, not that it would have predicted it.
        </p>
      )}
      {replay.indicatorYearNote ? <p className="mt-2 text-xs text-slate-700">{replay.indicatorYearNote}</p> : null}
      {replay.locator ? (
        <div className="mt-1 text-xs text-slate-600">
          {/* The reader's citation; the seed file and lines behind a disclosure (issue 11 §6). */}
          <p>Source: {citeInline(replay.locator)}</p>
          <Provenance text={replay.locator} />
        </div>
      ) : null}
    </section>
  );
}
