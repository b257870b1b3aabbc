import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET as getHealth } from "@/app/api/health/route";
import { POST as postAhp } from "@/app/api/v1/ahp/route";
import { GET as getBackup, POST as postBackup } from "@/app/api/v1/backup/route";
import { GET as getCases } from "@/app/api/v1/cases/route";
import { GET as getBacktest } from "@/app/api/v1/entry-modes/backtest/route";
import { POST as postEntryModes } from "@/app/api/v1/entry-modes/route";
import { GET as getFramework } from "@/app/api/v1/framework/route";
import { GET as getWeightPresets } from "@/app/api/v1/weight-presets/route";
import { GET as getImportAudit } from "@/app/api/v1/imports/[id]/audit/route";
import { DELETE as deleteImport } from "@/app/api/v1/imports/[id]/route";
import { POST as previewImport } from "@/app/api/v1/imports/preview/route";
import { GET as listImports, POST as commitImport } from "@/app/api/v1/imports/route";
import { GET as getMarket } from "@/app/api/v1/markets/[iso3]/route";
import { GET as getMarkets } from "@/app/api/v1/markets/route";
import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { POST as postDuplicate } from "@/app/api/v1/scenarios/[id]/duplicate/route";
import { GET as getRecompute } from "@/app/api/v1/scenarios/[id]/recompute/route";
import { POST as postRestore } from "@/app/api/v1/scenarios/[id]/restore/route";
import { GET as getScenarioAudit } from "@/app/api/v1/scenarios/[id]/audit/route";
import { GET as getRevisions } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { DELETE as deleteScenario, GET as getScenario, PUT as putScenario } from "@/app/api/v1/scenarios/[id]/route";
import { GET as getCompare } from "@/app/api/v1/scenarios/compare/route";
import { POST as postImportScenario } from "@/app/api/v1/scenarios/import/route";
import { GET as listScenarios, POST as postScenario } from "@/app/api/v1/scenarios/route";
import { POST as postScore } from "@/app/api/v1/score/route";
import { POST as postSensitivity } from "@/app/api/v1/sensitivity/route";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { conforms, get, params, send, upload, url, type Json, unexercisedOperations } from "./support/conformance";
import { describeTeamConformance } from "./support/conformance-team";
import { seededAppDatabase } from "./support/database";

// The document against the running handlers, on a real database (what each answer must show:
// support/conformance.ts). One file calls every documented operation, so its last test can check
// that none was left out.

let cleanup: () => Promise<void>;
let firm: Record<string, number>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  firm = (await readFirmPresets(await getPrisma()))[0]!.values;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const scoreBody = {
  method: "topsis",
  criteria: [
    { id: "gdp", weight: 0.5, direction: "benefit" },
    { id: "distance", weight: 0.5, direction: "cost" },
  ],
  alternatives: [
    { id: "RUS", values: { gdp: 2561, distance: 5791 } },
    { id: "IDN", values: { gdp: 1445, distance: 5219 } },
    { id: "VNM", values: { gdp: 476, distance: 3200 } },
  ],
};

describe("the read API answers as documented", () => {
  test("health, markets, one market, the framework", async () => {
    await conforms("GET", "/api/health", await getHealth());
    await conforms("GET", "/api/v1/markets", await getMarkets(get("/api/v1/markets")));
    await conforms("GET", "/api/v1/markets", await getMarkets(get("/api/v1/markets?values=latest")));
    await conforms("GET", "/api/v1/markets", await getMarkets(get("/api/v1/markets?value=latest")));
    await conforms("GET", "/api/v1/markets/{iso3}", await getMarket(get("/x"), params({ iso3: "rus" })));
    await conforms("GET", "/api/v1/markets/{iso3}", await getMarket(get("/x"), params({ iso3: "XXX" })));
    await conforms("GET", "/api/v1/markets/{iso3}", await getMarket(get("/x"), params({ iso3: "R1" })));
    await conforms("GET", "/api/v1/framework", await getFramework(new Request("http://localhost/api/v1/framework")));
    await conforms("GET", "/api/v1/cases", await getCases(get("/api/v1/cases?host=chn&outcome=exited")));
    await conforms("GET", "/api/v1/cases", await getCases(get("/api/v1/cases?mode=franchise")));
    await conforms(
      "GET",
      "/api/v1/entry-modes/backtest",
      await getBacktest(new Request("http://localhost/api/v1/entry-modes/backtest")),
    );
    await conforms(
      "GET",
      "/api/v1/weight-presets",
      await getWeightPresets(new Request("http://localhost/api/v1/weight-presets")),
    );
  });
});

describe("the engine answers as documented", () => {
  test("score, AHP, sensitivity and entry modes, and their 400, 413 and 415", async () => {
    await conforms("POST", "/api/v1/score", await postScore(send("POST", "/api/v1/score", scoreBody)));
    await conforms("POST", "/api/v1/score", await postScore(send("POST", "/api/v1/score", { method: "magic" })));
    await conforms("POST", "/api/v1/score", await postScore(send("POST", "/api/v1/score", scoreBody, "text/plain")));
    const many = Array.from({ length: 301 }, (_, i) => ({ id: `A${i}`, values: { gdp: i } }));
    await conforms("POST", "/api/v1/score", await postScore(send("POST", "/x", { ...scoreBody, alternatives: many })));
    const ahp = {
      criteria: ["a", "b"],
      matrix: [
        [1, 3],
        [1 / 3, 1],
      ],
    };
    await conforms("POST", "/api/v1/ahp", await postAhp(send("POST", "/api/v1/ahp", ahp)));
    // Some comparisons only (a spanning star), a cycle that disagrees, and a set that links nothing.
    const star = {
      criteria: ["a", "b", "c"],
      comparisons: [
        { first: "a", second: "b", value: 2 },
        { first: "a", second: "c", value: 4 },
      ],
    };
    await conforms("POST", "/api/v1/ahp", await postAhp(send("POST", "/api/v1/ahp", star)));
    const cycle = { ...star, comparisons: [...star.comparisons, { first: "c", second: "b", value: 9 }] };
    await conforms("POST", "/api/v1/ahp", await postAhp(send("POST", "/api/v1/ahp", cycle)));
    const unlinked = { ...star, comparisons: [star.comparisons[0]] };
    await conforms("POST", "/api/v1/ahp", await postAhp(send("POST", "/api/v1/ahp", unlinked)));
    const sensitivity = { ...scoreBody, monteCarlo: { samples: 200, seed: 1 } };
    await conforms("POST", "/api/v1/sensitivity", await postSensitivity(send("POST", "/x", sensitivity)));
    const fit = (await conforms(
      "POST",
      "/api/v1/entry-modes",
      await postEntryModes(send("POST", "/x", { market: "IDN", firm })),
    )) as { modes: { reasons: Json[] }[]; strategies: { reasons: Json[] }[] };
    // The contract reads reasons saved in the old shape too, so the new shape of a fresh answer is
    // checked on the raw body: the rule's direction in ruleDirection, and direction the effect
    // it had, sign(rule) × sign(value − 3) (issue 11 §1).
    const reasons = [...fit.modes, ...fit.strategies].flatMap((t) => t.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(["raises", "lowers"]).toContain(r.ruleDirection);
      const sign = (r.ruleDirection === "raises" ? 1 : -1) * Math.sign((r.value as number) - 3);
      expect(r.direction, `${String(r.effectId)}`).toBe(sign > 0 ? "raises" : sign < 0 ? "lowers" : "neutral");
    }
    await conforms("POST", "/api/v1/entry-modes", await postEntryModes(send("POST", "/x", { market: "XXX", firm })));
  });
});

describe("scenarios and reports answer as documented", () => {
  test("save, read, update (and a stale update), history, preview, copy, compare, reports, delete, restore, re-import", async () => {
    const inputs = {
      state: defaultWorkspaceState(),
      firmProfile: firm,
      monteCarlo: { samples: 200, seed: 7, concentration: 50 },
    };
    const created = (await conforms(
      "POST",
      "/api/v1/scenarios",
      await postScenario(send("POST", "/api/v1/scenarios", { name: "Conformance", inputs })),
    )) as { id: string; version: number };
    const id = { id: created.id };
    await conforms("GET", "/api/v1/scenarios", await listScenarios(get("/api/v1/scenarios")));
    await conforms("GET", "/api/v1/scenarios", await listScenarios(get("/api/v1/scenarios?deleted=maybe")));
    await conforms("GET", "/api/v1/scenarios/{id}", await getScenario(get("/x"), params(id)));
    await conforms("GET", "/api/v1/scenarios/{id}", await getScenario(get("/x"), params({ id: "not-a-uuid" })));
    await conforms("GET", "/api/v1/scenarios/{id}", await getScenario(get("/x"), params({ id: crypto.randomUUID() })));
    await conforms(
      "PUT",
      "/api/v1/scenarios/{id}",
      await putScenario(send("PUT", "/x", { baseVersion: 1, notes: "v2" }), params(id)),
    );
    await conforms(
      "PUT",
      "/api/v1/scenarios/{id}",
      await putScenario(send("PUT", "/x", { baseVersion: 1, notes: "v3" }), params(id)),
    );
    await conforms("GET", "/api/v1/scenarios/{id}/revisions", await getRevisions(get("/x"), params(id)));
    await conforms("GET", "/api/v1/scenarios/{id}/audit", await getScenarioAudit(get("/x"), params(id)));
    await conforms("GET", "/api/v1/scenarios/{id}/recompute", await getRecompute(get("/x"), params(id)));
    const copy = (await conforms(
      "POST",
      "/api/v1/scenarios/{id}/duplicate",
      await postDuplicate(new Request(url("/x"), { method: "POST" }), params(id)),
    )) as { id: string };
    await conforms("GET", "/api/v1/scenarios/compare", await getCompare(get(`/x?a=${created.id}&b=${copy.id}`)));
    await conforms("GET", "/api/v1/scenarios/compare", await getCompare(get(`/x?a=${created.id}`)));

    for (const format of ["pdf", "md", "csv"]) {
      await conforms(
        "GET",
        `/api/v1/scenarios/{id}/report.${format}`,
        await getReport(get("/x"), params({ ...id, report: `report.${format}` })),
      );
    }
    const exported = (await conforms(
      "GET",
      "/api/v1/scenarios/{id}/report.json",
      await getReport(get("/x"), params({ ...id, report: "report.json" })),
    )) as unknown;
    await conforms("POST", "/api/v1/scenarios/import", await postImportScenario(send("POST", "/x", exported)));

    await conforms(
      "DELETE",
      "/api/v1/scenarios/{id}",
      await deleteScenario(new Request(url("/x"), { method: "DELETE" }), params(id)),
    );
    await conforms(
      "GET",
      "/api/v1/scenarios/{id}/report.md",
      await getReport(get("/x"), params({ ...id, report: "report.md" })),
    );
    await conforms(
      "POST",
      "/api/v1/scenarios/{id}/restore",
      await postRestore(new Request(url("/x"), { method: "POST" }), params(id)),
    );
  }, 120_000);
});

describe("imports and the backup answer as documented", () => {
  test("preview, commit, list, delete an import; download a backup; a restore into a non-empty database", async () => {
    const file = new Uint8Array(readFileSync("tests/fixtures/imports/own-data.csv"));
    const preview = (await conforms("POST", "/api/v1/imports/preview", await previewImport(upload("/x", file)))) as {
      fileHash: string;
    };
    await conforms("POST", "/api/v1/imports/preview", await previewImport(send("POST", "/x", { file: "x" })));
    const committed = (await conforms(
      "POST",
      "/api/v1/imports",
      await commitImport(upload("/x", file, { fileHash: preview.fileHash })),
    )) as { batch: { id: string } };
    await conforms("GET", "/api/v1/imports", await listImports(new Request("http://localhost/api/v1/imports")));
    await conforms(
      "GET",
      "/api/v1/imports/{id}/audit",
      await getImportAudit(get("/x"), params({ id: committed.batch.id })),
    );

    const backup = await conforms(
      "GET",
      "/api/v1/backup",
      await getBackup(new Request("http://localhost/api/v1/backup")),
    );
    await conforms("POST", "/api/v1/backup", await postBackup(send("POST", "/x", backup)));

    const batch = { id: committed.batch.id };
    await conforms(
      "DELETE",
      "/api/v1/imports/{id}",
      await deleteImport(new Request(url("/x"), { method: "DELETE" }), params(batch)),
    );
    await conforms(
      "DELETE",
      "/api/v1/imports/{id}",
      await deleteImport(new Request(url("/x"), { method: "DELETE" }), params(batch)),
    );
  }, 60_000);
});

// Last, as it switches the process to team mode: share links, people, the administrator's
// endpoints and group decisions, with real sessions.
describeTeamConformance();

test("the answers above covered every documented operation but the document itself", () => {
  expect(unexercisedOperations()).toEqual(["GET /api/v1/openapi.json"]);
});
