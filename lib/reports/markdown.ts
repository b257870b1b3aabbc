import { formatNumber, formatPercent } from "@/lib/format";

import { markdownBlock, markdownCell as c, markdownInline as t } from "./escape";
import type { FitOption, ReportModel } from "./model";
import {
  cellSource,
  citedSource,
  challengerText,
  choiceLine,
  computedLine,
  confidenceLine,
  entryModeLine,
  evidenceText,
  fitScore,
  marketLine,
  probability,
  rankRange,
  reasonText,
  SECTION_TITLES,
  stabilityRange,
  staleWarning,
  standingText,
  strategyLine,
  weight,
  yearList,
} from "./phrases";

// The report as Markdown: the same content as the PDF, as text. Every string from the model goes
// through `t` (escape.ts), so a name like `<script>` or `[x](javascript:…)` stays visible text.

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

const list = (items: string[]) => items.map((item) => `- ${item}`).join("\n");

export function renderMarkdown(model: ReportModel): string {
  const parts = [
    cover(model),
    summary(model),
    ranking(model),
    profiles(model),
    entry(model),
    robustness(model),
    assumptions(model),
    sources(model),
    gaps(model),
    methodology(model),
  ];
  return `${parts.filter(Boolean).join("\n\n")}\n`;
}

function cover(model: ReportModel): string {
  const stale = staleWarning(model);
  return [
    `# Recommendation report: ${t(model.title)}`,
    `**${t(model.question)}**`,
    `${t(model.dateDisplay)}. ${t(computedLine(model))}`,
    stale ? `> **Note:** ${t(stale)}` : "",
    model.scenario.notes.trim() ? `**Notes**\n\n${markdownBlock(model.scenario.notes)}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function summary(model: ReportModel): string {
  const s = model.summary;
  return [
    `## ${SECTION_TITLES.summary}`,
    list([
      `**Recommended market:** ${t(marketLine(model))}`,
      `**Entry mode:** ${t(entryModeLine(s))}`,
      `**Business strategy:** ${t(strategyLine(s))}`,
      `**Confidence (${s.confidence.level}):** ${t(confidenceLine(s))}`,
    ]),
    `**Why ${t(s.market.name)} leads**`,
    list(s.reasons.map(t)),
  ].join("\n\n");
}

function ranking(model: ReportModel): string {
  const r = model.ranking;
  const rows = r.rows.map((row) => [
    `${row.rank}`,
    `${c(row.name)} (${c(row.iso3)})`,
    row.scoreDisplay,
    formatPercent(row.coverage, 0),
    row.probabilityFirst === null ? "-" : probability(row.probabilityFirst),
    row.rankInterval90 ? rankRange(row.rankInterval90.low, row.rankInterval90.high) : "-",
    row.missing.length > 0 ? c(row.missing.join(", ")) : "none",
  ]);
  const contributions = r.rows.map((row) => [
    c(row.name),
    ...r.groups.map((g) => formatNumber(row.groupContributions[g.key] ?? 0, 3)),
    row.scoreDisplay,
  ]);
  return [
    `## ${SECTION_TITLES.ranking}`,
    t(
      `Method: ${r.method}; normalization: ${r.normalization}; missing values: ${r.missingPolicy}. Score: ${r.scoreMeaning}.`,
    ),
    table(
      ["Rank", "Market", "Score", "Data coverage", "Ranks first (Monte Carlo)", "90% rank interval", "Missing values"],
      rows,
    ),
    "**Score by criteria group** (each group's part of the score)",
    table(["Market", ...r.groups.map((g) => c(g.name)), "Score"], contributions),
  ].join("\n\n");
}

function profiles(model: ReportModel): string {
  if (model.profiles.length === 0) return "";
  const sections = model.profiles.map((p) => {
    const indicators = table(
      ["Indicator", "Value", "Unit", "Year", "Source", "Standing"],
      p.indicators.map((i) => [
        c(i.name),
        i.cell ? c(i.cell.display) : "data gap",
        c(i.unit),
        i.cell?.year === null || !i.cell ? "-" : `${i.cell.year}`,
        i.cell ? c(citedSource(i.cell)) : "-",
        c(standingText(i.standing, i.compared)),
      ]),
    );
    return [
      `### ${p.rank}. ${t(p.name)} (${t(p.iso3)}), score ${p.scoreDisplay}`,
      p.region ? t(p.region) : "",
      indicators,
      p.strengths.length > 0 ? `**Strengths**\n\n${list(p.strengths.map(t))}` : "",
      `**Risks**\n\n${p.risks.length > 0 ? list(p.risks.map(t)) : "None found in the data compared."}`,
      p.evidence.length > 0
        ? `**Evidence**\n\n${list(p.evidence.map((e) => t(evidenceText(e))))}${p.moreEvidence > 0 ? `\n\n${p.moreEvidence} more evidence items on the market page (/markets/${t(p.iso3)}).` : ""}`
        : "**Evidence**\n\nNo evidence items for this market in the data set.",
    ]
      .filter(Boolean)
      .join("\n\n");
  });
  return [`## ${SECTION_TITLES.profiles}`, ...sections].join("\n\n");
}

function fitOptions(title: string, options: FitOption[], detailed: number): string {
  const overview = table(
    ["Rank", title, "Fit (0-100, 50 = neutral)"],
    options.map((o) => [`${o.rank}`, c(o.name), fitScore(o.score)]),
  );
  const details = options
    .slice(0, detailed)
    .map((o) =>
      [
        `#### ${t(o.name)}: fit ${fitScore(o.score)}`,
        o.description ? t(o.description) : "",
        o.reasons.length > 0
          ? `**Reasons**\n\n${list(o.reasons.slice(0, 6).map((r) => t(reasonText(r)) + (r.precedent ? ` Precedent: ${t(r.precedent)}.` : "")))}`
          : "",
        o.precedents.length > 0
          ? `**Case precedents**\n\n${list(o.precedents.map((e) => `${t(e.case)}: ${t(evidenceText(e))}`))}`
          : "",
      ]
        .filter(Boolean)
        .join("\n\n"),
    );
  return [overview, ...details].join("\n\n");
}

function entry(model: ReportModel): string {
  const e = model.entry;
  if (!e) return `## ${SECTION_TITLES.entry}\n\n${t(model.summary.entryModeMissing ?? "Not assessed.")}`;
  return [
    `## ${SECTION_TITLES.entry}: ${t(e.market.name)}`,
    `**Recommended entry mode:** ${t(model.summary.entryMode ? choiceLine(model.summary.entryMode, model.summary.entryModeRunnerUp) : "none")}`,
    "### Entry modes",
    fitOptions("Entry mode", e.modes, 3),
    "### Business strategies",
    fitOptions("Strategy", e.strategies, 2),
    "### Market factors used",
    table(
      ["Factor", "Rating (1-5)", "Basis"],
      e.marketFactors.map((f) => [
        c(f.name),
        formatNumber(f.value, 2),
        c(f.reason ? `${f.basis}: ${f.reason}` : f.basis),
      ]),
    ),
    e.assumptions.length > 0 ? `**Assumptions of the fit model**\n\n${list(e.assumptions.map(t))}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function robustness(model: ReportModel): string {
  const r = model.robustness;
  const positions = Math.max(0, ...r.rankProbabilities.map((m) => m.probabilities.length));
  return [
    `## ${SECTION_TITLES.robustness}`,
    t(confidenceLine(model.summary)),
    "### Stability intervals",
    t(`How far each weight can move (the others rescaled) while ${r.leader.name} stays first.`),
    table(
      ["Criterion", "Group", "Weight", "Leader unchanged from", "Who takes over"],
      r.stability.map((s) => [c(s.criterion), c(s.group), weight(s.weight), stabilityRange(s), c(challengerText(s))]),
    ),
    "### Rank probabilities",
    t(
      `${r.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of the weights (Dirichlet, concentration ${r.monteCarlo.concentration}, seed ${r.monteCarlo.seed}, value distribution ${r.monteCarlo.valueDistribution}).`,
    ),
    table(
      ["Market", ...Array.from({ length: positions }, (_, i) => `Rank ${i + 1}`), "Mean rank", "90% interval"],
      r.rankProbabilities.map((m) => [
        c(m.name),
        ...Array.from({ length: positions }, (_, i) => probability(m.probabilities[i] ?? 0)),
        formatNumber(m.meanRank, 2),
        rankRange(m.low, m.high),
      ]),
    ),
    "### Agreement between methods",
    table(
      ["Method variant", "Ranks first", "Spearman rank correlation with the chosen method"],
      r.methodAgreement.variants.map((v) => [
        c(v.label),
        c(v.leaders.join(", ")),
        v.rhoWithChosen === null ? "-" : formatNumber(v.rhoWithChosen, 2),
      ]),
    ),
  ].join("\n\n");
}

function assumptions(model: ReportModel): string {
  const a = model.assumptions;
  const weights = a.groups.flatMap((g) =>
    g.criteria.map((x) => [c(g.name), weight(g.weight), c(x.name), weight(x.withinGroup), weight(x.weight)]),
  );
  return [
    `## ${SECTION_TITLES.assumptions}`,
    list([t(`Method: ${a.method}`), t(`Normalization: ${a.normalization}`), t(`Missing values: ${a.missingPolicy}`)]),
    "### Weights",
    table(["Criteria group", "Group weight", "Criterion", "Weight within group", "Global weight"], weights),
    a.ahp.length > 0
      ? `### AHP consistency\n\n${table(
          ["Comparison", "Consistency ratio", "Consistent (CR at most 0.10)", "Method"],
          a.ahp.map((x) => [c(x.scope), formatNumber(x.cr, 3), x.consistent ? "yes" : "no", c(x.method)]),
        )}`
      : "",
    "### Firm profile",
    a.firmProfile
      ? table(
          ["Factor", "Rating (1-5)", "1 means", "5 means"],
          a.firmProfile.map((f) => [c(f.name), formatNumber(f.value, 1), c(f.lowLabel), c(f.highLabel)]),
        )
      : "No firm profile saved with this scenario.",
    a.assessments.length > 0
      ? `### Your assessments\n\n${table(
          ["Market", "Criterion", "Rating (1-5)"],
          a.assessments.map((x) => [c(x.market), c(x.criterion), formatNumber(x.value, 1)]),
        )}`
      : "",
    t(
      `Monte Carlo: ${a.monteCarlo.samples.toLocaleString("en-US")} samples, seed ${a.monteCarlo.seed}, concentration ${a.monteCarlo.concentration}.`,
    ),
  ]
    .filter(Boolean)
    .join("\n\n");
}

function sources(model: ReportModel): string {
  const matrixRows = model.matrix.markets.flatMap((m) =>
    model.matrix.criteria.map((c) => {
      const cell = model.matrix.cells[m.iso3]?.[c.key];
      return [t(m.name), t(c.name), cell ? t(cell.display) : "data gap", cell ? t(cellSource(cell)) : "-"];
    }),
  );
  return [
    `## ${SECTION_TITLES.sources}`,
    t("Figures in the tables cite their source by key, e.g. [S1]; evidence items name their source in full."),
    table(
      ["Key", "Source", "Years", "Used for"],
      model.sources.map((s) => [s.key ?? "-", c(s.source), yearList(s.years), c(s.usedFor.join(", "))]),
    ),
    "### Every figure of the ranking",
    table(["Market", "Criterion", "Value", "Source, year"], matrixRows),
  ].join("\n\n");
}

function gaps(model: ReportModel): string {
  return [
    `## ${SECTION_TITLES.gaps}`,
    model.gaps.length > 0
      ? table(
          ["Market", "Item", "What it means"],
          model.gaps.map((g) => [g.market ? c(g.market) : "all", c(g.item), c(g.detail)]),
        )
      : "No gaps: every market has a value on every criterion used.",
  ].join("\n\n");
}

function methodology(model: ReportModel): string {
  return [
    `## ${SECTION_TITLES.methodology}`,
    ...model.methodology.paragraphs.map((p) => `**${t(p.heading)}.** ${t(p.text)}`),
    "### References",
    model.methodology.references.map((r, i) => `${i + 1}. ${t(r)}`).join("\n"),
    `---\n\nMade by Outbound on ${t(model.dateDisplay)} from scenario ${t(model.scenario.id)}, version ${model.scenario.version}.`,
  ].join("\n\n");
}
