import "server-only";

import type { Framework } from "@/lib/contracts/api";
import { citationOf } from "@/lib/data/sources";

import { currentDatasetVersion } from "./datasets";
import type { PrismaClient } from "./generated/client";
import { readCriteriaTree } from "./markets";
import { toFitEffect } from "./rows";

// The decision framework (drivers, criteria groups, strategies, entry modes, fit effects) with the
// evidence the thesis gives for each, as the API and pages show it.

export async function readFramework(prisma: PrismaClient): Promise<Framework> {
  const [dataset, driverGroups, criteriaGroups, strategies, entryModes, evidence, factors, effects] = await Promise.all(
    [
      currentDatasetVersion(prisma),
      prisma.driverGroup.findMany({ orderBy: { sort: "asc" }, include: { drivers: { orderBy: { number: "asc" } } } }),
      readCriteriaTree(prisma),
      prisma.businessStrategy.findMany({ orderBy: { key: "asc" } }),
      prisma.entryMode.findMany({ orderBy: [{ commitment: "asc" }, { key: "asc" }] }),
      prisma.frameworkEvidence.findMany({ orderBy: [{ year: "asc" }, { id: "asc" }] }),
      prisma.fitFactor.findMany({ orderBy: [{ scope: "asc" }, { key: "asc" }] }),
      prisma.fitEffect.findMany({ orderBy: [{ targetKind: "asc" }, { targetKey: "asc" }, { id: "asc" }] }),
    ],
  );
  const evidenceOf = (kind: string, key: string) =>
    evidence
      .filter((e) => e.subjectKind === kind && e.subjectKey === key)
      .map(({ id, case: caseKey, statement, year, yearNote, source, locator }) => ({
        id,
        case: caseKey,
        statement,
        year,
        yearNote,
        source,
        locator,
        citation: citationOf(source, locator),
      }));
  return {
    datasetVersion: dataset.version,
    driverGroups: driverGroups.map((g) => ({
      key: g.key,
      name: g.name,
      description: g.description,
      drivers: g.drivers.map((d) => ({
        key: d.key,
        number: d.number,
        name: d.name,
        description: d.description,
        theory: d.theory,
        ranksMarkets: d.ranksMarkets,
        evidence: evidenceOf("driver", d.key),
      })),
    })),
    criteriaGroups,
    strategies: strategies.map((s) => ({ ...s, evidence: evidenceOf("strategy", s.key) })),
    entryModes: entryModes.map((m) => ({ ...m, evidence: evidenceOf("entry_mode", m.key) })),
    factors: factors.map((f) => ({
      key: f.key,
      scope: f.scope,
      name: f.name,
      description: f.description,
      lowLabel: f.lowLabel,
      highLabel: f.highLabel,
      sourceOfValue: f.sourceOfValue,
    })),
    effects: effects.map(toFitEffect),
  };
}
