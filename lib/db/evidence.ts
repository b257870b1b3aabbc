import "server-only";

import type {
  ChinaTradeAgreement,
  EcommerceSizeFigure,
  ForeignSellerRule,
  IncumbentPlatform,
  MarketContextItem,
  SanctionsProgram,
} from "@/lib/contracts/evidence";

import type { PrismaClient } from "./generated/client";

// The e-commerce evidence of one market (data/evidence/*.csv as seeded): plain reads, newest
// first. Which rule is in force and the range across sources are decided in lib/server.

export type MarketEvidenceRows = {
  ecommerceSize: EcommerceSizeFigure[];
  incumbents: IncumbentPlatform[];
  foreignSellerRules: (Omit<ForeignSellerRule, "inForce" | "status"> & { market: string })[];
  context: MarketContextItem[];
  tradeAgreements: ChinaTradeAgreement[];
  sanctionsPrograms: SanctionsProgram[];
};

export async function readMarketEvidence(prisma: PrismaClient, iso3: string): Promise<MarketEvidenceRows> {
  const [size, incumbents, rules, context, agreements, programs] = await Promise.all([
    prisma.ecommerceSizeFigure.findMany({ where: { market: iso3 }, orderBy: [{ year: "desc" }, { id: "asc" }] }),
    prisma.incumbentPlatform.findMany({
      where: { market: iso3 },
      orderBy: [{ year: "desc" }, { platform: "asc" }, { id: "asc" }],
    }),
    prisma.foreignSellerRule.findMany({
      where: { market: iso3 },
      orderBy: [{ effective: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    }),
    prisma.marketContextItem.findMany({
      where: { market: iso3 },
      orderBy: [{ effective: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    }),
    prisma.chinaTradeAgreement.findMany({
      where: { partner: iso3 },
      orderBy: [{ inForce: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    }),
    prisma.sanctionsProgram.findMany({
      where: { market: iso3 },
      orderBy: [{ since: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    }),
  ]);
  return {
    ecommerceSize: size.map((r) => ({
      id: r.id,
      measure: r.measure,
      value: r.value,
      currency: r.currency,
      year: r.year,
      kind: r.kind,
      published: r.published,
      publisher: r.publisher,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
      note: r.note,
    })),
    incumbents: incumbents.map((r) => ({
      id: r.id,
      platform: r.platform,
      owner: r.owner,
      ownerHome: r.ownerHome,
      measure: r.measure,
      value: r.value,
      unit: r.unit,
      year: r.year,
      published: r.published,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
      note: r.note,
    })),
    foreignSellerRules: rules.map((r) => ({
      id: r.id,
      market: r.market,
      ruleType: r.ruleType,
      statement: r.statement,
      threshold: r.threshold,
      thresholdUnit: r.thresholdUnit,
      effective: r.effective,
      burden: r.burden,
      published: r.published,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
    })),
    context: context.map((r) => ({
      id: r.id,
      topic: r.topic,
      statement: r.statement,
      effective: r.effective,
      published: r.published,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
    })),
    tradeAgreements: agreements.map((r) => ({
      id: r.id,
      agreement: r.agreement,
      kind: r.kind,
      signed: r.signed,
      inForce: r.inForce,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
    })),
    sanctionsPrograms: programs.map((r) => ({
      id: r.id,
      authority: r.authority as SanctionsProgram["authority"],
      program: r.program,
      scope: r.scope,
      since: r.since,
      until: r.until,
      source: r.source,
      locator: r.locator,
      secondaryOf: r.secondaryOf,
    })),
  };
}
