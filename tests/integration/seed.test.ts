import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import type { Dataset } from "@/lib/contracts/dataset";
import { databaseOver, type Database } from "@/lib/db/client";
import { openConnection } from "@/lib/db/connection";
import { DATA_DIR, readDataset } from "@/lib/db/dataset-files";
import { SeedDataError } from "@/lib/db/errors";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/db/seed";

import { freshTarget } from "./support/database";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";

let db: Database;
let cleanup: () => Promise<void>;
let dataset: Dataset;

beforeAll(async () => {
  const fresh = await freshTarget();
  cleanup = fresh.cleanup;
  const connection = await openConnection(fresh.target);
  await applyMigrations(connection.adapter);
  db = databaseOver(connection);
  dataset = readDataset();
});

afterAll(async () => {
  await db?.close();
  await cleanup?.();
});

/** Row counts of every data-set table. */
async function counts() {
  const p = db.prisma;
  return {
    markets: await p.market.count(),
    indicators: await p.indicator.count(),
    values: await p.indicatorValue.count(),
    evidence: await p.evidenceItem.count(),
    drivers: await p.driver.count(),
    effects: await p.fitEffect.count(),
    frameworkEvidence: await p.frameworkEvidence.count(),
    versions: await p.datasetVersion.count(),
  };
}

test("a bad data file is refused, naming file, row and column, and nothing is written", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outbound-data-"));
  try {
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = path.join(dir, "indicator-values.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const header = lines[0]!.split(",");
    // Row 3 of the file (2nd data row): an unknown market code.
    lines[2] = lines[2]!.replace(/^[A-Z]{3},/, "XXX,");
    writeFileSync(file, lines.join("\n"));
    expect(() => readDataset(dir)).toThrowError(SeedDataError);
    expect(() => readDataset(dir)).toThrowError(
      /indicator-values\.csv, row 3, column "market": "XXX": unknown market code/,
    );

    lines[2] = lines[2]!.replace(/^XXX,/, "RUS,");
    const valueColumn = header.indexOf("value");
    const cells = lines[4]!.split(",");
    cells[valueColumn] = "n/a";
    lines[4] = cells.join(",");
    writeFileSync(file, lines.join("\n"));
    expect(() => readDataset(dir)).toThrowError(/indicator-values\.csv, row 5, column "value": "n\/a" is not a number/);

    cpSync(path.join(DATA_DIR, "indicator-values.csv"), file);
    const evidence = path.join(dir, "evidence.csv");
    const evidenceLines = readFileSync(evidence, "utf8").split("\n");
    evidenceLines[1] = evidenceLines[1]!.replace(/,[^,]*,[^,]*$/, ",,seeds/x.txt line 1");
    writeFileSync(evidence, evidenceLines.join("\n"));
    expect(() => readDataset(dir)).toThrowError(/evidence\.csv, row 2, column "source": "" is empty/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(await counts()).toMatchObject({ markets: 0, values: 0, versions: 0 });
});

test("seeding writes data/ and a second run changes nothing", async () => {
  const started = performance.now();
  const first = await seedDatabase(db.prisma, dataset);
  const seconds = (performance.now() - started) / 1000;
  expect(first.seeded).toBe(true);
  // ~8,000 values for 218 economies go in with createMany: a first seed stays well under the
  // 30 s a user would notice at start-up (measured about 2-3 s on PGlite on a 2-core machine)
  console.info(
    `seeded ${dataset.indicatorValues.length} values for ${dataset.markets.length} markets in ${seconds.toFixed(2)} s`,
  );
  expect(seconds).toBeLessThan(30);
  const after = await counts();
  const second = await seedDatabase(db.prisma, dataset);
  expect(second.seeded).toBe(false);
  expect(await counts()).toEqual(after);
  expect(after).toMatchObject({
    markets: dataset.markets.length,
    indicators: dataset.indicators.length,
    values: dataset.indicatorValues.length,
    evidence: dataset.evidence.length,
    drivers: 10,
    effects: dataset.effects.length,
    frameworkEvidence: dataset.frameworkEvidence.length,
    versions: 1,
  });
});

test("the seeded database equals data/, value for value", async () => {
  const values = await db.prisma.indicatorValue.findMany({
    where: { origin: "dataset" },
    orderBy: [{ marketIso3: "asc" }, { indicatorKey: "asc" }, { year: "asc" }],
  });
  const fromDb = values.map((v) => [
    v.marketIso3,
    v.indicatorKey,
    v.year,
    v.value,
    v.kind,
    v.edition,
    v.source,
    v.locator,
    v.note,
  ]);
  const fromFiles = [...dataset.indicatorValues]
    .sort((a, b) => a.market.localeCompare(b.market) || a.indicator.localeCompare(b.indicator) || a.year - b.year)
    .map((v) => [v.market, v.indicator, v.year, v.value, v.kind, v.edition, v.source, v.locator, v.note]);
  expect(fromDb).toEqual(fromFiles);

  const markets = await db.prisma.market.findMany({
    where: { origin: "dataset" },
    orderBy: { iso3: "asc" },
    select: { iso3: true, name: true, region: true, subregion: true, incomeGroup: true, role: true },
  });
  expect(markets).toEqual(
    [...dataset.markets]
      .sort((a, b) => a.iso3.localeCompare(b.iso3))
      .map(({ income_group, ...m }) => ({ ...m, incomeGroup: income_group })),
  );

  const evidence = await db.prisma.evidenceItem.findMany({ orderBy: { id: "asc" } });
  expect(evidence.map((e) => [e.id, e.scope, e.topic, e.statement, e.year, e.value, e.source, e.locator])).toEqual(
    [...dataset.evidence]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => [e.id, e.scope, e.driver, e.statement, e.year, e.value, e.source, e.locator]),
  );

  const effects = await db.prisma.fitEffect.findMany({ orderBy: { id: "asc" } });
  expect(effects.map((e) => [e.id, e.factorKey, e.targetKey, e.direction, e.strength])).toEqual(
    [...dataset.effects]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => [e.id, e.factor, e.target, e.direction, e.strength]),
  );
  const version = await db.prisma.datasetVersion.findFirstOrThrow();
  expect(version).toMatchObject({ version: dataset.manifest.version, contentHash: dataset.contentHash });
});

test("every stored value has a year, a kind, an edition, a source and a locator, and lies in its indicator's plausible range", async () => {
  const rows = await db.prisma.indicatorValue.findMany({ include: { indicator: true } });
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.source.trim(), `${row.marketIso3}/${row.indicatorKey}`).not.toBe("");
    expect(row.edition?.trim(), `${row.marketIso3}/${row.indicatorKey} edition`).toBeTruthy();
    expect(row.locator?.trim(), `${row.marketIso3}/${row.indicatorKey} locator`).toBeTruthy();
    expect(row.year).toBeGreaterThanOrEqual(1990);
    expect(row.year).toBeLessThanOrEqual(new Date().getUTCFullYear());
    expect(row.value).toBeGreaterThanOrEqual(row.indicator.plausibleMin);
    expect(row.value).toBeLessThanOrEqual(row.indicator.plausibleMax);
  }
});

test("the thesis markets and China are there with data", async () => {
  for (const iso3 of ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "CHN"]) {
    expect(await db.prisma.indicatorValue.count({ where: { marketIso3: iso3 } }), iso3).toBeGreaterThan(10);
  }
});

test("re-seeding a changed data set keeps the user's own rows", async () => {
  const batch = await db.prisma.importBatch.create({
    data: { workspaceId: DEFAULT_WORKSPACE_ID, fileName: "own.csv", fileType: "csv", fileHash: "x", rowCount: 1 },
  });
  await db.prisma.indicatorValue.create({
    data: {
      marketIso3: "RUS",
      indicatorKey: "population",
      year: 2018,
      value: 1e8,
      source: "Our own estimate",
      origin: "user",
      importBatchId: batch.id,
    },
  });
  const changed = { ...dataset, contentHash: `${dataset.contentHash}-changed` };
  expect((await seedDatabase(db.prisma, changed)).seeded).toBe(true);
  expect(await db.prisma.indicatorValue.count({ where: { origin: "user" } })).toBe(1);
  // a user's value is an observed figure of no named edition
  expect(
    await db.prisma.indicatorValue.findFirst({
      where: { origin: "user" },
      select: { kind: true, edition: true, locator: true },
    }),
  ).toEqual({
    kind: "observed",
    edition: null,
    locator: null,
  });
  expect(await db.prisma.indicatorValue.count({ where: { origin: "dataset" } })).toBe(dataset.indicatorValues.length);
});
