import "server-only";

import type { Framework, IndicatorMeta } from "@/lib/contracts/api";
import { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";
import { dataText } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";

import { cachedByData } from "./cache";

/** The decision framework (drivers, criteria groups, strategies, entry modes, fit effects) with its evidence. */
export async function decisionFramework(): Promise<Framework> {
  return cachedByData("framework", async () => readFramework(await getPrisma()));
}

type Evidence = Framework["strategies"][number]["evidence"][number];

/** A framework evidence item in the reader's language; its source stays as published. */
function localizedEvidence(locale: Locale, e: Evidence): Evidence {
  return {
    ...e,
    statement: dataText(locale, "framework-evidence", e.id, "statement", e.statement),
    yearNote: e.yearNote === null ? null : dataText(locale, "framework-evidence", e.id, "year_note", e.yearNote),
  };
}

/** An indicator's name and definition in the reader's language (unit, publisher and data set as published). */
export function localizedIndicator<I extends Pick<IndicatorMeta, "key" | "name" | "definition"> & { unit?: string }>(
  locale: Locale,
  i: I,
): I {
  return {
    ...i,
    name: dataText(locale, "indicators", i.key, "name", i.name),
    definition: dataText(locale, "indicators", i.key, "definition", i.definition),
    ...(i.unit === undefined ? {} : { unit: dataText(locale, "indicators", i.key, "unit", i.unit) }),
  };
}

/**
 * The framework with every data text in the reader's language (issue 12 §3): names, descriptions,
 * the factors' scale labels, the effects' rationales and the evidence statements. Theories and
 * sources are citations and stay as published. English is the framework itself.
 */
export async function localizedFramework(locale: Locale): Promise<Framework> {
  const framework = await decisionFramework();
  if (locale === "en") return framework;
  const text = (
    table: "driver-groups" | "drivers" | "criteria-groups" | "strategies" | "entry-modes" | "factors",
    key: string,
    field: string,
    english: string,
  ) => dataText(locale, table, key, field, english);
  return {
    ...framework,
    driverGroups: framework.driverGroups.map((g) => ({
      ...g,
      name: text("driver-groups", g.key, "name", g.name),
      description: text("driver-groups", g.key, "description", g.description),
      drivers: g.drivers.map((d) => ({
        ...d,
        name: text("drivers", d.key, "name", d.name),
        description: text("drivers", d.key, "description", d.description),
        evidence: d.evidence.map((e) => localizedEvidence(locale, e)),
      })),
    })),
    criteriaGroups: framework.criteriaGroups.map((g) => ({
      ...g,
      name: text("criteria-groups", g.key, "name", g.name),
      description: text("criteria-groups", g.key, "description", g.description),
      indicators: g.indicators.map((i) => localizedIndicator(locale, i)),
    })),
    strategies: framework.strategies.map((s) => ({
      ...s,
      name: text("strategies", s.key, "name", s.name),
      description: text("strategies", s.key, "description", s.description),
      evidence: s.evidence.map((e) => localizedEvidence(locale, e)),
    })),
    entryModes: framework.entryModes.map((m) => ({
      ...m,
      name: text("entry-modes", m.key, "name", m.name),
      description: text("entry-modes", m.key, "description", m.description),
      evidence: m.evidence.map((e) => localizedEvidence(locale, e)),
    })),
    factors: framework.factors.map((f) => ({
      ...f,
      name: text("factors", f.key, "name", f.name),
      description: text("factors", f.key, "description", f.description),
      lowLabel: text("factors", f.key, "low_label", f.lowLabel),
      highLabel: text("factors", f.key, "high_label", f.highLabel),
    })),
    effects: framework.effects.map((e) => ({
      ...e,
      rationale: dataText(locale, "effects", e.id, "rationale", e.rationale),
    })),
  };
}
