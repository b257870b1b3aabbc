import { Text, View } from "@react-pdf/renderer";

import { formatNumber, formatPercent } from "@/lib/format";

import { pdfText, pdfTextWithLoss } from "../escape";
import type { MarketProfileSection, ReportModel } from "../model";
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
} from "../phrases";
import { RankingChart } from "./charts";
import { Bullets, COLORS, H1, H2, H3, Labelled, Note, P, styles, T, Table } from "./primitives";

// The PDF's first part: cover, executive summary, ranking and the profiles of the top markets.

export function Cover({ model }: { model: ReportModel }) {
  const title = pdfTextWithLoss(model.title);
  const stale = staleWarning(model);
  const s = model.summary;
  const glance: [string, string][] = [
    ["Recommended market", marketLine(model)],
    ["Entry mode", entryModeLine(s)],
    ["Business strategy", strategyLine(s)],
    [
      "Confidence",
      `${s.confidence.level[0]!.toUpperCase()}${s.confidence.level.slice(1)}: ranks first in ${probability(s.confidence.probabilityFirst)} of the Monte Carlo draws; ${s.confidence.variantsAgreeing} of ${s.confidence.variantsTotal} method variants agree.`,
    ],
  ];
  return (
    <View>
      <Text style={{ fontSize: 8.5, color: COLORS.brand, fontFamily: "Helvetica-Bold", marginTop: 40 }}>
        OUTBOUND · RECOMMENDATION REPORT
      </Text>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 24, color: COLORS.ink, marginTop: 14, lineHeight: 1.2 }}>
        {title.text}
      </Text>
      <Text style={{ fontSize: 13, color: COLORS.text, marginTop: 14, lineHeight: 1.4 }}>
        {pdfText(model.question)}
      </Text>
      <Text style={{ fontSize: 10, color: COLORS.muted, marginTop: 12 }}>{pdfText(model.dateDisplay)}</Text>
      <Text style={{ ...styles.small, marginTop: 3 }}>{pdfText(computedLine(model))}</Text>
      {title.lost ? (
        <Note>
          {`The scenario name contains characters this PDF's built-in font cannot show; they appear as "?". The Markdown and JSON exports keep the name exactly.`}
        </Note>
      ) : null}
      {stale ? <Note>{stale}</Note> : null}
      <View style={{ marginTop: 26, borderTopWidth: 2, borderTopColor: COLORS.brand, paddingTop: 10 }}>
        <Text style={{ ...styles.h2, marginTop: 0 }}>At a glance</Text>
        {glance.map(([label, text]) => (
          <View key={label} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
            <Text style={{ width: 118, fontFamily: "Helvetica-Bold", fontSize: 9, color: COLORS.muted }}>{label}</Text>
            <Text style={{ flex: 1, fontSize: 10 }}>{pdfText(text)}</Text>
          </View>
        ))}
      </View>
      {model.scenario.notes.trim() ? (
        <View style={{ marginTop: 14 }}>
          <H3>Notes</H3>
          <T style={{ fontSize: 9 }}>{model.scenario.notes.trim()}</T>
        </View>
      ) : null}
      <View style={{ marginTop: 18 }}>
        <H3>Contents</H3>
        <T style={styles.small}>{Object.values(SECTION_TITLES).join(" · ")}</T>
      </View>
    </View>
  );
}

export function Summary({ model }: { model: ReportModel }) {
  const s = model.summary;
  const mode = model.entry?.modes[0];
  return (
    <View>
      <H1>{SECTION_TITLES.summary}</H1>
      <Labelled label="Recommended market">{marketLine(model)}</Labelled>
      <Labelled label="Entry mode">{entryModeLine(s)}</Labelled>
      <Labelled label="Business strategy">{strategyLine(s)}</Labelled>
      <Labelled label={`Confidence (${s.confidence.level})`}>{confidenceLine(s)}</Labelled>
      <H2>{`Why ${s.market.name} leads`}</H2>
      <Bullets items={s.reasons} />
      {mode ? (
        <>
          <H2>{`Why ${mode.name.toLowerCase()}`}</H2>
          <Bullets items={mode.reasons.slice(0, 4).map(reasonText)} />
        </>
      ) : null}
      {model.profiles[0] && model.profiles[0].risks.length > 0 ? (
        <>
          <H2>{`Main risks in ${model.profiles[0].name}`}</H2>
          <Bullets items={model.profiles[0].risks.slice(0, 5)} />
        </>
      ) : null}
    </View>
  );
}

export function Ranking({ model }: { model: ReportModel }) {
  const r = model.ranking;
  return (
    <View break>
      <H1>{SECTION_TITLES.ranking}</H1>
      <P>{`Method: ${r.method}; normalization: ${r.normalization}. Missing values: ${r.missingPolicy}. Score: ${r.scoreMeaning}.`}</P>
      <RankingChart ranking={r} />
      <Table
        columns={[
          { title: "Rank", width: 5, align: "right" },
          { title: "Market", width: 18 },
          { title: "Score", width: 8, align: "right" },
          { title: "Data coverage", width: 9, align: "right" },
          { title: "Ranks first (Monte Carlo)", width: 11, align: "right" },
          { title: "90% rank interval", width: 9, align: "right" },
          { title: "Missing values", width: 30 },
        ]}
        rows={r.rows.map((row) => [
          row.rank,
          `${row.name} (${row.iso3})`,
          row.scoreDisplay,
          formatPercent(row.coverage, 0),
          row.probabilityFirst === null ? "-" : probability(row.probabilityFirst),
          row.rankInterval90 ? rankRange(row.rankInterval90.low, row.rankInterval90.high) : "-",
          row.missing.length > 0 ? row.missing.join(", ") : "none",
        ])}
      />
      <H3>Score by criteria group</H3>
      <Table
        columns={[
          { title: "Market", width: 18 },
          ...r.groups.map((g) => ({ title: g.name, width: 12, align: "right" as const })),
          { title: "Score", width: 9, align: "right" },
        ]}
        rows={r.rows.map((row) => [
          row.name,
          ...r.groups.map((g) => formatNumber(row.groupContributions[g.key] ?? 0, 3)),
          row.scoreDisplay,
        ])}
      />
    </View>
  );
}

export function Profile({ profile, first }: { profile: MarketProfileSection; first: boolean }) {
  return (
    <View break>
      {first ? <T style={{ ...styles.small, marginBottom: 4 }}>{SECTION_TITLES.profiles}</T> : null}
      <H1>{`${profile.rank}. ${profile.name}`}</H1>
      <P
        style={styles.small}
      >{`${profile.iso3}${profile.region ? ` · ${profile.region}` : ""} · score ${profile.scoreDisplay}`}</P>
      <Table
        fontSize={7.5}
        columns={[
          { title: "Indicator", width: 28 },
          { title: "Value", width: 12, align: "right" },
          { title: "Unit", width: 18 },
          { title: "Year", width: 6 },
          { title: "Source (key in the source list)", width: 27 },
          { title: "Standing", width: 9 },
        ]}
        rows={profile.indicators.map((i) => [
          `${i.name}${i.direction === "cost" ? " (lower is better)" : ""}`,
          i.cell ? i.cell.display : "data gap",
          i.unit,
          i.cell?.year ?? "-",
          i.cell ? citedSource(i.cell) : "no value in the data set",
          standingText(i.standing, i.compared),
        ])}
      />
      {profile.strengths.length > 0 ? (
        <>
          <H2>Strengths</H2>
          <Bullets items={profile.strengths} />
        </>
      ) : null}
      <H2>Risks</H2>
      {profile.risks.length > 0 ? <Bullets items={profile.risks} /> : <P>None found in the data compared.</P>}
      <H2>Evidence</H2>
      {profile.evidence.length > 0 ? (
        <Bullets items={profile.evidence.map(evidenceText)} />
      ) : (
        <P>No evidence items for this market in the data set.</P>
      )}
      {profile.moreEvidence > 0 ? (
        <P
          style={styles.small}
        >{`${profile.moreEvidence} more evidence items on the market page in Outbound (/markets/${profile.iso3}).`}</P>
      ) : null}
    </View>
  );
}
