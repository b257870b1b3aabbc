import type { Dataset } from "@/lib/contracts/dataset";

import type { PrismaClient } from "./generated/client";

export type SeedOutcome = { seeded: boolean; version: string; contentHash: string };

/**
 * Writes the shipped data set into the database in one transaction: all of it or none of it.
 * Idempotent: when the newest recorded data-set version has the same content hash, nothing is
 * written; otherwise the data-set tables are replaced by exactly what data/ holds.
 */
export async function seedDatabase(prisma: PrismaClient, d: Dataset): Promise<SeedOutcome> {
  const outcome = { version: d.manifest.version, contentHash: d.contentHash };
  const current = await prisma.datasetVersion.findFirst({ orderBy: { id: "desc" } });
  if (current?.contentHash === d.contentHash) return { seeded: false, ...outcome };

  await prisma.$transaction(
    async (tx) => {
      // Children first, then parents: the data-set tables hold nothing but data/.
      await tx.caseReplay.deleteMany();
      await tx.fitEffect.deleteMany();
      await tx.marketFactorAnchor.deleteMany();
      await tx.fitFactor.deleteMany();
      await tx.firmPreset.deleteMany();
      await tx.frameworkEvidence.deleteMany();
      await tx.evidenceItem.deleteMany();
      await tx.indicatorValue.deleteMany();
      await tx.indicator.deleteMany();
      await tx.criteriaGroup.deleteMany();
      await tx.driver.deleteMany();
      await tx.driverGroup.deleteMany();
      await tx.businessStrategy.deleteMany();
      await tx.entryMode.deleteMany();
      await tx.market.deleteMany();

      await tx.market.createMany({ data: d.markets });
      await tx.driverGroup.createMany({ data: d.driverGroups });
      await tx.driver.createMany({
        data: d.drivers.map(({ group, ranks_markets, ...rest }) => ({ ...rest, groupKey: group, ranksMarkets: ranks_markets })),
      });
      await tx.criteriaGroup.createMany({
        data: d.criteriaGroups.map((g) => ({
          key: g.key,
          name: g.name,
          description: g.description,
          driverKey: g.driver,
          measurement: g.measurement,
          defaultWeight: g.default_weight,
          sort: g.sort,
        })),
      });
      await tx.indicator.createMany({
        data: d.indicators.map((i) => ({
          key: i.key,
          name: i.name,
          definition: i.definition,
          unit: i.unit,
          direction: i.direction,
          criteriaGroupKey: i.criteria_group,
          publisher: i.publisher,
          dataset: i.dataset,
          defaultWeight: i.default_weight,
          plausibleMin: i.plausible_min,
          plausibleMax: i.plausible_max,
          decimals: i.decimals,
        })),
      });
      await tx.indicatorValue.createMany({
        data: d.indicatorValues.map((v) => ({
          marketIso3: v.market,
          indicatorKey: v.indicator,
          year: v.year,
          value: v.value,
          source: v.source,
          note: v.note,
        })),
      });
      const marketCodes = new Set(d.markets.map((m) => m.iso3));
      await tx.evidenceItem.createMany({
        data: d.evidence.map((e) => ({
          id: e.id,
          scope: e.scope,
          marketIso3: marketCodes.has(e.scope) ? e.scope : null,
          topic: e.driver,
          statement: e.statement,
          year: e.year,
          yearNote: e.year_note,
          metric: e.metric,
          value: e.value,
          unit: e.unit,
          source: e.source,
          locator: e.locator,
        })),
      });
      await tx.businessStrategy.createMany({ data: d.strategies });
      await tx.entryMode.createMany({ data: d.entryModes });
      await tx.frameworkEvidence.createMany({
        data: d.frameworkEvidence.map((x) => ({
          id: x.id,
          subjectKind: x.subject_kind,
          subjectKey: x.subject,
          case: x.case,
          statement: x.statement,
          year: x.year,
          yearNote: x.year_note,
          source: x.source,
          locator: x.locator,
        })),
      });
      await tx.fitFactor.createMany({
        data: d.factors.map((f) => ({
          key: f.key,
          scope: f.scope,
          name: f.name,
          description: f.description,
          lowLabel: f.low_label,
          highLabel: f.high_label,
          sourceOfValue: f.source_of_value,
        })),
      });
      await tx.marketFactorAnchor.createMany({
        data: d.marketFactorAnchors.map((a) => ({
          factorKey: a.factor,
          indicatorKey: a.indicator,
          weight: a.weight,
          valueAt1: a.value_at_1,
          valueAt5: a.value_at_5,
          scale: a.scale,
          rationale: a.rationale,
        })),
      });
      await tx.fitEffect.createMany({
        data: d.effects.map((x) => ({
          id: x.id,
          factorKey: x.factor,
          targetKind: x.target_kind,
          targetKey: x.target,
          direction: x.direction,
          strength: x.strength,
          theory: x.theory,
          rationale: x.rationale,
          precedent: x.precedent,
        })),
      });
      await tx.firmPreset.createMany({ data: d.firmPresets });
      await tx.caseReplay.createMany({
        data: d.caseReplays.map((r) => ({ key: r.key, name: r.name, marketIso3: r.market, definition: r as object })),
      });
      // Returning to an earlier data set makes it the newest version again.
      await tx.datasetVersion.deleteMany({ where: { contentHash: d.contentHash } });
      await tx.datasetVersion.create({
        data: {
          version: d.manifest.version,
          contentHash: d.contentHash,
          title: d.manifest.title,
          description: d.manifest.description,
          releasedOn: new Date(`${d.manifest.released}T00:00:00Z`),
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { seeded: true, ...outcome };
}
