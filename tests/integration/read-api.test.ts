import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getFramework } from "@/app/api/v1/framework/route";
import { GET as getMarket } from "@/app/api/v1/markets/[iso3]/route";
import { GET as getMarkets } from "@/app/api/v1/markets/route";
import { GET as getHealth } from "@/app/api/health/route";
import { ApiError, Framework, Health, MarketList, MarketProfile } from "@/lib/contracts/api";
import { closeDatabase } from "@/lib/db/client";

import { seededAppDatabase, usingServer } from "./support/database";

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

test("GET /api/v1/markets lists the markets in the shape of its contract", async () => {
  const response = await getMarkets(request("/api/v1/markets"));
  expect(response.status).toBe(200);
  const body = MarketList.parse(await response.json());
  expect(body.markets.map((m) => m.iso3)).toEqual(
    expect.arrayContaining(["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "CHN"]),
  );
});

test("GET /api/v1/markets/RUS gives every indicator value with its year and source, and the evidence", async () => {
  const response = await getMarket(request("/api/v1/markets/RUS"), params("RUS"));
  expect(response.status).toBe(200);
  const profile = MarketProfile.parse(await response.json());
  expect(profile.market.name).toBe("Russia");
  const values = profile.groups.flatMap((g) => g.indicators.flatMap((i) => i.history));
  expect(values.length).toBeGreaterThan(15);
  for (const v of values) {
    expect(v.year).toBeGreaterThan(1990);
    expect(v.source.length).toBeGreaterThan(5);
  }
  expect(profile.evidence.length).toBeGreaterThan(3);
  expect(profile.evidence.every((e) => e.source && e.locator && e.year)).toBe(true);
});

test("a market code in lower case is accepted; an unknown one is a JSON 404; a malformed one a JSON 400", async () => {
  expect((await getMarket(request("/api/v1/markets/idn"), params("idn"))).status).toBe(200);

  const unknown = await getMarket(request("/api/v1/markets/XYZ"), params("XYZ"));
  expect(unknown.status).toBe(404);
  expect(ApiError.parse(await unknown.json()).error.message).toMatch(/XYZ/);

  const malformed = await getMarket(request("/api/v1/markets/russia"), params("russia"));
  expect(malformed.status).toBe(400);
  const body = ApiError.parse(await malformed.json());
  expect(body.error.issues?.[0]?.path).toBe("iso3");
});

test("GET /api/v1/framework gives the ten drivers, four strategies, six entry modes and the effects", async () => {
  const response = await getFramework(new Request("http://localhost/api/v1/framework"));
  const framework = Framework.parse(await response.json());
  expect(framework.driverGroups.flatMap((g) => g.drivers)).toHaveLength(10);
  expect(framework.strategies.map((s) => s.key).sort()).toEqual([
    "cost_leadership",
    "differentiation",
    "focus",
    "localization",
  ]);
  expect(framework.entryModes).toHaveLength(6);
  expect(framework.effects.length).toBeGreaterThan(20);
  expect(framework.criteriaGroups.find((g) => g.key === "competition")?.measurement).toBe("user_assessment");
});

test("GET /api/health reports the database kind, the applied migrations and the data-set version", async () => {
  const health = Health.parse(await (await getHealth()).json());
  expect(health.database.kind).toBe(usingServer ? "server" : "embedded");
  expect(health.migrations.length).toBeGreaterThan(0);
  expect(health.dataset?.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  expect(JSON.stringify(health)).not.toMatch(/password/i);
});
