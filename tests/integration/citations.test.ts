import { writeFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getMarket } from "@/app/api/v1/markets/[iso3]/route";
import { GET as getMarkets } from "@/app/api/v1/markets/route";
import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { MarketList, MarketProfile } from "@/lib/contracts/api";
import { ScenarioSchema, type Scenario, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

let cleanup: () => Promise<void>;
let scenario: Scenario;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const presets = await readFirmPresets(await getPrisma());
  const firm = presets.find((p) => p.key === "alibaba-2016") ?? presets[0]!;
  const inputs: ScenarioInputsInput = {
    state: { ...defaultWorkspaceState(), markets: [...DEFAULT_MARKETS] },
    firmProfile: firm.values as ScenarioInputsInput["firmProfile"],
    monteCarlo: { samples: 500, seed: 42, concentration: 50 },
  };
  const response = await postScenario(
    new Request("http://localhost/api/v1/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Thesis markets", notes: "", inputs }),
    }),
  );
  expect(response.status).toBe(201);
  scenario = ScenarioSchema.parse(await response.json());
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const markdown = async () => {
  const response = await getReport(new Request(`http://localhost/api/v1/scenarios/${scenario.id}/report.md`), {
    params: Promise.resolve({ id: scenario.id, report: "report.md" }),
  });
  expect(response.status).toBe(200);
  return response.text();
};

test("the thesis scenario's Markdown report names no repository path outside the Data provenance appendix", async () => {
  const text = await markdown();
  if (process.env.CITATIONS_DUMP) writeFileSync(process.env.CITATIONS_DUMP, text);
  const start = text.indexOf("## Data provenance");
  expect(start).toBeGreaterThan(0);
  // The appendix is the last section: everything after its heading is provenance.
  expect(text.slice(start + 3)).not.toMatch(/^## /m);
  const main = text.slice(0, start);
  for (const path of ["seeds/", "github.com", "data/evidence/", ".txt lines"]) {
    const at = main.indexOf(path);
    expect(at, `"${path}" in the main text: …${main.slice(Math.max(0, at - 120), at + 60)}…`).toBe(-1);
  }
  // …and the appendix does hold them, so nothing was lost.
  const appendix = text.slice(start);
  // (Markdown escapes the underscore.)
  expect(appendix).toMatch(/seeds\/003\\?_962a4ad03d6c2f4b\.txt lines \d+/);
  expect(appendix).toContain("github.com/datasets/world-development-indicators@4ebec5a");
});

test("the report's Sources list cites readers' citations: World Bank WDI by series, the thesis by section", async () => {
  const text = await markdown();
  const sources = text.slice(text.indexOf("## Sources"), text.indexOf("## Data provenance"));
  expect(sources).toContain("World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS");
  expect(sources).toContain("World Bank, Global Findex Database 2025, indicator fin26b");
  expect(sources).toContain("Transparency International, Corruption Perceptions Index 2025");
  expect(sources).toMatch(
    /Internationalization of Chinese e-commerce firms[^|]*\(master's thesis[^|]*\), section 3\.\d/,
  );
  // The distance is computed: it has no data year in the list.
  expect(sources).toMatch(/computed from Natural Earth[^|]*\| computed \(no data year\)/);
});

test("the API returns a citation next to each stored source, and the latest data year ignores computed values", async () => {
  const list = MarketList.parse(await (await getMarkets(new Request("http://localhost/api/v1/markets"))).json());
  const latest = Object.fromEntries(list.markets.map((m) => [m.iso3, m.latestYear]));
  // The newest observed or estimated figure of Russia and Singapore is from 2025 (WDI population,
  // GDP); the computed distance used to lift both to 2026.
  expect(latest.RUS).toBe(2025);
  expect(latest.SGP).toBe(2025);
  const response = await getMarket(new Request("http://localhost/api/v1/markets/RUS"), {
    params: Promise.resolve({ iso3: "RUS" }),
  });
  const profile = MarketProfile.parse(await response.json());
  const internet = profile.groups.flatMap((g) => g.indicators).find((i) => i.key === "internet_users_pct")!;
  expect(internet.latest!.source).toContain("github.com");
  expect(internet.latest!.citation).toBe(
    "World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS",
  );
  expect(profile.evidence.every((e) => e.citation && !e.citation.includes("seeds/"))).toBe(true);
  // Newest first.
  const years = profile.evidence.map((e) => e.year);
  expect(years).toEqual([...years].sort((a, b) => b - a));
});
