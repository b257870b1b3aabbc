import type { useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";

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
  const f = formattersFor(model.locale);
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
                  label: t("appendix.weights"),
                  text: a.weights.detail ? `${a.weights.label}. ${a.weights.detail}` : a.weights.label,
                },
              ]
            : []),
          { key: "home", label: t("appendix.home"), text: a.home },
          { key: "method", label: t("appendix.method"), text: a.method },
          { key: "normalization", label: t("appendix.normalization"), text: a.normalization },
          { key: "missing-values", label: t("ranking.missing"), text: a.missingPolicy },
          {
            key: "monte-carlo",
            label: t("appendix.monteCarlo"),
            text: mc.description,
          },
          { key: "coverage", label: t("appendix.coverage"), text: a.coverage },
          ...(a.preferences ? [{ key: "preferences", label: t("appendix.preferences"), text: a.preferences }] : []),
        ],
      },
      table<WeightRow>(
        {
          id: "weights",
          title: t("appendix.weights"),
          columns: [
            { heading: t("col.group"), width: 28, cell: (w) => w.group.name },
            { heading: t("col.groupWeight"), align: "right", width: 11, cell: (w) => weight(w.group.weight) },
            { heading: t("col.criterion"), width: 35, rowHeader: true, cell: (w) => w.criterion.name },
            {
              heading: t("col.withinGroup"),
              align: "right",
              width: 12,
              cell: (w) => weight(w.criterion.withinGroup),
            },
            { heading: t("col.globalWeight"), align: "right", width: 12, cell: (w) => weight(w.criterion.weight) },
          ],
        },
        a.groups.flatMap((group) => group.criteria.map((criterion) => ({ group, criterion }))),
      ),
      ...(a.ahp.length > 0
        ? [
            table<AssumptionsSection["ahp"][number]>(
              {
                id: "ahp",
                title: t("appendix.ahp"),
                columns: [
                  { heading: t("col.comparison"), width: 45, rowHeader: true, cell: (x) => x.scope },
                  { heading: t("col.cr"), align: "right", width: 18, cell: (x) => f.formatNumber(x.cr, 3) },
                  { heading: t("col.consistent"), width: 20, cell: (x) => (x.consistent ? t("yes") : t("no")) },
                  { heading: t("appendix.method"), width: 17, cell: (x) => x.method },
                ],
              },
              a.ahp,
            ),
          ]
        : []),
      table<NonNullable<AssumptionsSection["firmProfile"]>[number]>(
        {
          id: "firm-profile",
          title: t("appendix.firmProfile"),
          empty: t("appendix.noFirmProfile"),
          columns: [
            { heading: t("col.factor"), width: 30, rowHeader: true, cell: (f) => f.name },
            { heading: t("col.rating"), align: "right", width: 12, cell: (x) => f.formatNumber(x.value, 1) },
            { heading: t("col.oneMeans"), width: 29, cell: (x) => x.lowLabel },
            { heading: t("col.fiveMeans"), width: 29, cell: (x) => x.highLabel },
          ],
        },
        a.firmProfile ?? [],
      ),
      ...(a.assessments.length > 0
        ? [
            table<AssumptionsSection["assessments"][number]>(
              {
                id: "assessments",
                title: t("appendix.assessments"),
                columns: [
                  { heading: t("ranking.market"), width: 30, rowHeader: true, cell: (x) => x.market },
                  { heading: t("col.criterion"), width: 50, cell: (x) => x.criterion },
                  { heading: t("col.rating"), align: "right", width: 20, cell: (x) => f.formatNumber(x.value, 1) },
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
      text(t("appendix.sourcesIntro", { provenance: t("appendix.provenance") }), { muted: true }),
      table<SourceLine>(
        {
          id: "sources",
          title: t("appendix.sourcesTable"),
          titleStyle: "caption",
          dense: true,
          columns: [
            { heading: t("col.key"), width: 6, cell: (s) => s.key ?? "-" },
            { heading: t("col.source"), width: 50, rowHeader: true, cell: (s) => s.citation ?? s.source },
            {
              heading: t("col.years"),
              width: 12,
              cell: (s) =>
                s.computed
                  ? t("appendix.computedNoYear")
                  : s.years.length === 0
                    ? t("appendix.noYear")
                    : yearList(s.years),
            },
            { heading: t("col.usedFor"), width: 32, cell: (s) => s.usedFor.join(", ") },
          ],
        },
        model.sources,
      ),
      table<EditionLine>(
        {
          id: "editions",
          title: t("appendix.editions"),
          titleStyle: "caption",
          intro: [t("appendix.editionsIntro")],
          dense: true,
          columns: [
            {
              heading: t("col.edition"),
              width: 40,
              rowHeader: true,
              cell: (e) => e.edition ?? t("appendix.editionNotRecorded"),
            },
            {
              heading: t("col.dataYears"),
              width: 15,
              // A computed value's year is its newest input's: no data year of its own.
              cell: (e) =>
                e.years.length === 0 && e.edition?.startsWith("computed")
                  ? t("appendix.computed")
                  : e.years.length === 0
                    ? t("appendix.noYear")
                    : yearList(e.years),
            },
            { heading: t("col.usedFor"), width: 45, cell: (e) => e.usedFor.join(", ") },
          ],
        },
        model.editions,
      ),
      table<OldValueLine>(
        {
          id: "old-values",
          title: t("appendix.oldTitle"),
          titleStyle: "caption",
          intro: [t("appendix.oldIntro", { year: model.generatedAt.slice(0, 4) })],
          empty: t("appendix.oldNone"),
          dense: true,
          columns: [
            { heading: t("ranking.market"), width: 20, cell: (o) => o.market },
            { heading: t("col.criterion"), width: 35, rowHeader: true, cell: (o) => o.criterion },
            { heading: t("col.dataYear"), width: 10, align: "right", cell: (o) => String(o.year) },
            { heading: t("col.age"), width: 10, align: "right", cell: (o) => t("appendix.age", { age: o.age }) },
            { heading: t("col.edition"), width: 25, cell: (o) => o.edition ?? t("appendix.notRecorded") },
          ],
        },
        model.oldValues,
      ),
      table<MatrixCriterion>(
        {
          id: "matrix",
          title: t("appendix.matrix"),
          intro: [t("appendix.matrixIntro")],
          dense: true,
          // Seven markets fit across an A4 page; more continue in further parts, none is dropped.
          split: { keep: 1, perPart: 7 },
          columns: [
            { heading: t("col.criterion"), width: 2.4, rowHeader: true, cell: (c) => c.name },
            ...matrix.markets.map((m) => ({
              heading: `${m.rank}. ${m.name}`,
              align: "right" as const,
              width: 1,
              cell: (c: MatrixCriterion) => {
                const cell = matrix.cells[m.iso3]?.[c.key];
                if (!cell) return t("appendix.dataGap");
                // The user's own assessments have no year: the source key alone; a computed value says so.
                return {
                  text: cell.uncertainty ? `${cell.display} ${cell.uncertainty.display}` : cell.display,
                  detail: cell.computed
                    ? `${t("appendix.computed")} · ${cell.sourceKey}`
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
    title: t("appendix.provenance"),
    blocks: [
      text(t("appendix.provenanceIntro"), { muted: true }),
      table<ProvenanceRow>(
        {
          id: "provenance",
          title: t("appendix.provenance"),
          titleStyle: "hidden",
          dense: true,
          columns: [
            { heading: t("col.key"), width: 6, cell: (r) => r.key ?? "-" },
            { heading: t("col.source"), width: 34, rowHeader: true, cell: (r) => r.citation },
            { heading: t("col.takenFrom"), width: 60, cell: (r) => r.where },
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
          title: t("sections.gaps"),
          titleStyle: "hidden",
          empty: t("appendix.noGaps"),
          columns: [
            { heading: t("ranking.market"), width: 18, cell: (g) => g.market ?? t("appendix.all") },
            { heading: t("col.item"), width: 32, rowHeader: true, cell: (g) => g.item },
            { heading: t("col.meaning"), width: 50, cell: (g) => g.detail },
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
      heading(t("appendix.references")),
      list(references, { ordered: true }),
      text(t("appendix.madeBy", { date: model.dateDisplay, id: model.scenario.id, version: model.scenario.version }), {
        muted: true,
      }),
    ],
  };
}
