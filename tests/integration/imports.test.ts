import { readFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { DELETE as deleteImport } from "@/app/api/v1/imports/[id]/route";
import { POST as previewRoute } from "@/app/api/v1/imports/preview/route";
import { GET as listRoute, POST as commitRoute } from "@/app/api/v1/imports/route";
import { ApiError, MarketList, MarketProfile, ScoringData } from "@/lib/contracts/api";
import { ImportBatchList, ImportCommitted, ImportDeleted, ImportPreview } from "@/lib/contracts/imports";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES } from "@/lib/imports";
import { deleteImport as removeImport } from "@/lib/server/imports";
import { listMarkets, marketProfile } from "@/lib/server/markets";
import { scoringData } from "@/lib/server/workspace";

import { makeXlsx } from "../fixtures/imports/xlsx";
import { seededAppDatabase } from "./support/database";
import { SOLO_ACCESS } from "@/lib/server/access";

// The import transaction on a real database (PGlite here, PostgreSQL in CI): a preview writes
// nothing, a commit writes every row or none, and the user's rows never mix with the data set's.

let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

function upload(
  path: string,
  bytes: Uint8Array,
  fileName: string,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
): Request {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request(`http://localhost${path}`, { method: "POST", body: form, headers });
}

async function userRowCounts() {
  const prisma = await getPrisma();
  const [batches, markets, indicators, values, all] = await Promise.all([
    prisma.importBatch.count(),
    prisma.market.count({ where: { origin: "user" } }),
    prisma.indicator.count({ where: { origin: "user" } }),
    prisma.indicatorValue.count({ where: { origin: "user" } }),
    prisma.indicatorValue.count(),
  ]);
  return { batches, markets, indicators, values, all };
}

test("a preview lists every problem by row and column, and writes nothing", async () => {
  const before = await userRowCounts();
  const response = await previewRoute(upload("/api/v1/imports/preview", fixture("problems.csv"), "problems.csv"));
  expect(response.status).toBe(200);
  const preview = ImportPreview.parse(await response.json());
  expect(preview.ok).toBe(false);
  expect(preview.fileType).toBe("csv");
  expect(preview.dataRows).toBe(9);
  const at = (row: number) => preview.problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.message}`);
  expect(at(2)).toEqual([expect.stringMatching(/^market: Unknown market code XYZ/)]);
  expect(at(3)).toEqual([expect.stringMatching(/^year: Year is missing/)]);
  expect(at(4)).toEqual([expect.stringMatching(/^value: Value "1,234.5" is not a number.*dot for decimals/)]);
  expect(at(5)).toEqual([expect.stringMatching(/^source: Source is missing/)]);
  expect(at(6)).toEqual([expect.stringMatching(/^null: Duplicate: row 5 already gives VNM · gdp_growth_pct · 2024/)]);
  expect(at(7)).toEqual([expect.stringMatching(/^value: Value 150 is outside the plausible range of .* \(0 to 100/)]);
  expect(at(8)).toEqual([expect.stringMatching(/^indicator: Unknown indicator own_sales/)]);
  expect(at(9)).toEqual([expect.stringMatching(/^year: Year 1850 is out of range/)]);
  expect(at(10)).toEqual([
    expect.stringMatching(/^source: Source starts with "=", which a spreadsheet would run as a formula/),
  ]);
  expect(preview.problemCount).toBe(9);
  expect(preview.rows.every((r) => !r.ok)).toBe(true);
  expect(preview.toWrite.values).toBe(0);
  expect(await userRowCounts()).toEqual(before);
});

test("the same bad file previewed in zh-CN, ru and no language gives the same codes and rows, worded in Han, Cyrillic and the exact English", async () => {
  const preview = async (headers: Record<string, string>) =>
    ImportPreview.parse(
      await (await previewRoute(upload("/x", fixture("problems.csv"), "problems.csv", {}, headers))).json(),
    );
  const [en, zh, ru] = await Promise.all([
    preview({}),
    preview({ "accept-language": "zh-CN,zh;q=0.9" }),
    preview({ "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" }),
  ]);
  const located = (p: { problems: { row: number; column: string | null; code: string }[] }) =>
    p.problems.map(({ row, column, code }) => ({ row, column, code }));
  expect(located(en)).toEqual([
    { row: 2, column: "market", code: "marketUnknown" },
    { row: 3, column: "year", code: "yearMissing" },
    { row: 4, column: "value", code: "valueSeparators" },
    { row: 5, column: "source", code: "sourceMissing" },
    { row: 6, column: null, code: "duplicateInFile" },
    { row: 7, column: "value", code: "implausibleValue" },
    { row: 8, column: "indicator", code: "indicatorUnknown" },
    { row: 9, column: "year", code: "yearOutOfRange" },
    { row: 10, column: "source", code: "textFormula" },
  ]);
  expect(located(zh)).toEqual(located(en));
  expect(located(ru)).toEqual(located(en));
  // English exactly as the API always wrote it.
  expect(en.problems.find((p) => p.row === 3)?.message).toBe(
    "Year is missing: every value needs the year it refers to.",
  );
  expect(en.problems.find((p) => p.row === 6)?.message).toBe(
    "Duplicate: row 5 already gives VNM · gdp_growth_pct · 2024. Keep one of the two rows.",
  );
  expect(en.problems.find((p) => p.row === 10)?.message).toBe(
    'Source starts with "=", which a spreadsheet would run as a formula; reword it so that it starts with a letter or digit.',
  );
  for (const p of zh.problems) expect(p.message, p.code).toMatch(/\p{Script=Han}/u);
  for (const p of ru.problems) expect(p.message, p.code).toMatch(/\p{Script=Cyrillic}/u);
  // The arguments reach every language: the row, the market, the year.
  expect(zh.problems.find((p) => p.row === 6)?.message).toMatch(/第 5 行.*VNM · gdp_growth_pct · 2024/);
  expect(ru.problems.find((p) => p.row === 9)?.message).toMatch(/Год 1850 .*с 1960 по/);
});

test("a file refused as a whole is worded in the caller's language, with the same code, and says which language", async () => {
  const empty = (headers: Record<string, string>) =>
    previewRoute(upload("/x", new Uint8Array(), "empty.csv", {}, headers));
  const [en, zh, ru] = await Promise.all([
    empty({}),
    empty({ "accept-language": "zh-CN" }),
    empty({ "accept-language": "ru" }),
  ]);
  const bodies = await Promise.all([en, zh, ru].map(async (r) => ApiError.parse(await r.json()).error));
  expect([en.status, zh.status, ru.status]).toEqual([400, 400, 400]);
  expect(bodies.map((b) => b.code)).toEqual(["unreadable_file", "unreadable_file", "unreadable_file"]);
  expect(bodies[0]!.message).toBe("The file is empty.");
  expect(bodies[1]!.message).toBe("文件为空。");
  expect(bodies[2]!.message).toBe("Файл пуст.");
  expect([en, zh, ru].map((r) => r.headers.get("content-language"))).toEqual(["en", "zh-CN", "ru"]);

  // A refused commit: the summary and every listed problem in Russian, the problem's place unchanged.
  const refused = await commitRoute(
    upload("/x", fixture("one-bad-row.csv"), "one-bad-row.csv", {}, { "accept-language": "ru" }),
  );
  expect(refused.status).toBe(400);
  const body = ApiError.parse(await refused.json()).error;
  expect(body.code).toBe("import_has_problems");
  expect(body.message).toBe("В файле 1 проблема; ничего не записано. Исправьте её и загрузите файл снова.");
  expect(body.issues).toEqual([{ path: "row 4, column value", message: "Значение «eighty» не является числом." }]);
});

test("a file with one bad row writes nothing: the commit is refused and the database is unchanged", async () => {
  const before = await userRowCounts();
  const preview = ImportPreview.parse(
    await (await previewRoute(upload("/x", fixture("one-bad-row.csv"), "one-bad-row.csv"))).json(),
  );
  expect(preview.problems).toEqual([
    { row: 4, column: "value", code: "valueNotNumber", message: 'Value "eighty" is not a number.' },
  ]);
  expect(preview.rows.map((r) => r.ok)).toEqual([true, true, false, true]);

  const response = await commitRoute(upload("/api/v1/imports", fixture("one-bad-row.csv"), "one-bad-row.csv"));
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.error.code).toBe("import_has_problems");
  expect(body.error.message).toBe("The file has 1 problem; nothing was written. Fix it and upload the file again.");
  expect(body.error.issues).toEqual([{ path: "row 4, column value", message: expect.stringMatching(/eighty/) }]);
  expect(await userRowCounts()).toEqual(before);
});

let batchId: string;

test("a good file is written in one batch, marked as the user's, beside the shipped values", async () => {
  const before = await userRowCounts();
  const bytes = fixture("own-data.csv");
  const preview = ImportPreview.parse(await (await previewRoute(upload("/x", bytes, "own-data.csv"))).json());
  expect(preview.problems).toEqual([]);
  expect(preview.ok).toBe(true);
  expect(preview.toWrite.values).toBe(7);
  expect(preview.toWrite.newMarkets).toEqual([
    { iso3: "REU", name: "Reunion", region: "Africa", subregion: "Sub-Saharan Africa", row: 7 },
  ]);
  expect(preview.toWrite.newIndicators).toEqual([
    expect.objectContaining({
      key: "competitive_intensity",
      direction: "cost",
      criteriaGroup: "competition",
      // Issue 11 §11: an imported indicator waits at weight 0 for the user's choice.
      defaultWeight: 0,
      row: 5,
    }),
  ]);

  const response = await commitRoute(upload("/api/v1/imports", bytes, "own-data.csv", { fileHash: preview.fileHash }));
  expect(response.status).toBe(201);
  const { batch } = ImportCommitted.parse(await response.json());
  batchId = batch.id;
  expect(batch).toMatchObject({
    fileName: "own-data.csv",
    fileType: "csv",
    fileHash: preview.fileHash,
    rowCount: 7,
    values: 7,
  });
  expect(batch.markets).toEqual([{ iso3: "REU", name: "Reunion" }]);
  expect(batch.indicators.map((i) => i.key)).toEqual(["competitive_intensity"]);
  expect(batch.years).toEqual({ from: 2021, to: 2026 });

  const after = await userRowCounts();
  expect(after).toEqual({ batches: before.batches + 1, markets: 1, indicators: 1, values: 7, all: before.all + 7 });

  const list = ImportBatchList.parse(await (await listRoute(new Request("http://localhost/api/v1/imports"))).json());
  expect(list.batches.map((b) => b.id)).toEqual([batchId]);
});

test("the workspace scores the most recent year, the user's value on a tie, and flags it as the user's", async () => {
  const data = ScoringData.parse(await scoringData());
  expect(data.values.IDN?.internet_users_pct).toMatchObject({ value: 70.5, year: 2024, origin: "user" });
  expect(data.values.VNM?.internet_users_pct).toMatchObject({ value: 80.25, year: 2025, origin: "user" });
  expect(data.values.THA?.internet_users_pct?.origin).toBe("dataset");
  expect(data.values.VNM?.competitive_intensity).toMatchObject({ value: 4, year: 2026, origin: "user" });
  expect(data.indicators.find((i) => i.key === "competitive_intensity")).toMatchObject({
    criteriaGroup: "competition",
    direction: "cost",
    origin: "user",
  });
  expect(data.indicators.find((i) => i.key === "internet_users_pct")?.origin).toBe("dataset");
  expect(data.markets.find((m) => m.iso3 === "REU")).toMatchObject({
    name: "Reunion",
    role: "emerging_other",
    origin: "user",
  });

  const markets = MarketList.parse(await listMarkets());
  expect(markets.markets.find((m) => m.iso3 === "REU")?.origin).toBe("user");
  expect(markets.markets.find((m) => m.iso3 === "VNM")?.origin).toBe("dataset");

  const profile = MarketProfile.parse(await marketProfile("IDN"));
  const internet = profile.groups.flatMap((g) => g.indicators).find((i) => i.key === "internet_users_pct");
  expect(internet?.latest).toMatchObject({ value: 70.5, year: 2024, origin: "user" });
  // The shipped figure for the same year is kept and shown beside it.
  expect(internet?.history.slice(0, 2).map((h) => [h.year, h.origin])).toEqual([
    [2024, "user"],
    [2024, "dataset"],
  ]);
});

test("the same values imported again are refused as duplicates that name the earlier import", async () => {
  const before = await userRowCounts();
  const preview = ImportPreview.parse(
    await (await previewRoute(upload("/x", fixture("own-data.csv"), "again.csv"))).json(),
  );
  expect(preview.ok).toBe(false);
  expect(preview.problems[0]).toEqual({
    row: 2,
    column: null,
    code: "duplicateStored",
    message: expect.stringMatching(
      /^Duplicate: you already imported a value for IDN · internet_users_pct · 2024 \(file "own-data.csv"/,
    ),
  });
  // REU and competitive_intensity exist now: the rows that defined them must not redefine them differently.
  expect(preview.problems.filter((p) => p.column !== null)).toEqual([]);
  expect((await commitRoute(upload("/x", fixture("own-data.csv"), "again.csv"))).status).toBe(400);
  expect(await userRowCounts()).toEqual(before);
});

test("an XLSX workbook is read like a CSV file, numbers as numbers", async () => {
  const workbook = makeXlsx([
    ["Market", "Indicator", "Year", "Value", "Source", "Note"],
    ["VNM", "gdp_growth_pct", 2026, 6.5, "Finance team forecast, Nov 2026", null],
    [null, null, null, null, null, null],
    ["chl", "competitive_intensity", 2025, 2, "Strategy team assessment, Nov 2025", "lower case code is accepted"],
  ]);
  const preview = ImportPreview.parse(await (await previewRoute(upload("/x", workbook, "forecast.xlsx"))).json());
  expect(preview.fileType).toBe("xlsx");
  expect(preview.problems).toEqual([]);
  expect(preview.rows.map((r) => r.row)).toEqual([2, 4]);
  const response = await commitRoute(upload("/x", workbook, "forecast.xlsx", { fileHash: preview.fileHash }));
  expect(response.status).toBe(201);
  expect(ImportCommitted.parse(await response.json()).batch).toMatchObject({ fileType: "xlsx", values: 2 });
});

test("two commits of the same file at once write it once: the other is refused whole", async () => {
  const before = await userRowCounts();
  const csv = new TextEncoder().encode(
    "market,indicator,year,value,source\nTHA,gdp_growth_pct,2026,2.5,Finance forecast\nMYS,gdp_growth_pct,2026,4.25,Finance forecast\n",
  );
  const responses = await Promise.all([
    commitRoute(upload("/x", csv, "a.csv")),
    commitRoute(upload("/x", csv, "b.csv")),
  ]);
  const statuses = responses.map((r) => r.status).sort();
  expect(statuses[0]).toBe(201);
  expect([400, 409]).toContain(statuses[1]);
  expect(await userRowCounts()).toMatchObject({ batches: before.batches + 1, values: before.values + 2 });
  const prisma = await getPrisma();
  const written = await prisma.importBatch.findFirst({ where: { fileName: { in: ["a.csv", "b.csv"] } } });
  await removeImport(SOLO_ACCESS, written!.id);
});

test("a commit of another file than the one previewed is refused", async () => {
  const response = await commitRoute(upload("/x", fixture("one-bad-row.csv"), "x.csv", { fileHash: "0".repeat(64) }));
  expect(response.status).toBe(409);
  expect(ApiError.parse(await response.json()).error.code).toBe("file_changed");
});

test("an import whose market or indicator another import uses cannot be deleted until that one is", async () => {
  const prisma = await getPrisma();
  const list = ImportBatchList.parse(await (await listRoute(new Request("http://localhost/api/v1/imports"))).json());
  const forecast = list.batches.find((b) => b.fileName === "forecast.xlsx")!;
  const params = (id: string) => ({ params: Promise.resolve({ id }) });

  const blocked = await deleteImport(new Request("http://localhost/x", { method: "DELETE" }), params(batchId));
  expect(blocked.status).toBe(409);
  expect(ApiError.parse(await blocked.json()).error.message).toMatch(/forecast\.xlsx/);
  expect(await prisma.indicatorValue.count({ where: { importBatchId: batchId } })).toBe(7);

  const first = ImportDeleted.parse(
    await (await deleteImport(new Request("http://localhost/x"), params(forecast.id))).json(),
  );
  expect(first.deleted).toEqual({ values: 2, markets: 0, indicators: 0 });
  const second = ImportDeleted.parse(
    await (await deleteImport(new Request("http://localhost/x"), params(batchId))).json(),
  );
  expect(second.deleted).toEqual({ values: 7, markets: 1, indicators: 1 });
  expect(await userRowCounts()).toMatchObject({ batches: 0, markets: 0, indicators: 0, values: 0 });
  // The shipped values are untouched.
  expect((await scoringData()).values.IDN?.internet_users_pct).toMatchObject({
    year: 2024,
    origin: "dataset",
  });

  expect((await deleteImport(new Request("http://localhost/x"), params(batchId))).status).toBe(404);
  expect((await deleteImport(new Request("http://localhost/x"), params("not-a-uuid"))).status).toBe(400);
});

test("uploads over 5 MB, of another type, or without a file are refused with a clear error", async () => {
  const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
  const tooLarge = await previewRoute(upload("/x", big, "big.csv"));
  expect(tooLarge.status).toBe(413);
  expect(ApiError.parse(await tooLarge.json()).error).toMatchObject({ code: "file_too_large", limit: "5 MB per file" });

  const declared = new Request("http://localhost/x", {
    method: "POST",
    headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
    body: "--x--",
  });
  expect((await previewRoute(declared)).status).toBe(413);

  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const image = await previewRoute(upload("/x", png, "values.csv"));
  expect(image.status).toBe(415);
  expect(ApiError.parse(await image.json()).error.message).toMatch(/binary data/);

  const json = await previewRoute(
    new Request("http://localhost/x", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
  );
  expect(json.status).toBe(415);

  const noFile = new FormData();
  noFile.set("other", "x");
  expect((await previewRoute(new Request("http://localhost/x", { method: "POST", body: noFile }))).status).toBe(400);
});
