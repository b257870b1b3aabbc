import { formatNumber, formatPercent } from "@/lib/format";
import type { MarketProfileSection, ReportModel } from "@/lib/reports/model";
import {
  citedSource,
  computedLine,
  confidenceLine,
  entryModeLine,
  evidenceText,
  marketLine,
  probability,
  rankRange,
  reasonText,
  SECTION_TITLES,
  staleWarning,
  standingText,
  strategyLine,
} from "@/lib/reports/phrases";

import { ReportAppendix } from "./report-appendix";
import { RankingChart } from "./report-charts";
import { ReportList, ReportSection, ReportTable, SubHeading } from "./report-table";

// The recommendation report as a page: the same model and sentences as the PDF and Markdown
// exports (lib/reports). React escapes every string, so untrusted names stay text.

export function ReportView({ model }: { model: ReportModel }) {
  const stale = staleWarning(model);
  const s = model.summary;
  return (
    <article className="report space-y-8" aria-labelledby="report-title">
      <header className="space-y-3">
        <p className="text-brand-700 text-xs font-semibold tracking-widest uppercase">
          Outbound · Recommendation report
        </p>
        <h1 id="report-title" className="text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">
          {model.title}
        </h1>
        <p className="max-w-3xl text-lg text-slate-800">{model.question}</p>
        <p className="text-sm text-slate-700">
          {model.dateDisplay}. {computedLine(model)}
        </p>
        {stale ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {stale}
          </p>
        ) : null}
        {model.scenario.notes.trim() ? (
          <div className="max-w-3xl text-sm">
            <h2 className="font-semibold text-slate-900">Notes</h2>
            <p className="break-words whitespace-pre-wrap text-slate-800">{model.scenario.notes.trim()}</p>
          </div>
        ) : null}
      </header>

      <ReportSection id="summary" title={SECTION_TITLES.summary}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold text-slate-700">Recommended market</dt>
          <dd data-testid="recommended-market">{marketLine(model)}</dd>
          <dt className="font-semibold text-slate-700">Entry mode</dt>
          <dd>{entryModeLine(s)}</dd>
          <dt className="font-semibold text-slate-700">Business strategy</dt>
          <dd>{strategyLine(s)}</dd>
          <dt className="font-semibold text-slate-700">Confidence ({s.confidence.level})</dt>
          <dd>{confidenceLine(s)}</dd>
        </dl>
        <SubHeading>Why {s.market.name} leads</SubHeading>
        <ReportList items={s.reasons} />
        {model.entry?.modes[0] ? (
          <>
            <SubHeading>Why {model.entry.modes[0].name.toLowerCase()}</SubHeading>
            <ReportList items={model.entry.modes[0].reasons.slice(0, 4).map(reasonText)} />
          </>
        ) : null}
      </ReportSection>

      <ReportSection id="ranking" title={SECTION_TITLES.ranking}>
        <p className="text-sm text-slate-700">
          Method: {model.ranking.method}; normalization: {model.ranking.normalization}. Missing values:{" "}
          {model.ranking.missingPolicy}. Score: {model.ranking.scoreMeaning}.
        </p>
        <RankingChart ranking={model.ranking} />
        <ReportTable
          caption="Ranking of the markets"
          columns={[
            { title: "Market" },
            { title: "Rank", align: "right" },
            { title: "Score", align: "right" },
            { title: "Data coverage", align: "right" },
            { title: "Ranks first (Monte Carlo)", align: "right" },
            { title: "90% rank interval", align: "right" },
            { title: "Missing values" },
          ]}
          rows={model.ranking.rows.map((row) => [
            `${row.name} (${row.iso3})`,
            row.rank,
            row.scoreDisplay,
            formatPercent(row.coverage, 0),
            row.probabilityFirst === null ? "-" : probability(row.probabilityFirst),
            row.rankInterval90 ? rankRange(row.rankInterval90.low, row.rankInterval90.high) : "-",
            row.missing.length > 0 ? row.missing.join(", ") : "none",
          ])}
        />
        <ReportTable
          caption="Score by criteria group"
          columns={[
            { title: "Market" },
            ...model.ranking.groups.map((g) => ({ title: g.name, align: "right" as const })),
            { title: "Score", align: "right" },
          ]}
          rows={model.ranking.rows.map((row) => [
            row.name,
            ...model.ranking.groups.map((g) => formatNumber(row.groupContributions[g.key] ?? 0, 3)),
            row.scoreDisplay,
          ])}
        />
      </ReportSection>

      <ReportSection id="profiles" title={SECTION_TITLES.profiles}>
        {model.profiles.map((p) => (
          <Profile key={p.iso3} profile={p} />
        ))}
      </ReportSection>

      <ReportAppendix model={model} />
    </article>
  );
}

function Profile({ profile }: { profile: MarketProfileSection }) {
  return (
    <div className="report-profile mb-8">
      <h3 className="text-lg font-semibold text-slate-900">
        {profile.rank}. {profile.name}
      </h3>
      <p className="text-sm text-slate-700">
        {profile.iso3}
        {profile.region ? ` · ${profile.region}` : ""} · score {profile.scoreDisplay}
      </p>
      <ReportTable
        caption={`Key indicators of ${profile.name}`}
        columns={[
          { title: "Indicator" },
          { title: "Value", align: "right" },
          { title: "Unit" },
          { title: "Year" },
          { title: "Source" },
          { title: "Standing" },
        ]}
        rows={profile.indicators.map((i) => [
          i.direction === "cost" ? `${i.name} (lower is better)` : i.name,
          i.cell ? i.cell.display : "data gap",
          i.unit,
          i.cell?.year ?? "-",
          i.cell ? citedSource(i.cell) : "no value in the data set",
          standingText(i.standing, i.compared),
        ])}
      />
      {profile.strengths.length > 0 ? (
        <>
          <SubHeading>Strengths</SubHeading>
          <ReportList items={profile.strengths} />
        </>
      ) : null}
      <SubHeading>Risks</SubHeading>
      {profile.risks.length > 0 ? (
        <ReportList items={profile.risks} />
      ) : (
        <p className="text-sm">None found in the data compared.</p>
      )}
      <SubHeading>Evidence</SubHeading>
      {profile.evidence.length > 0 ? (
        <ReportList items={profile.evidence.map(evidenceText)} />
      ) : (
        <p className="text-sm">No evidence items for this market in the data set.</p>
      )}
      {profile.moreEvidence > 0 ? (
        <p className="text-sm text-slate-700">
          {profile.moreEvidence} more evidence items on the{" "}
          <a className="text-brand-700 underline" href={`/markets/${profile.iso3}`}>
            market page
          </a>
          .
        </p>
      ) : null}
    </div>
  );
}
