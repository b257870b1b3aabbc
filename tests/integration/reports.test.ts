import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { DELETE as deleteOne } from "@/app/api/v1/scenarios/[id]/route";
import { POST as postImport } from "@/app/api/v1/scenarios/import/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { ScenarioSchema, type Scenario, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { CSV_COLUMNS } from "@/lib/reports/csv";
import { ImportResponseSchema, ScenarioExportSchema } from "@/lib/reports/json";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

// The report routes on a real database: a seven-market scenario with a firm profile is saved, then
// its report is fetched in all four formats; the PDF's text is extracted with pdftotext; the JSON
// export is imported back and reproduces the results exactly.

const HOSTILE = `<script>alert(1)</script> =HYPERLINK("http://evil.example","x")`;

let cleanup: () => Promise<void>;
let scenario: Scenario;
let outDir: string;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const presets = await readFirmPresets(await getPrisma());
  const firm = presets.find((p) => p.key === "alibaba-2016") ?? presets[0]!;
  const inputs: ScenarioInputsInput = {
    state: { ...defaultWorkspaceState(), markets: [...DEFAULT_MARKETS] },
    firmProfile: firm.values as ScenarioInputsInput["firmProfile"],
    monteCarlo: { samples: 2000, seed: 42, concentration: 50 },
  };
  const response = await postScenario(
    json("POST", { name: HOSTILE, notes: "Board meeting\n=1+1\n# not a heading", inputs }),
  );
  expect(response.status).toBe(201);
  scenario = ScenarioSchema.parse(await response.json());
  outDir = mkdtempSync(path.join(os.tmpdir(), "outbound-report-"));
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function json(method: string, body: unknown): Request {
  return new Request("http://localhost/api/v1/scenarios", {
    method,
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const fetchReport = (id: string, report: string) =>
  getReport(new Request(`http://localhost/api/v1/scenarios/${id}/${report}`), {
    params: Promise.resolve({ id, report }),
  });

const leaderName = () => scenario.results.labels.markets[scenario.results.ranking.ranking[0]!.id]!;

test("report.pdf is a PDF whose text names the recommended market, the entry mode and a source with its year", async () => {
  const response = await fetchReport(scenario.id, "report.pdf");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="outbound-report-[a-z0-9-]+\.pdf"$/,
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const file = path.join(outDir, "report.pdf");
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain(`Recommended market: ${leaderName()}`);
  const mode = scenario.results.entryModes!.modes[0]!;
  expect(flat).toContain(mode.name!);
  expect(flat).toMatch(/World Bank[^]*?20(1|2)\d/);
  // The hostile name is printed as text, not interpreted.
  expect(flat).toContain("<script>alert(1)</script>");
  expect(flat).toContain("Page 2 of");
});

test("report.md is the same content as Markdown, with the untrusted name escaped", async () => {
  const response = await fetchReport(scenario.id, "report.md");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
  const text = await response.text();
  expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(text).not.toContain("<script>");
  expect(text).toContain(`**Recommended market:** ${leaderName()}`);
  expect(text).toContain("## Robustness");
  expect(text).toMatch(/\| World Bank[^|]*\| 20\d\d/);
});

test("report.csv holds the ranking and every market × criterion value with its year and source, formula-safe", async () => {
  const response = await fetchReport(scenario.id, "report.csv");
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/\r\n$/);
  const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
  const markets = new Set(rows.map((r) => r.market_iso3));
  expect(markets.size).toBe(7);
  expect(rows[0]!.rank).toBe("1");
  expect(rows[0]!.market_iso3).toBe(scenario.results.ranking.ranking[0]!.id);
  const valued = rows.filter((r) => r.value !== "");
  expect(valued.length).toBeGreaterThan(100);
  for (const row of valued.filter((r) => !r.source!.startsWith("Your"))) {
    expect(Number(row.year)).toBeGreaterThan(1990);
    expect(row.source!.length).toBeGreaterThan(5);
  }
  // No cell starts a formula: text cells beginning with = + - @ carry a leading quote.
  for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]/);
});

test("report.json exports inputs and results; importing it recreates the scenario with identical results", async () => {
  const response = await fetchReport(scenario.id, "report.json");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(/filename="outbound-scenario-[a-z0-9-]+\.json"/);
  const text = await response.text();
  const file = ScenarioExportSchema.parse(JSON.parse(text));
  expect(file.scenario.name).toBe(HOSTILE);

  const imported = await postImport(json("POST", text));
  expect(imported.status).toBe(201);
  const body = ImportResponseSchema.parse(await imported.json());
  expect(body.scenario.id).not.toBe(scenario.id);
  expect(body.scenario.name).toBe(HOSTILE);
  expect(body.reproduction.status).toBe("identical");
  expect(body.reproduction.identical).toBe(true);
  expect({ ...body.scenario.results, computedAt: null }).toEqual({ ...scenario.results, computedAt: null });
});

test("an import made on another data set says so instead of claiming identity", async () => {
  const text = await (await fetchReport(scenario.id, "report.json")).text();
  const file = JSON.parse(text);
  file.scenario.results.datasetHash = "0".repeat(64);
  file.scenario.results.datasetVersion = "2020.1.1";
  const body = ImportResponseSchema.parse(await (await postImport(json("POST", file))).json());
  expect(body.reproduction.status).toBe("dataset_changed");
  expect(body.reproduction.identical).toBe(false);
  expect(body.reproduction.message).toMatch(/data set has changed/);
});

test("tampered results are reported as different", async () => {
  const file = JSON.parse(await (await fetchReport(scenario.id, "report.json")).text());
  file.scenario.results.ranking.ranking[0].score += 0.01;
  const body = ImportResponseSchema.parse(await (await postImport(json("POST", file))).json());
  expect(body.reproduction.status).toBe("different");
  expect(body.reproduction.differences[0]).toMatch(/^results\.ranking\.ranking\[0\]\.score/);
});

test("an import that is not an Outbound export is a 400 that names the problem", async () => {
  const response = await postImport(json("POST", { format: "something-else", scenario: {} }));
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.error.issues?.map((i) => i.path)).toContain("format");
  const notJson = await postImport(json("POST", "{not json"));
  expect(notJson.status).toBe(400);
});

test("unknown report files, malformed ids, unknown and deleted scenarios answer with JSON errors", async () => {
  expect((await fetchReport(scenario.id, "report.exe")).status).toBe(404);
  expect((await fetchReport(scenario.id, "report.pdf.exe")).status).toBe(404);
  expect((await fetchReport("not-a-uuid", "report.pdf")).status).toBe(400);
  const unknown = await fetchReport("3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f", "report.md");
  expect(unknown.status).toBe(404);
  expect(ApiError.parse(await unknown.json()).error.code).toBe("not_found");

  const created = ScenarioSchema.parse(
    await (
      await postScenario(
        json("POST", {
          name: "to delete",
          inputs: ScenarioExportSchema.parse(JSON.parse(await (await fetchReport(scenario.id, "report.json")).text()))
            .scenario.inputs,
        }),
      )
    ).json(),
  );
  await deleteOne(new Request("http://localhost"), { params: Promise.resolve({ id: created.id }) });
  const deleted = await fetchReport(created.id, "report.pdf");
  expect(deleted.status).toBe(404);
  expect(ApiError.parse(await deleted.json()).error.code).toBe("scenario_deleted");
});

test("timing: a seven-market PDF, cold and warm (server side, logged)", async () => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const response = await fetchReport(scenario.id, "report.pdf");
    await response.arrayBuffer();
    times.push(Math.round(performance.now() - started));
  }
  console.info(`report.pdf, 7 markets: ${times.join(" ms, ")} ms (the first in this file was made by the first test)`);
  expect(times.every((t) => t < 30_000)).toBe(true);
});

const fetchWith = (id: string, report: string, query: string, headers: Record<string, string> = {}) =>
  getReport(new Request(`http://localhost/api/v1/scenarios/${id}/${report}${query}`, { headers }), {
    params: Promise.resolve({ id, report }),
  });

test("?locale= chooses the report's language; without it Accept-Language does, English by default", async () => {
  const zh = await (await fetchWith(scenario.id, "report.md", "?locale=zh")).text();
  expect(zh).toContain("## 稳健性");
  expect(zh).not.toContain("## Robustness");
  const ru = await (
    await fetchWith(scenario.id, "report.md", "", { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" })
  ).text();
  expect(ru).toContain("## Устойчивость");
  // The parameter wins over the header.
  const en = await (await fetchWith(scenario.id, "report.md", "?locale=en", { "accept-language": "zh-CN" })).text();
  expect(en).toContain("## Robustness");
  const fallback = await (await fetchWith(scenario.id, "report.md", "", { "accept-language": "de-DE" })).text();
  expect(fallback).toContain("## Robustness");
});

test("a locale the report does not speak is a 400 that names the parameter and the allowed values", async () => {
  const response = await fetchWith(scenario.id, "report.pdf", "?locale=de");
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.error.code).toBe("invalid_request");
  expect(body.error.message).toContain("locale");
  expect(body.error.message).toContain("en, zh, ru");
});

test("the PDF in each locale: size and render time for the seven-market scenario (logged), the right script", async () => {
  const lines: string[] = [];
  for (const locale of ["en", "zh", "ru"] as const) {
    const started = performance.now();
    const bytes = Buffer.from(await (await fetchWith(scenario.id, "report.pdf", `?locale=${locale}`)).arrayBuffer());
    const time = Math.round(performance.now() - started);
    const file = path.join(outDir, `report-${locale}.pdf`);
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", [file, "-"]).toString();
    const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1];
    lines.push(`${locale}: ${Math.round(bytes.length / 1024)} KB, ${pages} pages, ${time} ms`);
    if (locale === "zh") expect(text).toMatch(/\p{Script=Han}{4}/u);
    if (locale === "ru") expect(text).toMatch(/\p{Script=Cyrillic}{6}/u);
    expect(bytes.length).toBeLessThan(3_000_000);
  }
  console.info(`report.pdf, 7 markets, default weights: ${lines.join("; ")}`);
}, 180_000);
