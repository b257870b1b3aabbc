import { afterAll, beforeAll, expect, test } from "vitest";

import { POST as postEntryModes } from "@/app/api/v1/entry-modes/route";
import { GET as getMarket } from "@/app/api/v1/markets/[iso3]/route";
import { GET as getMarkets } from "@/app/api/v1/markets/route";
import { ApiError, MarketProfile, MarketValues } from "@/lib/contracts/api";
import { EntryModeResponseSchema } from "@/lib/contracts/fit";
import { closeDatabase } from "@/lib/db/client";

import { seededAppDatabase } from "./support/database";
import { sampleFirm } from "./support/firm";

// The firm's home market as a choice on the API (docs/decisions/017-home-country-and-distance.md).

let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const params = (iso3: string) => ({ params: Promise.resolve({ iso3 }) });
const request = (path: string) => new Request(`http://localhost${path}`);
const post = (body: unknown) =>
  new Request("http://localhost/api/v1/entry-modes", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost" },
    body: JSON.stringify(body),
  });

async function profile(path: string, iso3: string) {
  const response = await getMarket(request(path), params(iso3));
  expect(response.status).toBe(200);
  return MarketProfile.parse(await response.json());
}
const indicator = (p: MarketProfile, key: string) => p.groups.flatMap((g) => g.indicators).find((i) => i.key === key)!;

test("GET /api/v1/markets/DEU?home=USA measures distance and cultural distance from the United States", async () => {
  const p = await profile("/api/v1/markets/DEU?home=USA", "DEU");
  expect(p.home).toEqual({ iso3: "USA", name: "US", capital: "Washington, D.C." });
  const distance = indicator(p, "distance_to_beijing_km");
  expect(distance.name).toBe("Distance from home (US)");
  // Washington (38.8995, -77.0094) to Berlin (52.5218, 13.4015): about 6,720 km great circle
  expect(distance.latest!.value).toBeGreaterThan(6650);
  expect(distance.latest!.value).toBeLessThan(6800);
  // Kogut-Singh from USA on Hofstede PDI/IDV/MAS/UAI/LTO/IVR: USA 40/91/62/46/26/68, DEU 35/67/66/65/83/40
  expect(indicator(p, "cultural_distance_china").latest!.value).toBeGreaterThan(0);
  // the diaspora and trade-agreement indicators are measured only from China: gaps for another home
  expect(indicator(p, "ethnic_chinese_pct").latest).toBeNull();
  expect(p.gaps.map((g) => g.indicator)).toContain("trade_agreement_with_china");
});

test("without home the profile is measured from China, and Russia, a neighbour, counts as near", async () => {
  const p = await profile("/api/v1/markets/RUS", "RUS");
  expect(p.home?.iso3).toBe("CHN");
  const distance = indicator(p, "distance_to_beijing_km");
  expect(distance.name).toBe("Distance from home (China)");
  // Moscow-Beijing 5,790.9 km (shared capitals file) divided by exp(0.49/0.89) = 1.73423
  expect(distance.latest!.value).toBeCloseTo(5790.9 / 1.73423, -1);
  expect(distance.latest!.note).toMatch(/shares a land border with China/);
});

test("the home market itself is not a candidate: its home-relative values are gaps", async () => {
  const p = await profile("/api/v1/markets/USA?home=usa", "USA");
  expect(indicator(p, "distance_to_beijing_km").latest).toBeNull();
  expect(indicator(p, "cultural_distance_china").latest).toBeNull();
});

test("a malformed home is a 400 naming the field and the form; an unknown one a 400 naming the code", async () => {
  const malformed = await getMarket(request("/api/v1/markets/DEU?home=america"), params("DEU"));
  expect(malformed.status).toBe(400);
  expect(ApiError.parse(await malformed.json()).error.message).toMatch(/home: must be an ISO 3166 alpha-3 code/);

  const unknown = await getMarkets(request("/api/v1/markets?values=latest&home=XYZ"));
  expect(unknown.status).toBe(400);
  expect(ApiError.parse(await unknown.json()).error.message).toMatch(/home: "XYZ" is not a market in the data set/);
});

test("GET /api/v1/markets?values=latest&home=USA gives values from the United States, Canada as a neighbour", async () => {
  const response = await getMarkets(request("/api/v1/markets?values=latest&home=USA"));
  expect(response.status).toBe(200);
  const body = MarketValues.parse(await response.json());
  expect(body.home?.iso3).toBe("USA");
  const canada = body.markets.find((m) => m.iso3 === "CAN")!;
  // Washington-Ottawa about 735 km, a neighbour: divided by 1.73423
  expect(canada.values.distance_to_beijing_km!.value).toBeGreaterThan(720 / 1.73423);
  expect(canada.values.distance_to_beijing_km!.value).toBeLessThan(750 / 1.73423);
  expect(body.markets.find((m) => m.iso3 === "USA")!.values.distance_to_beijing_km).toBeUndefined();
});

test("POST /api/v1/entry-modes: home changes the distance factors; without it the answer is China's", async () => {
  const fromChina = EntryModeResponseSchema.parse(
    await (await postEntryModes(post({ market: "DEU", firm: sampleFirm }))).json(),
  );
  const explicitChina = EntryModeResponseSchema.parse(
    await (await postEntryModes(post({ market: "DEU", firm: sampleFirm, home: "CHN" }))).json(),
  );
  expect(explicitChina).toEqual(fromChina);
  expect(fromChina.market.home).toEqual({ iso3: "CHN", name: "China" });

  const fromUsa = EntryModeResponseSchema.parse(
    await (await postEntryModes(post({ market: "DEU", firm: sampleFirm, home: "USA" }))).json(),
  );
  expect(fromUsa.market.home?.iso3).toBe("USA");
  // Berlin is about 6,720 km from Washington and 7,360 km from Beijing: nearer from the United States
  expect(fromUsa.marketProfile.values.geographicDistance).toBeLessThan(
    fromChina.marketProfile.values.geographicDistance,
  );
});

test("POST /api/v1/entry-modes rejects a home equal to the market and a home with an inline profile", async () => {
  const same = await postEntryModes(post({ market: "USA", firm: sampleFirm, home: "USA" }));
  expect(same.status).toBe(400);
  expect(ApiError.parse(await same.json()).error.message).toMatch(/home: is the market itself/);

  const inline = await postEntryModes(
    post({
      market: {
        attractiveness: 3,
        regulatoryOpenness: 3,
        infrastructureReadiness: 3,
        culturalDistance: 3,
        geographicDistance: 3,
        competitiveIntensity: 3,
        foreignOwnershipRestriction: 3,
      },
      firm: sampleFirm,
      home: "USA",
    }),
  );
  expect(inline.status).toBe(400);
  expect(ApiError.parse(await inline.json()).error.message).toMatch(/home: applies only to a market code/);
});
