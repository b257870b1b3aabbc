import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getMarket } from "@/app/api/v1/markets/[iso3]/route";
import { MarketProfile } from "@/lib/contracts/api";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readEvidenceFiles } from "@/lib/db/dataset-files";

import { DATA_DIR } from "../unit/data/helpers";
import { seededAppDatabase } from "./support/database";

// GET /api/v1/markets/{iso3} answers the market's e-commerce evidence as seeded from
// data/evidence/*.csv: checked row for row against the files themselves.

let cleanup: () => Promise<void>;
const files = readEvidenceFiles(DATA_DIR);

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

async function profileOf(iso3: string) {
  const response = await getMarket(new Request(`http://localhost/api/v1/markets/${iso3}`), {
    params: Promise.resolve({ iso3 }),
  });
  expect(response.status).toBe(200);
  return MarketProfile.parse(await response.json());
}

test("a focus market answers every size figure, incumbent and rule of the files, with the range for the latest year", async () => {
  const profile = await profileOf("IDN");
  const sizeIds = files.ecommerceSize.filter((r) => r.market === "IDN").map((r) => r.id);
  expect(profile.ecommerceSize.figures.map((f) => f.id).sort()).toEqual([...sizeIds].sort());
  expect(profile.incumbents.map((f) => f.id).sort()).toEqual(
    files.incumbents
      .filter((r) => r.market === "IDN")
      .map((r) => r.id)
      .sort(),
  );
  expect(profile.foreignSellerRules.map((f) => f.id).sort()).toEqual(
    files.foreignSellerRules
      .filter((r) => r.market === "IDN")
      .map((r) => r.id)
      .sort(),
  );

  // The range: latest non-forecast year with a money figure, per currency, from the file itself.
  const sized = files.ecommerceSize.filter((r) => r.market === "IDN" && r.kind !== "forecast" && r.currency !== null);
  const year = Math.max(...sized.map((r) => r.year));
  const usd = sized.filter((r) => r.year === year && r.currency === "USD").map((r) => r.value);
  const range = profile.ecommerceSize.latestRanges.find((r) => r.currency === "USD")!;
  expect(range.year).toBe(year);
  expect([range.min, range.max]).toEqual([Math.min(...usd), Math.max(...usd)]);

  // A secondary source is marked as such, with the primary it quotes.
  const secondary = files.incumbents.find((r) => r.market === "IDN" && r.secondary_of !== null);
  if (secondary)
    expect(profile.incumbents.find((i) => i.id === secondary.id)!.secondaryOf).toBe(secondary.secondary_of);
});

test("one rule per type is in force, and a rule that has not yet taken effect is not", async () => {
  const profile = await profileOf("RUS");
  const inForce = profile.foreignSellerRules.filter((r) => r.inForce);
  expect(new Set(inForce.map((r) => r.ruleType)).size).toBe(inForce.length);
  const today = new Date().toISOString().slice(0, 10);
  for (const r of profile.foreignSellerRules) {
    if (r.effective && r.effective > today.slice(0, r.effective.length)) {
      expect([r.inForce, r.status], r.id).toEqual([false, "not_yet_in_force"]);
    } else {
      expect(r.status, r.id).toBe(r.inForce ? "in_force" : "superseded");
    }
  }
});

test("Russia answers dated, sourced sanctions and payment-rail items", async () => {
  const profile = await profileOf("RUS");
  const sanctions = profile.context.filter((c) => c.topic === "sanctions");
  const rails = profile.context.filter((c) => c.topic === "payment_rails");
  expect(sanctions.length).toBe(
    files.marketContext.filter((r) => r.market === "RUS" && r.topic === "sanctions").length,
  );
  expect(sanctions.length).toBeGreaterThan(0);
  expect(rails.length).toBeGreaterThan(0);
  for (const item of [...sanctions, ...rails]) {
    expect(item.effective ?? item.published).toMatch(/^\d{4}/);
    expect(item.source.length).toBeGreaterThan(3);
    expect(item.locator.length).toBeGreaterThan(3);
  }
});

test("a market without evidence answers empty lists, not an error", async () => {
  const withoutAny = ["DEU", "CHN", "USA", "BRA"].find(
    (m) => !files.ecommerceSize.some((r) => r.market === m) && !files.foreignSellerRules.some((r) => r.market === m),
  );
  if (!withoutAny) return;
  const profile = await profileOf(withoutAny);
  expect(profile.ecommerceSize.figures).toEqual([]);
  expect(profile.ecommerceSize.latestRanges).toEqual([]);
});

test("the seed writes every evidence row, value for value, and relates only codes in the data set", async () => {
  const prisma = await getPrisma();
  const size = await prisma.ecommerceSizeFigure.findMany({ orderBy: { id: "asc" } });
  expect(
    size.map((r) => [r.id, r.market, r.measure, r.value, r.currency, r.year, r.kind, r.published, r.secondaryOf]),
  ).toEqual(
    [...files.ecommerceSize]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => [r.id, r.market, r.measure, r.value, r.currency, r.year, r.kind, r.published, r.secondary_of]),
  );
  const rules = await prisma.foreignSellerRule.findMany({ orderBy: { id: "asc" } });
  expect(rules.map((r) => [r.id, r.ruleType, r.threshold, r.effective, r.burden])).toEqual(
    [...files.foreignSellerRules]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => [r.id, r.rule_type, r.threshold, r.effective, r.burden]),
  );
  expect(await prisma.incumbentPlatform.count()).toBe(files.incumbents.length);
  expect(await prisma.marketContextItem.count()).toBe(files.marketContext.length + files.partnerships.length);
  expect(await prisma.chinaTradeAgreement.count()).toBe(files.tradeAgreements.length);
  expect(await prisma.sanctionsProgram.count()).toBe(files.sanctionsPrograms.length);
  const markets = new Set((await prisma.market.findMany({ select: { iso3: true } })).map((m) => m.iso3));
  for (const r of size) expect(r.marketIso3, r.id).toBe(markets.has(r.market) ? r.market : null);
});
