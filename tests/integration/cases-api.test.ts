import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET as getCases, POST as postCases } from "@/app/api/v1/cases/route";
import { GET as getBacktest } from "@/app/api/v1/entry-modes/backtest/route";
import { POST as postEntryModes } from "@/app/api/v1/entry-modes/route";
import { ApiError } from "@/lib/contracts/api";
import { CaseLibrarySchema, EntryModeBacktestSchema } from "@/lib/contracts/case-library";
import { EntryModeResponseSchema } from "@/lib/contracts/fit";
import { closeDatabase } from "@/lib/db/client";

import { seededAppDatabase } from "./support/database";
import { sampleFirm } from "./support/firm";

// GET /api/v1/cases, GET /api/v1/entry-modes/backtest and the similar cases of
// POST /api/v1/entry-modes, on a real (embedded) database. Expected counts are read straight from
// the shipped file, not from the code under test.

type RawCase = { id: string; home: string; host: string; mode: string; outcome: string };
const raw = JSON.parse(readFileSync(path.join(process.cwd(), "data/framework/entry-cases.json"), "utf8")) as RawCase[];
const rawCalibration = JSON.parse(
  readFileSync(path.join(process.cwd(), "data/framework/entry-mode-calibration.json"), "utf8"),
) as { leaveOneOut: { cases: number; top1: number; top2: number; baseRate: number } };

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = (await seededAppDatabase()).cleanup;
});
afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const get = (query = "") => getCases(new Request(`http://localhost/api/v1/cases${query}`));

describe("GET /api/v1/cases", () => {
  test("serves every documented entry with its ratings, justifications, sources and outcome", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const body = CaseLibrarySchema.parse(await response.json());
    expect(body.total).toBe(raw.length);
    expect(body.count).toBe(raw.length);
    expect(body.cases.map((c) => c.id)).toEqual(raw.map((c) => c.id));
    expect(raw.length).toBeGreaterThanOrEqual(40);
    const airbnb = body.cases.find((c) => c.id === "airbnb-chn-2015")!;
    expect(airbnb.outcome).toBe("exited");
    expect(Object.values(airbnb.firmFactors).every((r) => r.why.length > 0 && r.source.length > 0)).toBe(true);
    expect(airbnb.sources.length).toBeGreaterThan(0);
  });

  test("filters by host, home, mode and outcome, together, codes in either case", async () => {
    const expected = (f: (c: RawCase) => boolean) => raw.filter(f).map((c) => c.id);
    const ids = async (query: string) =>
      CaseLibrarySchema.parse(await (await get(query)).json()).cases.map((c) => c.id);
    expect(await ids("?host=chn")).toEqual(expected((c) => c.host === "CHN"));
    expect(await ids("?home=USA")).toEqual(expected((c) => c.home === "USA"));
    expect(await ids("?mode=joint_venture")).toEqual(expected((c) => c.mode === "joint_venture"));
    expect(await ids("?outcome=exited")).toEqual(expected((c) => c.outcome === "exited"));
    expect(await ids("?home=USA&outcome=exited")).toEqual(expected((c) => c.home === "USA" && c.outcome === "exited"));
    expect((await ids("?host=CHN")).length).toBeGreaterThan(0);
    expect(await ids("?host=ATA")).toEqual([]);
  });

  test("a malformed or unknown filter, or another parameter, is a JSON 400 naming it", async () => {
    for (const [query, field, message] of [
      ["?host=China", "host", /ISO 3166 alpha-3/],
      ["?outcome=failed", "outcome", /must be one of stayed, exited, sold, changed_mode, unknown/],
      ["?mode=franchise", "mode", /must be one of .*own_subsidiary/],
      ["?mode=Own Subsidiary", "mode", /entry-mode key/],
      ["?firm=Airbnb", "", /firm|Unrecognized/i],
    ] as const) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const body = ApiError.parse(await response.json());
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message, query).toMatch(message);
      if (field)
        expect(
          body.error.issues?.map((i) => i.path),
          query,
        ).toContain(field);
    }
  });

  test("other methods are a 405 naming GET", async () => {
    const response = await postCases(new Request("http://localhost/api/v1/cases", { method: "POST" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("GET");
  });
});

describe("GET /api/v1/entry-modes/backtest", () => {
  test("gives the leave-one-out figures, the base rate, per mode and the confusion table, with the inputs hash", async () => {
    const response = await getBacktest(new Request("http://localhost/api/v1/entry-modes/backtest"));
    expect(response.status).toBe(200);
    const b = EntryModeBacktestSchema.parse(await response.json());
    const loo = rawCalibration.leaveOneOut;
    expect(b.outOfSample.cases).toBe(loo.cases);
    expect(b.outOfSample.top1.hits).toBe(Math.round(loo.top1 * loo.cases));
    expect(b.outOfSample.top2.hits).toBe(Math.round(loo.top2 * loo.cases));
    expect(b.baseRate.top1.hits).toBe(Math.round(loo.baseRate * loo.cases));
    expect(b.beatsBaseRate.top1).toBe(loo.top1 > loo.baseRate);
    expect(b.perMode.reduce((s, m) => s + m.top1.cases, 0)).toBe(loo.cases);
    expect(b.confusion.counts.length).toBe(b.confusion.modes.length);
    expect(b.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.model.description.length).toBeGreaterThan(20);
    expect(b.summary[0]).toMatch(new RegExp(`^On ${loo.cases} documented entries it had not seen`));
    // Names from the framework, not keys.
    expect(b.perMode.find((m) => m.mode === "own_subsidiary")!.name).not.toBe("own_subsidiary");
  });
});

describe("POST /api/v1/entry-modes and the similar cases", () => {
  const post = (body: unknown) =>
    postEntryModes(
      new Request("http://localhost/api/v1/entry-modes", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );

  test("today's request is accepted unchanged and the answer adds the three nearest documented entries", async () => {
    const response = await post({ market: "IDN", firm: sampleFirm });
    expect(response.status).toBe(200);
    const body = EntryModeResponseSchema.parse(await response.json());
    expect(body.similarCases).toHaveLength(3);
    const ids = new Set(raw.map((c) => c.id));
    for (const c of body.similarCases!) {
      expect(ids.has(c.id)).toBe(true);
      expect(c.compared).toBeGreaterThan(0);
      expect(c.shared).toBeLessThanOrEqual(c.compared);
    }
    const distances = body.similarCases!.map((c) => c.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  test("an inline market profile gets similar cases too", async () => {
    const response = await post({
      market: {
        attractiveness: 4,
        regulatoryOpenness: 3,
        infrastructureReadiness: 3,
        culturalDistance: 4,
        geographicDistance: 4,
        competitiveIntensity: 4,
        foreignOwnershipRestriction: 2,
      },
      firm: sampleFirm,
    });
    expect(response.status).toBe(200);
    const body = EntryModeResponseSchema.parse(await response.json());
    expect(body.similarCases).toHaveLength(3);
    expect(body.similarCases![0]!.compared).toBe(18);
  });
});
