import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { ScenarioSchema, type Scenario, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import type { ReportModel } from "@/lib/reports/model";
import { reportModel } from "@/lib/server/reports";
import { DEFAULT_MARKETS } from "@/lib/workspace/defaults";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";
import { SOLO_ACCESS } from "@/lib/server/access";

// The thesis scenario (the seven thesis markets, default weights, home China, the Alibaba 2016
// firm preset) saved through the API, then its report built through lib/server: Russia's material
// risks include sanctions and payments, the short list can be chosen by query, and a bad short
// list is a 400 that says what is wrong.

let cleanup: () => Promise<void>;
let scenario: Scenario;
let model: ReportModel;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const presets = await readFirmPresets(await getPrisma());
  const firm = presets.find((p) => p.key === "alibaba-2016")!;
  const inputs: ScenarioInputsInput = {
    state: { ...defaultWorkspaceState(), markets: [...DEFAULT_MARKETS] },
    firmProfile: firm.values as ScenarioInputsInput["firmProfile"],
    monteCarlo: { samples: 2000, seed: 42, concentration: 50 },
  };
  const response = await postScenario(
    new Request("http://localhost/api/v1/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Thesis markets", inputs }),
    }),
  );
  expect(response.status).toBe(201);
  scenario = ScenarioSchema.parse(await response.json());
  model = await reportModel(SOLO_ACCESS, scenario.id, new Date("2026-12-01T00:00:00Z"), { shortlist: ["RUS", "IDN"] });
}, 240_000);

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const fetchReport = (id: string, report: string, query = "") =>
  getReport(new Request(`http://localhost/api/v1/scenarios/${id}/${report}${query}`), {
    params: Promise.resolve({ id, report }),
  });

test("the saved scenario froze entry modes for all seven markets", () => {
  expect(Object.keys(scenario.results.entryModesByMarket ?? {}).sort()).toEqual([...DEFAULT_MARKETS].sort());
});

test("Russia's material risks include sanctions and payments, with dated evidence", () => {
  const russia = model.shortlist!.markets.find((m) => m.iso3 === "RUS")!;
  const categories = russia.risks.map((r) => r.category);
  expect(categories).toContain("sanctions");
  expect(categories).toContain("payments");
  const sanctions = russia.risks.find((r) => r.category === "sanctions")!;
  expect(sanctions.severity).toBe(3);
  expect(sanctions.evidence.length).toBeGreaterThan(0);
  expect(sanctions.evidence.every((e) => e.year >= 2014)).toBe(true);
});

test("the AKIT 3.1% cross-border share counts against cross-border export to Russia", () => {
  const russia = model.shortlist!.markets.find((m) => m.iso3 === "RUS")!;
  expect(model.shortlist!.markets.map((m) => m.iso3)).toEqual(["RUS", "IDN"]);
  if (russia.entryMode?.key === "cross_border_export") {
    expect(russia.forAgainst.against.some((s) => s.rule === "cross-border-share-small")).toBe(true);
  } else {
    // Whatever mode fits best, the rule table states the 3.1% against cross-border export.
    expect(russia.forAgainst.for.some((s) => s.rule === "cross-border-share-small")).toBe(true);
  }
});

test("the Markdown of the chosen short list names sanctions among Russia's risks", async () => {
  const response = await fetchReport(scenario.id, "report.md", "?shortlist=RUS,IDN");
  expect(response.status).toBe(200);
  const md = await response.text();
  expect(md).toContain("## The short list side by side");
  expect(md).toMatch(/Material risks in Russia \(highest weight first\)/);
  expect(md).toMatch(/Sanctions on Russia/);
});

test("a short list naming a market the scenario does not rank is a 400 that names it and the ranked ones", async () => {
  const response = await fetchReport(scenario.id, "report.md", "?shortlist=RUS,USA");
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.error.message).toBe(
    `The query string is invalid: shortlist: USA is not among the scenario's ranked markets (${scenario.results.ranking.ranking.map((r) => r.id).join(", ")})`,
  );
  const malformed = await fetchReport(scenario.id, "report.md", "?shortlist=RUS;IDN");
  expect(malformed.status).toBe(400);
  expect(ApiError.parse(await malformed.json()).error.message).toContain(
    "shortlist: must be ISO 3166 alpha-3 market codes separated by commas, e.g. RUS,IDN",
  );
});
