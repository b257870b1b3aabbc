import { formatNumber } from "@/lib/format";
import type { FitOption, ReportModel } from "@/lib/reports/model";
import {
  challengerText,
  choiceLine,
  confidenceLine,
  evidenceText,
  fitScore,
  probability,
  rankRange,
  reasonText,
  SECTION_TITLES,
  stabilityRange,
  weight,
  yearList,
} from "@/lib/reports/phrases";

import { RankProbabilityChart, StabilityChart } from "./report-charts";
import { ReportList, ReportSection, ReportTable, SubHeading } from "./report-table";

// The report page's second half: entry mode and strategy, robustness, assumptions, sources, gaps
// and the methodology appendix.

function FitDetails({ options, detailed }: { options: FitOption[]; detailed: number }) {
  return (
    <>
      {options.slice(0, detailed).map((o) => (
        <div key={o.key} className="mt-4">
          <h4 className="font-semibold text-slate-900">
            {o.rank}. {o.name}: fit {fitScore(o.score)}
          </h4>
          {o.description ? <p className="text-sm text-slate-700">{o.description}</p> : null}
          <ReportList
            items={o.reasons
              .slice(0, 6)
              .map((r) => `${reasonText(r)}${r.precedent ? ` Precedent: ${r.precedent}.` : ""}`)}
          />
          {o.precedents.length > 0 ? (
            <>
              <p className="mt-2 text-sm font-semibold">Case precedents</p>
              <ReportList items={o.precedents.map((e) => `${e.case}: ${evidenceText(e)}`)} />
            </>
          ) : null}
        </div>
      ))}
    </>
  );
}

function Entry({ model }: { model: ReportModel }) {
  const e = model.entry;
  if (!e) {
    return (
      <ReportSection id="entry" title={SECTION_TITLES.entry}>
        <p className="text-sm">{model.summary.entryModeMissing}</p>
      </ReportSection>
    );
  }
  const fitColumns = (title: string) => [
    { title },
    { title: "Rank", align: "right" as const },
    { title: "Fit (0-100, 50 = neutral)", align: "right" as const },
  ];
  return (
    <ReportSection id="entry" title={`${SECTION_TITLES.entry}: ${e.market.name}`}>
      {model.summary.entryMode ? (
        <p className="text-sm">
          <span className="font-semibold">Recommended entry mode:</span>{" "}
          {choiceLine(model.summary.entryMode, model.summary.entryModeRunnerUp)}
        </p>
      ) : null}
      <SubHeading>Entry modes compared</SubHeading>
      <ReportTable
        caption="Entry modes compared"
        columns={fitColumns("Entry mode")}
        rows={e.modes.map((o) => [o.name, o.rank, fitScore(o.score)])}
      />
      <FitDetails options={e.modes} detailed={3} />
      <SubHeading>Business strategies compared</SubHeading>
      <ReportTable
        caption="Business strategies compared"
        columns={fitColumns("Strategy")}
        rows={e.strategies.map((o) => [o.name, o.rank, fitScore(o.score)])}
      />
      <FitDetails options={e.strategies} detailed={2} />
      <SubHeading>Market factors used</SubHeading>
      <ReportTable
        caption="Market factors used by the fit model"
        columns={[{ title: "Factor" }, { title: "Rating (1-5)", align: "right" }, { title: "Basis" }]}
        rows={e.marketFactors.map((f) => [
          f.name,
          formatNumber(f.value, 2),
          f.reason ? `${f.basis}: ${f.reason}` : f.basis,
        ])}
      />
      {e.assumptions.length > 0 ? (
        <>
          <SubHeading>Assumptions of the fit model</SubHeading>
          <ReportList items={e.assumptions} />
        </>
      ) : null}
    </ReportSection>
  );
}

function Robustness({ model }: { model: ReportModel }) {
  const r = model.robustness;
  const positions = Math.max(0, ...r.rankProbabilities.map((m) => m.probabilities.length));
  return (
    <ReportSection id="robustness" title={SECTION_TITLES.robustness}>
      <p className="text-sm">{confidenceLine(model.summary)}</p>
      <SubHeading>Rank probabilities</SubHeading>
      <p className="text-sm text-slate-700">
        {r.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of the weights (Dirichlet, concentration{" "}
        {r.monteCarlo.concentration}, seed {r.monteCarlo.seed}, value distribution {r.monteCarlo.valueDistribution}).
      </p>
      <RankProbabilityChart robustness={r} />
      <ReportTable
        caption="Probability of each rank"
        columns={[
          { title: "Market" },
          ...Array.from({ length: positions }, (_, i) => ({ title: `Rank ${i + 1}`, align: "right" as const })),
          { title: "Mean rank", align: "right" },
          { title: "90% interval", align: "right" },
        ]}
        rows={r.rankProbabilities.map((m) => [
          m.name,
          ...Array.from({ length: positions }, (_, i) => probability(m.probabilities[i] ?? 0)),
          formatNumber(m.meanRank, 2),
          rankRange(m.low, m.high),
        ])}
      />
      <SubHeading>Stability intervals</SubHeading>
      <p className="text-sm text-slate-700">
        How far each weight can move, the others rescaled, while {r.leader.name} stays first.
      </p>
      <StabilityChart robustness={r} />
      <ReportTable
        caption="Stability interval of each weight"
        columns={[
          { title: "Criterion" },
          { title: "Weight", align: "right" },
          { title: "Leader unchanged from" },
          { title: "Who takes over" },
        ]}
        rows={r.stability.map((s) => [s.criterion, weight(s.weight), stabilityRange(s), challengerText(s)])}
      />
      <SubHeading>Agreement between methods</SubHeading>
      <ReportTable
        caption="Leader under each method variant"
        columns={[
          { title: "Method variant" },
          { title: "Ranks first" },
          { title: "Rank correlation with the chosen method", align: "right" },
        ]}
        rows={r.methodAgreement.variants.map((v) => [
          v.label,
          v.leaders.join(", "),
          v.rhoWithChosen === null ? "-" : formatNumber(v.rhoWithChosen, 2),
        ])}
      />
    </ReportSection>
  );
}

function Assumptions({ model }: { model: ReportModel }) {
  const a = model.assumptions;
  return (
    <ReportSection id="assumptions" title={SECTION_TITLES.assumptions}>
      <ReportList
        items={[
          `Method: ${a.method}`,
          `Normalization: ${a.normalization}`,
          `Missing values: ${a.missingPolicy}`,
          `Monte Carlo: ${a.monteCarlo.samples.toLocaleString("en-US")} samples, seed ${a.monteCarlo.seed}, concentration ${a.monteCarlo.concentration}`,
        ]}
      />
      <SubHeading>Weights</SubHeading>
      <ReportTable
        caption="Weights"
        columns={[
          { title: "Criterion" },
          { title: "Criteria group" },
          { title: "Group weight", align: "right" },
          { title: "Within group", align: "right" },
          { title: "Global weight", align: "right" },
        ]}
        rows={a.groups.flatMap((g) =>
          g.criteria.map((c) => [c.name, g.name, weight(g.weight), weight(c.withinGroup), weight(c.weight)]),
        )}
      />
      {a.ahp.length > 0 ? (
        <>
          <SubHeading>AHP consistency</SubHeading>
          <ReportTable
            caption="Consistency of the AHP comparisons"
            columns={[
              { title: "Comparison" },
              { title: "Consistency ratio", align: "right" },
              { title: "Consistent (at most 0.10)" },
              { title: "Method" },
            ]}
            rows={a.ahp.map((x) => [x.scope, formatNumber(x.cr, 3), x.consistent ? "yes" : "no", x.method])}
          />
        </>
      ) : null}
      <SubHeading>Firm profile</SubHeading>
      {a.firmProfile ? (
        <ReportTable
          caption="Firm profile"
          columns={[
            { title: "Factor" },
            { title: "Rating (1-5)", align: "right" },
            { title: "1 means" },
            { title: "5 means" },
          ]}
          rows={a.firmProfile.map((f) => [f.name, formatNumber(f.value, 1), f.lowLabel, f.highLabel])}
        />
      ) : (
        <p className="text-sm">No firm profile saved with this scenario.</p>
      )}
      {a.assessments.length > 0 ? (
        <>
          <SubHeading>Your assessments</SubHeading>
          <ReportTable
            caption="Your assessments"
            columns={[{ title: "Market" }, { title: "Criterion" }, { title: "Rating (1-5)", align: "right" }]}
            rows={a.assessments.map((x) => [x.market, x.criterion, formatNumber(x.value, 1)])}
          />
        </>
      ) : null}
    </ReportSection>
  );
}

function Sources({ model }: { model: ReportModel }) {
  const { matrix } = model;
  return (
    <ReportSection id="sources" title={SECTION_TITLES.sources}>
      <p className="text-sm text-slate-700">
        Figures cite their source by key, e.g. [S1]; evidence items name their source in full.
      </p>
      <ReportTable
        caption="Sources"
        columns={[{ title: "Key" }, { title: "Source" }, { title: "Years" }, { title: "Used for" }]}
        rows={model.sources.map((s) => [s.key ?? "-", s.source, yearList(s.years), s.usedFor.join(", ")])}
      />
      <SubHeading>Every figure of the ranking</SubHeading>
      <ReportTable
        caption="Every value of the ranking with its year and source key"
        columns={[{ title: "Criterion" }, ...matrix.markets.map((m) => ({ title: m.name, align: "right" as const }))]}
        rows={matrix.criteria.map((c) => [
          c.name,
          ...matrix.markets.map((m) => {
            const cell = matrix.cells[m.iso3]?.[c.key];
            return cell ? (
              <>
                {cell.display}
                <span className="block text-xs text-slate-600">
                  {cell.year ?? "-"} · {cell.sourceKey}
                </span>
              </>
            ) : (
              "data gap"
            );
          }),
        ])}
      />
    </ReportSection>
  );
}

export function ReportAppendix({ model }: { model: ReportModel }) {
  return (
    <>
      <Entry model={model} />
      <Robustness model={model} />
      <Assumptions model={model} />
      <Sources model={model} />
      <ReportSection id="gaps" title={SECTION_TITLES.gaps}>
        {model.gaps.length > 0 ? (
          <ReportTable
            caption="Data gaps"
            columns={[{ title: "Item" }, { title: "Market" }, { title: "What it means" }]}
            rows={model.gaps.map((g) => [g.item, g.market ?? "all", g.detail])}
          />
        ) : (
          <p className="text-sm">No gaps: every market has a value on every criterion used.</p>
        )}
      </ReportSection>
      <ReportSection id="methodology" title={SECTION_TITLES.methodology}>
        {model.methodology.paragraphs.map((p) => (
          <p key={p.heading} className="mb-3 max-w-4xl text-sm text-slate-800">
            <span className="font-semibold">{p.heading}.</span> {p.text}
          </p>
        ))}
        <SubHeading>References</SubHeading>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
          {model.methodology.references.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </ReportSection>
    </>
  );
}
