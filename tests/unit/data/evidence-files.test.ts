import { mkdtempSync, cpSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { readEvidenceFiles } from "@/scripts/data/evidence-files";

import { DATA_DIR, readData } from "./helpers";

// The evidence files research writes (data/evidence/*.csv): each parses with the seed's row
// schemas, and each row is dated, sourced and locatable.

const files = readEvidenceFiles(DATA_DIR);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe("data/evidence/*.csv", () => {
  it("parse with the row schemas, with unique ids per file", () => {
    for (const [name, rows] of Object.entries(files)) {
      const ids = rows.map((r) => ("id" in r ? r.id : ""));
      expect(new Set(ids).size, name).toBe(ids.length);
    }
    expect(files.ecommerceSize.length).toBeGreaterThan(0);
    expect(files.incumbents.length).toBeGreaterThan(0);
    expect(files.foreignSellerRules.length).toBeGreaterThan(0);
    expect(files.marketContext.length).toBeGreaterThan(0);
  });

  it("every row has a source and a locator", () => {
    for (const rows of Object.values(files)) {
      for (const r of rows as { id: string; source: string; locator: string }[]) {
        expect(r.source.trim().length, r.id).toBeGreaterThan(3);
        expect(r.locator.trim().length, r.id).toBeGreaterThan(3);
      }
    }
  });

  it("every size figure and incumbent names its year; every context item, agreement and program is dated", () => {
    for (const r of files.ecommerceSize) {
      expect(r.year, r.id).toBeGreaterThanOrEqual(1990);
      expect(r.published, r.id).toMatch(DATE);
      // A forecast is a figure for a year after it was made.
      if (r.kind === "forecast") expect(r.year, r.id).toBeGreaterThanOrEqual(Number(r.published.slice(0, 4)));
    }
    for (const r of files.incumbents) expect(r.year, r.id).toBeGreaterThanOrEqual(1990);
    for (const r of files.marketContext) expect(r.effective ?? r.published, r.id).toMatch(DATE);
    for (const r of files.tradeAgreements) expect(r.in_force ?? r.signed, r.id).toMatch(DATE);
    // A program may be listed as in force without its start; it still names its authority and program.
    for (const r of files.sanctionsPrograms) if (r.since) expect(r.since, r.id).toMatch(DATE);
  });

  it("rules for foreign sellers: dated where the source dates them, and the undated ones are few", () => {
    const undated = files.foreignSellerRules.filter((r) => r.effective === null && r.published === null);
    // Undated rows are shown as "date not stated" and count as the oldest rule of their type; they
    // must stay the exception (a live de-minimis database is the usual case).
    expect(undated.length).toBeLessThanOrEqual(Math.ceil(files.foreignSellerRules.length * 0.1));
    for (const r of files.foreignSellerRules) if (r.effective) expect(r.effective, r.id).toMatch(DATE);
  });

  it("the focus markets have a size figure, three incumbents and four dated rules; Russia has sanctions and payment-rail items", () => {
    for (const m of ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"]) {
      expect(files.ecommerceSize.some((r) => r.market === m && r.measure !== "ecommerce_growth_pct"), m).toBe(true);
      expect(new Set(files.incumbents.filter((r) => r.market === m).map((r) => r.platform)).size, m).toBeGreaterThanOrEqual(3);
      expect(files.foreignSellerRules.filter((r) => r.market === m && r.effective !== null).length, m).toBeGreaterThanOrEqual(4);
    }
    const russia = files.marketContext.filter((r) => r.market === "RUS");
    expect(russia.filter((r) => r.topic === "sanctions").length).toBeGreaterThan(0);
    expect(russia.filter((r) => r.topic === "payment_rails").length).toBeGreaterThan(0);
  });

  it("the raw file rows match the parsed rows one to one", () => {
    expect(readData("evidence/foreign-seller-rules.csv").length).toBe(files.foreignSellerRules.length);
    expect(readData("evidence/ecommerce-size.csv").length).toBe(files.ecommerceSize.length);
  });

  it("a bad cell refuses the file, naming file, row and column", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "evidence-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = path.join(dir, "evidence/incumbents.csv");
    const rows = parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];
    rows[0]!.year = "20x4";
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const header = Object.keys(rows[0]!);
    writeFileSync(file, [header.join(","), ...rows.map((r) => header.map((h) => quote(r[h]!)).join(","))].join("\n") + "\n");
    expect(() => readEvidenceFiles(dir)).toThrow(/evidence\/incumbents\.csv, row 2, column "year": "20x4" is not a whole number/);
  });
});
