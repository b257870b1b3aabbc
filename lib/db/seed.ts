import "server-only";

import { LEGACY_GROUP_KEYS } from "@/lib/contracts/legacy-keys";
import type { Dataset } from "@/lib/contracts/dataset";

import { findDatasetVersion } from "./datasets";
import type { PrismaClient } from "./generated/client";
import { bumpDataRevision } from "./revision";
import { toIndicatorValueData } from "./rows";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type SeedOutcome = { seeded: boolean; version: string; contentHash: string };

/**
 * Writes the shipped data set into the database in one transaction: all of it or none of it.
 * Idempotent: when the newest recorded data-set version has the same content hash, nothing is
 * written; otherwise the data-set tables are replaced by exactly what data/ holds.
 */
export async function seedDatabase(prisma: PrismaClient, d: Dataset): Promise<SeedOutcome> {
  const outcome = { version: d.manifest.version, contentHash: d.contentHash };
  const current = await findDatasetVersion(prisma);
  if (current?.contentHash === d.contentHash) return { seeded: false, ...outcome };

  await prisma.$transaction(
    async (tx) => {
      await bumpDataRevision(tx);
      // Children of the data set are replaced; parents are upserted so that the user's own rows
      // (imported markets, indicators and values, origin = user) keep their references.
      await tx.caseReplay.deleteMany();
      await tx.fitEffect.deleteMany();
      await tx.marketFactorAnchor.deleteMany();
      await tx.firmPreset.deleteMany();
      await tx.frameworkEvidence.deleteMany();
      await tx.evidenceItem.deleteMany();
      await tx.ecommerceSizeFigure.deleteMany();
      await tx.incumbentPlatform.deleteMany();
      await tx.foreignSellerRule.deleteMany();
      await tx.marketContextItem.deleteMany();
      await tx.chinaTradeAgreement.deleteMany();
      await tx.sanctionsProgram.deleteMany();
      await tx.indicatorValue.deleteMany({ where: { origin: "dataset" } });

      for (const g of d.driverGroups) await tx.driverGroup.upsert({ where: { key: g.key }, create: g, update: g });
      for (const { group, ranks_markets, ...rest } of d.drivers) {
        const data = { ...rest, groupKey: group, ranksMarkets: ranks_markets };
        await tx.driver.upsert({ where: { key: rest.key }, create: data, update: data });
      }
      for (const g of d.criteriaGroups) {
        const data = {
          key: g.key,
          name: g.name,
          description: g.description,
          driverKey: g.driver,
          measurement: g.measurement,
          defaultWeight: g.default_weight,
          sort: g.sort,
        };
        await tx.criteriaGroup.upsert({ where: { key: g.key }, create: data, update: data });
      }
      const capitals = new Map(d.home.capitals.map((c) => [c.iso3, c]));
      const neighboursOf = new Map<string, string[]>();
      for (const b of d.home.landBorders) neighboursOf.set(b.iso3, [...(neighboursOf.get(b.iso3) ?? []), b.neighbour]);
      for (const m of d.markets) {
        const { income_group: incomeGroup, ...fields } = m;
        const capital = capitals.get(m.iso3);
        const data = {
          ...fields,
          incomeGroup,
          origin: "dataset" as const,
          importBatchId: null,
          capital: capital?.capital ?? null,
          capitalLat: capital?.capital_lat ?? null,
          capitalLon: capital?.capital_lon ?? null,
          landNeighbours: neighboursOf.get(m.iso3) ?? [],
        };
        await tx.market.upsert({ where: { iso3: m.iso3 }, create: data, update: data });
      }
      for (const i of d.indicators) {
        const data = {
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
          origin: "dataset" as const,
          importBatchId: null,
        };
        await tx.indicator.upsert({ where: { key: i.key }, create: data, update: data });
      }
      for (const x of d.strategies) await tx.businessStrategy.upsert({ where: { key: x.key }, create: x, update: x });
      for (const x of d.entryModes) await tx.entryMode.upsert({ where: { key: x.key }, create: x, update: x });
      for (const f of d.factors) {
        const data = {
          key: f.key,
          scope: f.scope,
          name: f.name,
          description: f.description,
          lowLabel: f.low_label,
          highLabel: f.high_label,
          sourceOfValue: f.source_of_value,
        };
        await tx.fitFactor.upsert({ where: { key: f.key }, create: data, update: data });
      }
      // A user's indicator filed under a renamed group moves with it (host_regulation → governance).
      for (const [legacy, current] of Object.entries(LEGACY_GROUP_KEYS)) {
        if (!d.criteriaGroups.some((g) => g.key === current)) continue;
        await tx.indicator.updateMany({
          where: { origin: "user", criteriaGroupKey: legacy },
          data: { criteriaGroupKey: current },
        });
      }
      // Rows the data set no longer has (a user's row that still refers to one stops the seed).
      await tx.indicator.deleteMany({ where: { origin: "dataset", key: { notIn: d.indicators.map((i) => i.key) } } });
      await tx.market.deleteMany({ where: { origin: "dataset", iso3: { notIn: d.markets.map((m) => m.iso3) } } });
      await tx.fitFactor.deleteMany({ where: { key: { notIn: d.factors.map((f) => f.key) } } });
      await tx.businessStrategy.deleteMany({ where: { key: { notIn: d.strategies.map((x) => x.key) } } });
      await tx.entryMode.deleteMany({ where: { key: { notIn: d.entryModes.map((x) => x.key) } } });
      await tx.criteriaGroup.deleteMany({ where: { key: { notIn: d.criteriaGroups.map((g) => g.key) } } });
      await tx.driver.deleteMany({ where: { key: { notIn: d.drivers.map((x) => x.key) } } });
      await tx.driverGroup.deleteMany({ where: { key: { notIn: d.driverGroups.map((x) => x.key) } } });

      await tx.indicatorValue.createMany({ data: d.indicatorValues.map(toIndicatorValueData) });
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
      await seedEvidenceFiles(tx, d.evidenceFiles, marketCodes);
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
      await tx.hofstedeScore.deleteMany();
      await tx.hofstedeScore.createMany({
        data: d.home.hofstede.map((h) => ({
          iso3: h.iso3,
          hofstedeCode: h.hofstede_code,
          country: h.country,
          powerDistance: h.power_distance,
          individualism: h.individualism,
          masculinity: h.masculinity,
          uncertaintyAvoidance: h.uncertainty_avoidance,
          longTermOrientation: h.long_term_orientation,
          indulgence: h.indulgence,
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

/** data/evidence/*.csv into their tables; a market code outside the data set keeps no relation. */
async function seedEvidenceFiles(tx: Tx, e: Dataset["evidenceFiles"], marketCodes: ReadonlySet<string>): Promise<void> {
  const ref = (iso3: string) => (marketCodes.has(iso3) ? iso3 : null);
  await tx.ecommerceSizeFigure.createMany({
    data: e.ecommerceSize.map(({ secondary_of, ...x }) => ({
      ...x,
      marketIso3: ref(x.market),
      secondaryOf: secondary_of,
    })),
  });
  await tx.incumbentPlatform.createMany({
    data: e.incumbents.map(({ owner_home, secondary_of, ...x }) => ({
      ...x,
      marketIso3: ref(x.market),
      ownerHome: owner_home,
      secondaryOf: secondary_of,
    })),
  });
  await tx.foreignSellerRule.createMany({
    data: e.foreignSellerRules.map(({ rule_type, threshold_unit, secondary_of, ...x }) => ({
      ...x,
      marketIso3: ref(x.market),
      ruleType: rule_type,
      thresholdUnit: threshold_unit,
      secondaryOf: secondary_of,
    })),
  });
  await tx.marketContextItem.createMany({
    data: [
      ...e.marketContext.map(({ secondary_of, ...x }) => ({
        ...x,
        marketIso3: ref(x.market),
        secondaryOf: secondary_of,
      })),
      // The level of the partnership with China, as the source states it (dated when it says since when).
      ...e.partnerships.map((p) => ({
        id: p.id,
        market: p.market,
        marketIso3: ref(p.market),
        topic: "political_relations" as const,
        statement: `Partnership with China: ${p.level}${p.since ? `, since ${p.since}` : ""}.`,
        effective: p.since,
        published: null,
        source: p.source,
        locator: p.locator,
        secondaryOf: p.secondary_of,
      })),
    ],
  });
  await tx.chinaTradeAgreement.createMany({
    data: e.tradeAgreements.map(({ in_force, secondary_of, ...x }) => ({
      ...x,
      marketIso3: ref(x.partner),
      inForce: in_force,
      secondaryOf: secondary_of,
    })),
  });
  await tx.sanctionsProgram.createMany({
    data: e.sanctionsPrograms.map(({ secondary_of, ...x }) => ({
      ...x,
      marketIso3: ref(x.market),
      secondaryOf: secondary_of,
    })),
  });
}
