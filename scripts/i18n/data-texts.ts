// The English texts of every translated data table, read from data/ (Node; used by the
// completeness test and by `npm run -s i18n:data-todo`, which prints what a locale still lacks).

import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";

import { DATA_TABLES, type DataTable, type DataTableSpec } from "@/lib/i18n/data-tables";

export type DataText = { table: DataTable; id: string; field: string; english: string };

export function englishDataTexts(dataDir = path.join(process.cwd(), "data")): DataText[] {
  const out: DataText[] = [];
  for (const [table, spec] of Object.entries(DATA_TABLES) as [DataTable, DataTableSpec][]) {
    for (const row of readRows(dataDir, spec.file)) {
      const id = spec.id.map((column) => String(row[column])).join(":");
      for (const field of spec.fields) {
        for (const [fieldPath, value] of walk(row, field.split("."), [])) {
          if (typeof value === "string" && value.trim() !== "") out.push({ table, id, field: fieldPath, english: value });
        }
      }
    }
  }
  return out;
}

function readRows(dataDir: string, file: string): Record<string, unknown>[] {
  const [name, member] = file.split("#");
  const text = readFileSync(path.join(dataDir, name!), "utf8");
  if (name!.endsWith(".csv")) return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, unknown>[];
  const json = JSON.parse(text) as unknown;
  return (member ? (json as Record<string, unknown>)[member] : json) as Record<string, unknown>[];
}

function* walk(value: unknown, steps: string[], done: string[]): Generator<[string, unknown]> {
  if (steps.length === 0) {
    yield [done.join("."), value];
    return;
  }
  if (value === null || typeof value !== "object") return;
  const [step, ...rest] = steps;
  const keys = step === "*" ? Object.keys(value) : [step!];
  for (const key of keys) yield* walk((value as Record<string, unknown>)[key], rest, [...done, key]);
}
