"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import { SimilarCases } from "@/components/cases/similar-cases";
import { Provenance } from "@/components/data/provenance";
import { useFirmProfile } from "@/components/firm/use-firm-profile";
import { useFormatters } from "@/components/i18n/use-formatters";
import { type LibraryCase, similarCasesFor } from "@/lib/cases/similar";
import { assumptionNote } from "@/lib/compare/assumptions";
import { NEUTRAL_FIRM_PROFILE } from "@/lib/compare/firm-profile-storage";
import { citeInline } from "@/lib/data/sources";
import { EntryModeRequestSchema, type FirmProfileInput } from "@/lib/contracts/fit";
import { deriveMarketFactors } from "@/lib/scoring/fit/market-factors";
import { Link } from "@/lib/i18n/navigation";
import { entryModeRequest } from "@/lib/scoring/fit/request";

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
  const t = useTranslations("compare");
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

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div className="space-y-4">
        <a
          href="#ranking-heading"
          className="text-brand-700 inline-block text-sm font-medium underline underline-offset-2 lg:hidden"
        >
          {t("fit.ranking.skip")}
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
            {kind === "entry_mode"
              ? t("fit.ranking.entryModesTitle", { market: market.name })
              : t("fit.ranking.strategiesTitle", { market: market.name })}
          </h2>
          <p className="mt-1 text-sm text-slate-700" aria-live="polite">
            {t("fit.ranking.basis", {
              source: preset ? "preset" : "mine",
              preset: preset?.name ?? "",
              market: market.name,
              year: market.indicatorYear === null ? "latest" : String(market.indicatorYear),
            })}
          </p>
          {backtestSentence ? (
            <p
              className="mt-2 rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-800"
              data-testid="backtest-sentence"
            >
              {backtestSentence}{" "}
              <Link href="/cases/backtest" className="text-brand-700 font-medium underline underline-offset-2">
                {t("fit.ranking.howGood")}
              </Link>
            </p>
          ) : null}
          <div className="mt-4">
            {waiting ? (
              <p role="status" className="text-sm text-slate-700">
                {t("fit.ranking.reading")}
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
                <p className="text-sm text-slate-700">
                  {kind === "entry_mode" ? t("fit.ranking.noEntryModes") : t("fit.ranking.noStrategies")}
                </p>
              )
            ) : (
              <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                {t("fit.ranking.failed", { message: outcome.message })}
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
                {t("fit.assumptions.title")}
              </h2>
              {outcome.response.assumptions.length > 0 ? (
                <ul className="mt-2 list-inside list-disc space-y-1 text-sm text-slate-700" data-testid="assumptions">
                  {outcome.response.assumptions.map((a) => (
                    <li key={a}>
                      <AssumptionText text={a} names={names} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{t("fit.assumptions.none")}</p>
              )}
            </section>
            <section
              aria-labelledby="market-profile-heading"
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <h2 id="market-profile-heading" className="text-lg font-semibold text-slate-900">
                {t("fit.marketProfile.title", { market: market.name })}
              </h2>
              <p className="mt-1 text-sm text-slate-700">{t("fit.marketProfile.lead")}</p>
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
  const t = useTranslations("compare");
  const locale = useLocale();
  const expected = kind === "entry_mode" ? replay.expectedTop : replay.expectedStrategies;
  const expectedNames = joinNames(
    expected.map((k) => names[k] ?? k),
    locale,
  );
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
        {t("fit.replay.title", { name: replay.name })}
      </h2>
      {replay.thesisConclusion ? <p className="mt-1">{replay.thesisConclusion}</p> : null}
      <p className="mt-2">
        {kind === "entry_mode"
          ? t("fit.replay.thesisModes", { names: expectedNames })
          : t("fit.replay.thesisStrategies", { names: expectedNames })}{" "}
        <strong data-testid="replay-verdict">
          {results.length === 0
            ? ""
            : agrees
              ? kind === "entry_mode"
                ? t("fit.replay.agreesModes", { count: expected.length })
                : t("fit.replay.agreesStrategies")
              : t("fit.replay.disagrees")}
        </strong>
      </p>
      {libraryCase ? (
        <p className="mt-2" data-testid="replay-in-sample">
          {t.rich("fit.replay.inSampleLibrary", {
            b: (chunks) => <strong>{chunks}</strong>,
            entry: (chunks) => (
              <Link
                href={`/cases/${libraryCase.id}`}
                className="text-brand-700 font-medium underline underline-offset-2"
              >
                {chunks}
              </Link>
            ),
            backtest: (chunks) => (
              <Link href="/cases/backtest" className="text-brand-700 font-medium underline underline-offset-2">
                {chunks}
              </Link>
            ),
            firm: libraryCase.firm,
            market: marketName,
            year: String(libraryCase.year),
          })}
        </p>
      ) : (
        <p className="mt-2" data-testid="replay-in-sample">
          {t.rich("fit.replay.inSample", { b: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      {replay.indicatorYearNote ? <p className="mt-2 text-xs text-slate-700">{replay.indicatorYearNote}</p> : null}
      {replay.locator ? (
        <div className="mt-1 text-xs text-slate-600">
          {/* The reader's citation; the seed file and lines behind a disclosure (issue 11 §6). */}
          <p>{t("fit.replay.source", { source: citeInline(replay.locator) })}</p>
          <Provenance text={replay.locator} />
        </div>
      ) : null}
    </section>
  );
}

/** Names joined for a sentence in the reader's language ("A, B" / "A、B"). */
export function joinNames(names: readonly string[], locale: string): string {
  return names.join(locale === "zh" ? "、" : ", ");
}

/** One of the model's assumption notes in the reader's language, with factor and indicator names. */
function AssumptionText({ text, names }: { text: string; names: Record<string, string> }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const { formatNumber } = useFormatters();
  const note = assumptionNote(text);
  const name = (key: string) => names[key] ?? key;
  const all = (keys: string[]) => joinNames(keys.map(name), locale);
  switch (note.code) {
    case "noValue":
      return t("fit.assumptions.noValue", { factor: name(note.factor) });
    case "outOfScale":
      return t("fit.assumptions.outOfScale", {
        factor: name(note.factor),
        raw: formatNumber(note.raw, 6),
        clamped: formatNumber(note.clamped, 6),
      });
    case "noEffects":
      return t("fit.assumptions.noEffects", { target: name(note.target) });
    case "overrideWithoutReason":
      return t("fit.assumptions.overrideWithoutReason", {
        factor: name(note.factor),
        rating: formatNumber(note.rating, 6),
        evidence: formatNumber(note.evidence, 6),
      });
    case "notANumber":
      return t("fit.assumptions.notANumber", { factor: name(note.factor) });
    case "partialIndicators":
      return t("fit.assumptions.partialIndicators", {
        factor: name(note.factor),
        used: note.used,
        of: note.of,
        missing: all(note.missing),
      });
    case "notAssessed":
      return t("fit.assumptions.notAssessed", { factor: name(note.factor) });
    case "noIndicators":
      return t("fit.assumptions.noIndicators", { factor: name(note.factor), missing: all(note.missing) });
    case "other":
      return note.text;
  }
}
