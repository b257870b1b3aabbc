import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { z } from "zod";

import * as rows from "../../lib/contracts/dataset";

// Reads data/evidence/*.csv for the data build with the same row schemas as the seed
// (lib/contracts/dataset.ts), outside the app (no server-only modules): a bad cell stops the build,
// named by file, row and column.

export class EvidenceFileError extends Error {
  constructor(file: string, row: number | undefined, column: string | undefined, reason: string) {
    super(`data/${file}${row ? `, row ${row}` : ""}${column ? `, column "${column}"` : ""}: ${reason}`);
    this.name = "EvidenceFileError";
  }
}

export function readEvidenceCsv<S extends z.ZodType>(dataDir: string, file: string, schema: S): z.output<S>[] {
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path.join(dataDir, file), "utf8"), { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new EvidenceFileError(file, undefined, undefined, `cannot be read as CSV (${(error as Error).message})`);
  }
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const column = issue.path.map(String).join(".");
    const cell = record[column];
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    throw new EvidenceFileError(file, index + 2, column, `${cell === undefined ? "missing" : JSON.stringify(cell)} ${issue.message}`);
  });
}

/** The evidence files; the two every-economy lists read as empty while research has not written them. */
export function readEvidenceFiles(dataDir: string): rows.EvidenceFiles {
  const optional = <S extends z.ZodType>(file: string, schema: S): z.output<S>[] =>
    existsSync(path.join(dataDir, file)) ? readEvidenceCsv(dataDir, file, schema) : [];
  return {
    ecommerceSize: readEvidenceCsv(dataDir, "evidence/ecommerce-size.csv", rows.EcommerceSizeRow),
    incumbents: readEvidenceCsv(dataDir, "evidence/incumbents.csv", rows.IncumbentRow),
    foreignSellerRules: readEvidenceCsv(dataDir, "evidence/foreign-seller-rules.csv", rows.ForeignSellerRuleRow),
    marketContext: readEvidenceCsv(dataDir, "evidence/market-context.csv", rows.MarketContextRow),
    tradeAgreements: optional("evidence/china-trade-agreements.csv", rows.TradeAgreementRow),
    sanctionsPrograms: optional("evidence/sanctions-programs.csv", rows.SanctionsProgramRow),
    partnerships: optional("evidence/china-diplomatic-partnerships.csv", rows.DiplomaticPartnershipRow),
  };
}

/**
 * data/evidence/list-coverage.json: for each every-economy list, the date as of which it is
 * complete and the list it was checked against. Only a list named here lets the build say "none"
 * for an economy the list does not name; without it only the listed economies get a value.
 */
export const ListCoverage = z.object({
  "china-trade-agreements.csv": z.object({ completeAsOf: z.iso.date(), basis: z.string().min(1) }).optional(),
  "sanctions-programs.csv": z.object({ completeAsOf: z.iso.date(), basis: z.string().min(1) }).optional(),
});
export type ListCoverage = z.infer<typeof ListCoverage>;

export function readListCoverage(dataDir: string): ListCoverage {
  const file = path.join(dataDir, "evidence/list-coverage.json");
  if (!existsSync(file)) return {};
  const result = ListCoverage.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EvidenceFileError("evidence/list-coverage.json", undefined, issue.path.map(String).join("."), issue.message);
  }
  return result.data;
}

/** The data set's release date (data/dataset.json): the day "in force today" is judged on, so a rebuild is reproducible. */
export function readReleaseDate(dataDir: string): string {
  const manifest = rows.DatasetManifest.parse(JSON.parse(readFileSync(path.join(dataDir, "dataset.json"), "utf8")));
  return manifest.released;
}

/** The market codes of data/markets.csv. */
export function readMarketCodes(dataDir: string): string[] {
  const records: Record<string, string>[] = parse(readFileSync(path.join(dataDir, "markets.csv"), "utf8"), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
  return records.map((r) => r.iso3!).filter(Boolean);
}
