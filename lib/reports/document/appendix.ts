import type { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";

import type {
  AssumptionsSection,
  EditionLine,
  GapLine,
  MatrixCriterion,
  OldValueLine,
  ReportModel,
  SourceLine,
} from "../model";
import { weight, yearList } from "../phrases";
import { heading, list, table, text } from "./blocks";
import type { Section } from "./types";

// The appendix: assumptions, sources with every figure of the ranking, data gaps, methodology.

type WeightRow = {
  group: AssumptionsSection["groups"][number];
  criterion: AssumptionsSection["groups"][number]["criteria"][number];
};

export function assumptionsSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const a = model.assumptions;
  const mc = a.monteCarlo;
  return {
    id: "assumptions",
    title: t("sections.assumptions"),
    blocks: [
      {
        kind: "fields",
        items: [
          ...(a.weights
            ? [
                {
                  key: "weight-preset",
                  label: "Weights",
                  text: a.weights.detail ? `${a.weights.label}. ${a.weights.detail}` : a.weights.label,
                },
              ]
            : []),
          { key: "home", label: "Home market", text: a.home },
          { key: "method", label: "Method", text: a.method },
          { key: "normalization", label: "Normalization", text: a.normalization },
          { key: "missing-values", label: "Missing values", text: a.missingPolicy },
          {
            key: "monte-carlo",
            label: "Monte Carlo",
            text: mc.description,
          },
          { key: "coverage", label: "Coverage and scale", text: a.coverage },
          ...(a.preferences
            ? [{ key: "preferences", label: "PROMETHEE preference functions", text: a.preferences }]
            : []),
        ],
      },
      table<WeightRow>(
        {
          id: "weights",
          title: "Weights",
          columns: [
            { heading: "Criteria group", width: 28, cell: (w) => w.group.name },
            { heading: "Group weight", align: "right", width: 11, cell: (w) => weight(w.group.weight) },
            { heading: "Criterion", width: 35, rowHeader: true, cell: (w) => w.criterion.name },
            {
              heading: "Weight within group",
              align: "right",
              width: 12,
              cell: (w) => weight(w.criterion.withinGroup),
            },
            { heading: "Global weight", align: "right", width: 12, cell: (w) => weight(w.criterion.weight) },
          ],
        },
        a.groups.flatMap((group) => group.criteria.map((criterion) => ({ group, criterion }))),
      ),
      ...(a.ahp.length > 0
        ? [
            table<AssumptionsSection["ahp"][number]>(
              {
                id: "ahp",
                title: "AHP consistency",
                columns: [
                  { heading: "Comparison", width: 45, rowHeader: true, cell: (x) => x.scope },
                  { heading: "Consistency ratio", align: "right", width: 18, cell: (x) => formatNumber(x.cr, 3) },
                  { heading: "Consistent (CR at most 0.10)", width: 20, cell: (x) => (x.consistent ? "yes" : "no") },
                  { heading: "Method", width: 17, cell: (x) => x.method },
                ],
              },
              a.ahp,
            ),
          ]
        : []),
      table<NonNullable<AssumptionsSection["firmProfile"]>[number]>(
        {
          id: "firm-profile",
          title: "Firm profile",
          empty: "No firm profile saved with this scenario.",
          columns: [
            { heading: "Factor", width: 30, rowHeader: true, cell: (f) => f.name },
            { heading: "Rating (1-5)", align: "right", width: 12, cell: (f) => formatNumber(f.value, 1) },
            { heading: "1 means", width: 29, cell: (f) => f.lowLabel },
            { heading: "5 means", width: 29, cell: (f) => f.highLabel },
          ],
        },
        a.firmProfile ?? [],
      ),
      ...(a.assessments.length > 0
        ? [
            table<AssumptionsSection["assessments"][number]>(
              {
                id: "assessments",
                title: "Your assessments",
                columns: [
                  { heading: "Market", width: 30, rowHeader: true, cell: (x) => x.market },
                  { heading: "Criterion", width: 50, cell: (x) => x.criterion },
                  { heading: "Rating (1-5)", align: "right", width: 20, cell: (x) => formatNumber(x.value, 1) },
                ],
              },
              a.assessments,
            ),
          ]
        : []),
    ],
  };
}

export function sourcesSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const { matrix } = model;
  return {
    id: "sources",
    title: t("sections.sources"),
    blocks: [
      text(
        `Figures in the tables cite their source by key, e.g. [S1]; evidence items name their source in full. Repository paths, commits and file lines are in "${PROVENANCE_TITLE}" at the end.`,
        { muted: true },
      ),
      table<SourceLine>(
        {
          id: "sources",
          title: "Sources",
          titleStyle: "caption",
          dense: true,
          columns: [
            { heading: "Key", width: 6, cell: (s) => s.key ?? "-" },
            { heading: "Source", width: 50, rowHeader: true, cell: (s) => s.citation ?? s.source },
            { heading: "Years", width: 12, cell: (s) => (s.computed ? "computed (no data year)" : yearList(s.years)) },
            { heading: "Used for", width: 32, cell: (s) => s.usedFor.join(", ") },
          ],
        },
        model.sources,
      ),
      table<EditionLine>(
        {
          id: "editions",
          title: "Editions used",
          titleStyle: "caption",
          intro: [
            "The edition or release of each figure of the ranking, with the data years (survey years) taken from it.",
          ],
          dense: true,
          columns: [
            {
              heading: "Edition",
              width: 40,
              rowHeader: true,
              cell: (e) => e.edition ?? "not recorded (a figure saved with an older data set, or changed since)",
            },
            {
              heading: "Data years",
              width: 15,
              // A computed value's year is its newest input's: no data year of its own.
              cell: (e) => (e.years.length === 0 && e.edition?.startsWith("computed") ? "computed" : yearList(e.years)),
            },
            { heading: "Used for", width: 45, cell: (e) => e.usedFor.join(", ") },
          ],
        },
        model.editions,
      ),
      table<OldValueLine>(
        {
          id: "old-values",
          title: "Figures older than three years",
          titleStyle: "caption",
          intro: [
            `Figures whose data year is more than three years before ${model.generatedAt.slice(0, 4)}, the year of this report; computed values (distances, cultural distance) have no data year of their own and are not listed.`,
          ],
          empty: "None: every dated figure of the ranking is at most three years old.",
          dense: true,
          columns: [
            { heading: "Market", width: 20, cell: (o) => o.market },
            { heading: "Criterion", width: 35, rowHeader: true, cell: (o) => o.criterion },
            { heading: "Data year", width: 10, align: "right", cell: (o) => String(o.year) },
            { heading: "Age", width: 10, align: "right", cell: (o) => `${o.age} years` },
            { heading: "Edition", width: 25, cell: (o) => o.edition ?? "not recorded" },
          ],
        },
        model.oldValues,
      ),
      table<MatrixCriterion>(
        {
          id: "matrix",
          title: "Every figure of the ranking",
          intro: [
            "Each cell: the value with the 95 % uncertainty the Monte Carlo drew it within (where one was assigned: estimates, projections, older figures, survey shares, your ratings), then its year and the key of its source in the list above.",
          ],
          dense: true,
          // Seven markets fit across an A4 page; more continue in further parts, none is dropped.
          split: { keep: 1, perPart: 7 },
          columns: [
            { heading: "Criterion", width: 2.4, rowHeader: true, cell: (c) => c.name },
            ...matrix.markets.map((m) => ({
              heading: `${m.rank}. ${m.name}`,
              align: "right" as const,
              width: 1,
              cell: (c: MatrixCriterion) => {
                const cell = matrix.cells[m.iso3]?.[c.key];
                if (!cell) return "data gap";
                // The user's own assessments have no year: the source key alone; a computed value says so.
                return {
                  text: cell.uncertainty ? `${cell.display} ${cell.uncertainty.display}` : cell.display,
                  detail: cell.computed
                    ? `computed · ${cell.sourceKey}`
                    : cell.year === null
                      ? cell.sourceKey
                      : `${cell.year} · ${cell.sourceKey}`,
                };
              },
            })),
          ],
        },
        matrix.criteria,
      ),
    ],
  };
}

export const PROVENANCE_TITLE = "Data provenance";

type ProvenanceRow = { key: string | null; citation: string; where: string };

/**
 * Where every cited figure was taken from: the stored source strings with their repository paths,
 * commits and file lines. Kept out of the main text (issue 11 §6), so a reader who wants to check a
 * figure can, and one who does not is not slowed by it.
 */
export function provenanceSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section | null {
  const rows: ProvenanceRow[] = model.sources.flatMap((s) =>
    (s.provenance && s.provenance.length > 0 ? s.provenance : [s.source]).map((where) => ({
      key: s.key,
      citation: s.citation ?? s.source,
      where,
    })),
  );
  if (rows.length === 0) return null;
  return {
    id: "provenance",
    title: PROVENANCE_TITLE,
    blocks: [
      text(
        "The files, repository commits and lines each cited figure and evidence item was read from, for checking. Seed documents (seeds/…) are the texts the product is built on; the thesis is seeds/003_962a4ad03d6c2f4b.txt.",
        { muted: true },
      ),
      table<ProvenanceRow>(
        {
          id: "provenance",
          title: PROVENANCE_TITLE,
          titleStyle: "hidden",
          dense: true,
          columns: [
            { heading: "Key", width: 6, cell: (r) => r.key ?? "-" },
            { heading: "Source", width: 34, rowHeader: true, cell: (r) => r.citation },
            { heading: "Taken from", width: 60, cell: (r) => r.where },
          ],
        },
        rows,
      ),
    ],
  };
}

export function gapsSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  return {
    id: "gaps",
    title: t("sections.gaps"),
    blocks: [
      table<GapLine>(
        {
          id: "gaps",
          title: "Data gaps",
          titleStyle: "hidden",
          empty: "No gaps: every market has a value on every criterion used.",
          columns: [
            { heading: "Market", width: 18, cell: (g) => g.market ?? "all" },
            { heading: "Item", width: 32, rowHeader: true, cell: (g) => g.item },
            { heading: "What it means", width: 50, cell: (g) => g.detail },
          ],
        },
        model.gaps,
      ),
    ],
  };
}

export function methodologySection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const { paragraphs, references } = model.methodology;
  return {
    id: "methodology",
    title: t("sections.methodology"),
    blocks: [
      ...paragraphs.map((p) => text(p.text, { lead: p.heading })),
      heading("References"),
      list(references, { ordered: true }),
      text(
        `Made by Outbound on ${model.dateDisplay} from scenario ${model.scenario.id}, version ${model.scenario.version}.`,
        { muted: true },
      ),
    ],
  };
}
