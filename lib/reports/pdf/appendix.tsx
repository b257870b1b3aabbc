import { Text, View } from "@react-pdf/renderer";

import { formatNumber } from "@/lib/format";

import { pdfText } from "../escape";
import type { FitOption, ReportModel } from "../model";
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
} from "../phrases";
import { RankProbabilityChart, StabilityChart } from "./charts";
import { Bullets, H1, H2, H3, Labelled, P, styles, Table } from "./primitives";

// The PDF's second part: entry mode and strategy, robustness, assumptions, sources, gaps and the
// methodology appendix.

function FitDetails({ options, detailed }: { options: FitOption[]; detailed: number }) {
  return (
    <>
      {options.slice(0, detailed).map((o) => (
        <View key={o.key}>
          <H3>{`${o.rank}. ${o.name}: fit ${fitScore(o.score)}`}</H3>
          {o.description ? <P style={styles.small}>{o.description}</P> : null}
          <Bullets
            items={o.reasons
              .slice(0, 6)
              .map((r) => `${reasonText(r)}${r.precedent ? ` Precedent: ${r.precedent}.` : ""}`)}
          />
          {o.precedents.length > 0 ? (
            <>
              <Text style={{ ...styles.bold, fontSize: 8.5, marginBottom: 2 }}>Case precedents</Text>
              <Bullets items={o.precedents.map((e) => `${e.case}: ${evidenceText(e)}`)} />
            </>
          ) : null}
        </View>
      ))}
    </>
  );
}

export function Entry({ model }: { model: ReportModel }) {
  const e = model.entry;
  if (!e) {
    return (
      <View break>
        <H1>{SECTION_TITLES.entry}</H1>
        <P>{model.summary.entryModeMissing ?? "Not assessed."}</P>
      </View>
    );
  }
  const fitColumns = (title: string) => [
    { title: "Rank", width: 6, align: "right" as const },
    { title, width: 60 },
    { title: "Fit (0-100, 50 = neutral)", width: 20, align: "right" as const },
  ];
  return (
    <View break>
      <H1>{`${SECTION_TITLES.entry}: ${e.market.name}`}</H1>
      {model.summary.entryMode ? (
        <Labelled label="Recommended entry mode">
          {choiceLine(model.summary.entryMode, model.summary.entryModeRunnerUp)}
        </Labelled>
      ) : null}
      <H2>Entry modes compared</H2>
      <Table columns={fitColumns("Entry mode")} rows={e.modes.map((o) => [o.rank, o.name, fitScore(o.score)])} />
      <FitDetails options={e.modes} detailed={3} />
      <H2>Business strategies compared</H2>
      <Table columns={fitColumns("Strategy")} rows={e.strategies.map((o) => [o.rank, o.name, fitScore(o.score)])} />
      <FitDetails options={e.strategies} detailed={2} />
      <H2>Market factors used</H2>
      <Table
        columns={[
          { title: "Factor", width: 30 },
          { title: "Rating (1-5)", width: 12, align: "right" },
          { title: "Basis", width: 58 },
        ]}
        rows={e.marketFactors.map((f) => [
          f.name,
          formatNumber(f.value, 2),
          f.reason ? `${f.basis}: ${f.reason}` : f.basis,
        ])}
      />
      {e.assumptions.length > 0 ? (
        <>
          <H3>Assumptions of the fit model</H3>
          <Bullets items={e.assumptions} />
        </>
      ) : null}
    </View>
  );
}

export function Robustness({ model }: { model: ReportModel }) {
  const r = model.robustness;
  const positions = Math.max(0, ...r.rankProbabilities.map((m) => m.probabilities.length));
  const shown = Math.min(positions, 7);
  return (
    <View break>
      <H1>{SECTION_TITLES.robustness}</H1>
      <P>{confidenceLine(model.summary)}</P>
      <H2>Rank probabilities</H2>
      <P style={styles.small}>
        {`${r.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of the weights (Dirichlet, concentration ${r.monteCarlo.concentration}, seed ${r.monteCarlo.seed}, value distribution ${r.monteCarlo.valueDistribution}).`}
      </P>
      <RankProbabilityChart robustness={r} />
      <Table
        columns={[
          { title: "Market", width: 20 },
          ...Array.from({ length: shown }, (_, i) => ({ title: `Rank ${i + 1}`, width: 8, align: "right" as const })),
          { title: "Mean rank", width: 9, align: "right" },
          { title: "90% interval", width: 10, align: "right" },
        ]}
        rows={r.rankProbabilities.map((m) => [
          m.name,
          ...Array.from({ length: shown }, (_, i) => probability(m.probabilities[i] ?? 0)),
          formatNumber(m.meanRank, 2),
          rankRange(m.low, m.high),
        ])}
      />
      {positions > shown ? (
        <P style={styles.small}>{`Ranks ${shown + 1} to ${positions} are in the Markdown and JSON exports.`}</P>
      ) : null}
      <View wrap={false}>
        <H2>Stability intervals</H2>
        <P style={styles.small}>
          {`How far each weight can move, the others rescaled, while ${r.leader.name} stays first.`}
        </P>
        <StabilityChart robustness={r} />
      </View>
      <Table
        columns={[
          { title: "Criterion", width: 26 },
          { title: "Weight", width: 9, align: "right" },
          { title: "Leader unchanged from", width: 18 },
          { title: "Who takes over", width: 30 },
        ]}
        rows={r.stability.map((s) => [s.criterion, weight(s.weight), stabilityRange(s), challengerText(s)])}
      />
      <H2>Agreement between methods</H2>
      <Table
        columns={[
          { title: "Method variant", width: 30 },
          { title: "Ranks first", width: 40 },
          { title: "Rank correlation with the chosen method (Spearman)", width: 30, align: "right" },
        ]}
        rows={r.methodAgreement.variants.map((v) => [
          v.label,
          v.leaders.join(", "),
          v.rhoWithChosen === null ? "-" : formatNumber(v.rhoWithChosen, 2),
        ])}
      />
    </View>
  );
}

export function Assumptions({ model }: { model: ReportModel }) {
  const a = model.assumptions;
  return (
    <View break>
      <H1>{SECTION_TITLES.assumptions}</H1>
      <Labelled label="Method">{a.method}</Labelled>
      <Labelled label="Normalization">{a.normalization}</Labelled>
      <Labelled label="Missing values">{a.missingPolicy}</Labelled>
      <Labelled label="Monte Carlo">{`${a.monteCarlo.samples.toLocaleString("en-US")} samples, seed ${a.monteCarlo.seed}, concentration ${a.monteCarlo.concentration}`}</Labelled>
      <H2>Weights</H2>
      <Table
        columns={[
          { title: "Criteria group", width: 28 },
          { title: "Group weight", width: 11, align: "right" },
          { title: "Criterion", width: 35 },
          { title: "Within group", width: 12, align: "right" },
          { title: "Global weight", width: 12, align: "right" },
        ]}
        rows={a.groups.flatMap((g) =>
          g.criteria.map((c) => [g.name, weight(g.weight), c.name, weight(c.withinGroup), weight(c.weight)]),
        )}
      />
      {a.ahp.length > 0 ? (
        <>
          <H2>AHP consistency</H2>
          <Table
            columns={[
              { title: "Comparison", width: 45 },
              { title: "Consistency ratio", width: 18, align: "right" },
              { title: "Consistent (at most 0.10)", width: 20 },
              { title: "Method", width: 17 },
            ]}
            rows={a.ahp.map((x) => [x.scope, formatNumber(x.cr, 3), x.consistent ? "yes" : "no", x.method])}
          />
        </>
      ) : null}
      <H2>Firm profile</H2>
      {a.firmProfile ? (
        <Table
          columns={[
            { title: "Factor", width: 30 },
            { title: "Rating (1-5)", width: 12, align: "right" },
            { title: "1 means", width: 29 },
            { title: "5 means", width: 29 },
          ]}
          rows={a.firmProfile.map((f) => [f.name, formatNumber(f.value, 1), f.lowLabel, f.highLabel])}
        />
      ) : (
        <P>No firm profile saved with this scenario.</P>
      )}
      {a.assessments.length > 0 ? (
        <>
          <H2>Your assessments</H2>
          <Table
            columns={[
              { title: "Market", width: 30 },
              { title: "Criterion", width: 50 },
              { title: "Rating (1-5)", width: 20, align: "right" },
            ]}
            rows={a.assessments.map((x) => [x.market, x.criterion, formatNumber(x.value, 1)])}
          />
        </>
      ) : null}
    </View>
  );
}

export function Sources({ model }: { model: ReportModel }) {
  const { matrix } = model;
  return (
    <View break>
      <H1>{SECTION_TITLES.sources}</H1>
      <P style={styles.small}>
        Figures in the tables cite their source by key, e.g. [S1]; evidence items name their source in full.
      </P>
      <Table
        fontSize={7.5}
        columns={[
          { title: "Key", width: 6 },
          { title: "Source", width: 50 },
          { title: "Years", width: 12 },
          { title: "Used for", width: 32 },
        ]}
        rows={model.sources.map((s) => [s.key ?? "-", s.source, yearList(s.years), s.usedFor.join(", ")])}
      />
      <H2>Every figure of the ranking</H2>
      <P style={styles.small}>Each cell: the value, then its year and the key of its source in the list above.</P>
      {chunks(matrix.markets, 7).map((markets) => (
        <Table
          key={markets[0]!.iso3}
          fontSize={6.8}
          columns={[
            { title: "Criterion", width: 2.4 },
            ...markets.map((m) => ({ title: `${m.rank}. ${m.name}`, width: 1, align: "right" as const })),
          ]}
          rows={matrix.criteria.map((c) => [
            c.name,
            ...markets.map((m) => {
              const cell = matrix.cells[m.iso3]?.[c.key];
              return cell ? `${cell.display}\n${cell.year ?? "-"} · ${cell.sourceKey}` : "data gap";
            }),
          ])}
        />
      ))}
    </View>
  );
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function Gaps({ model }: { model: ReportModel }) {
  return (
    <View break>
      <H1>{SECTION_TITLES.gaps}</H1>
      {model.gaps.length > 0 ? (
        <Table
          columns={[
            { title: "Market", width: 18 },
            { title: "Item", width: 32 },
            { title: "What it means", width: 50 },
          ]}
          rows={model.gaps.map((g) => [g.market ?? "all", g.item, g.detail])}
        />
      ) : (
        <P>No gaps: every market has a value on every criterion used.</P>
      )}
    </View>
  );
}

export function Methodology({ model }: { model: ReportModel }) {
  return (
    <View break>
      <H1>{SECTION_TITLES.methodology}</H1>
      {model.methodology.paragraphs.map((p) => (
        <Labelled key={p.heading} label={p.heading}>
          {p.text}
        </Labelled>
      ))}
      <H2>References</H2>
      {model.methodology.references.map((r, i) => (
        <View key={i} style={styles.bulletRow} wrap={false}>
          <Text style={{ width: 16, color: "#475569" }}>{`${i + 1}.`}</Text>
          <Text style={styles.bulletText}>{pdfText(r)}</Text>
        </View>
      ))}
      <P style={{ ...styles.small, marginTop: 12 }}>
        {`Made by Outbound on ${model.dateDisplay} from scenario ${model.scenario.id}, version ${model.scenario.version}.`}
      </P>
    </View>
  );
}
