import { currentGroupKey } from "@/lib/contracts/legacy-keys";
import { COLUMN_NAMES, REQUIRED_COLUMNS, type ImportColumnName } from "./columns";
import { cellText, clip, decimalsOf, parseNumber, parseYear } from "./cells";
import type { Problem } from "./errors";
import type { ProblemText, TextColumn } from "./problems";
import { MAX_DATA_ROWS, MAX_TEXT_LENGTH, MIN_YEAR, YEARS_AHEAD } from "./limits";
import type { Cell, Table } from "./read-table";
import { unsafeTextReason } from "./text-safety";

// Checks every row of an import file against what the database already holds, and plans the
// writes. Pure: the same table and context give the same plan, in the preview and at commit.

export type KnownMarket = { iso3: string; name: string; region: string; subregion: string };
export type KnownIndicator = {
  key: string;
  name: string;
  unit: string;
  direction: "benefit" | "cost";
  criteriaGroup: string;
  plausibleMin: number;
  plausibleMax: number;
  decimals: number;
};
export type KnownGroup = { key: string; name: string; newIndicatorWeight: number };
export type StoredUserValue = { fileName: string; importedAt: Date };

export type ImportContext = {
  markets: ReadonlyMap<string, KnownMarket>;
  indicators: ReadonlyMap<string, KnownIndicator>;
  criteriaGroups: ReadonlyMap<string, KnownGroup>;
  /** The user's values already stored, by `market|indicator|year`. */
  storedUserValues: ReadonlyMap<string, StoredUserValue>;
  /** Today, for the latest year accepted. */
  now: Date;
};

export type PlannedValue = {
  row: number;
  market: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
  note: string | null;
};
export type PlannedMarket = KnownMarket & { row: number };
export type PlannedIndicator = {
  row: number;
  key: string;
  name: string;
  unit: string;
  direction: "benefit" | "cost";
  criteriaGroup: string;
  definition: string | null;
  decimals: number;
  defaultWeight: number;
};
export type PreviewRow = { row: number; cells: Partial<Record<ImportColumnName, string>>; ok: boolean };

export type ImportPlan = {
  /** Columns found in the header, in file order. */
  columns: ImportColumnName[];
  dataRows: number;
  problems: Problem[];
  rows: PreviewRow[];
  values: PlannedValue[];
  newMarkets: PlannedMarket[];
  newIndicators: PlannedIndicator[];
};

export const valueKey = (market: string, indicator: string, year: number) => `${market}|${indicator}|${year}`;

const ISO3 = /^[A-Z]{3}$/;
const KEY = /^[a-z][a-z0-9_]{0,63}$/;
const DIRECTIONS = ["benefit", "cost"] as const;

/** A definition with problems, reported on the row that gives it. */
type Invalid = { invalidAt: number };
const isInvalid = (def: unknown): def is Invalid => typeof def === "object" && def !== null && "invalidAt" in def;

type Row = {
  row: number;
  get: (column: ImportColumnName) => Cell | undefined;
  text: (column: ImportColumnName) => string | null;
};

export function validateImport(table: Table, context: ImportContext): ImportPlan {
  const problems: Problem[] = [];
  const report: Report = (row, column, text) => problems.push({ row, column, text });
  const empty = (columns: ImportColumnName[] = []): ImportPlan => ({
    columns,
    dataRows: 0,
    problems: sortProblems(problems),
    rows: [],
    values: [],
    newMarkets: [],
    newIndicators: [],
  });

  const headerIndex = table.rows.findIndex((cells) => cells.some((c) => cellText(c) !== null));
  if (headerIndex < 0) {
    report(1, null, { code: "noRows", columns: REQUIRED_COLUMNS.join(", ") });
    return empty();
  }
  const headerRow = headerIndex + 1;
  const header = readHeader(table.rows[headerIndex] ?? [], headerRow, report);
  const columns = [...header.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  const missing = REQUIRED_COLUMNS.filter((name) => !header.has(name));
  for (const name of missing)
    report(headerRow, name, { code: "missingColumn", name, columns: REQUIRED_COLUMNS.join(", ") });
  if (missing.length > 0) return empty(columns);

  const rows: Row[] = [];
  const headerCells = table.rows[headerIndex] ?? [];
  const named = (c: number) => cellText(headerCells[c]) !== null;
  const unnamedReported = new Set<number>();
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i] ?? [];
    if (!cells.some((c) => cellText(c) !== null)) continue;
    const row = i + 1;
    if (rows.length === MAX_DATA_ROWS) {
      report(row, null, { code: "tooManyRows", max: MAX_DATA_ROWS });
      break;
    }
    cells.forEach((cell, c) => {
      if (!named(c) && !unnamedReported.has(c) && cellText(cell) !== null) {
        unnamedReported.add(c);
        report(row, columnLetter(c), {
          code: "unnamedColumn",
          letter: columnLetter(c),
          columns: COLUMN_NAMES.join(", "),
        });
      }
    });
    const get = (column: ImportColumnName) => {
      const c = header.get(column);
      return c === undefined ? undefined : cells[c];
    };
    rows.push({ row, get, text: (column) => cellText(get(column)) });
  }

  const maxYear = context.now.getUTCFullYear() + YEARS_AHEAD;
  const marketDefs = collectMarketDefinitions(rows, context, report);
  const indicatorDefs = collectIndicatorDefinitions(rows, context, report);

  const candidates: PlannedValue[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const market = checkMarket(r, context, marketDefs, report);
    const indicator = checkIndicator(r, context, indicatorDefs, report);
    const year = parseYear(r.get("year"), MIN_YEAR, maxYear);
    if (!year.ok) report(r.row, "year", year.reason);
    const value = parseNumber(r.get("value"));
    if (!value.ok) report(r.row, "value", value.reason);
    const source = checkText(r, "source", MAX_TEXT_LENGTH.source, true, report);
    const note = checkText(r, "note", MAX_TEXT_LENGTH.note, false, report);

    const known = indicator ? context.indicators.get(indicator) : undefined;
    if (known && value.ok && (value.value < known.plausibleMin || value.value > known.plausibleMax)) {
      report(r.row, "value", {
        code: "implausibleValue",
        value: String(value.value),
        indicator: known.key,
        name: known.name,
        min: String(known.plausibleMin),
        max: String(known.plausibleMax),
        unit: known.unit,
      });
    }
    if (market && indicator && year.ok) {
      const key = valueKey(market, indicator, year.value);
      const earlier = seen.get(key);
      const stored = context.storedUserValues.get(key);
      if (earlier !== undefined) {
        report(r.row, null, {
          code: "duplicateInFile",
          earlier: String(earlier),
          market,
          indicator,
          year: String(year.value),
        });
      } else if (stored) {
        report(r.row, null, {
          code: "duplicateStored",
          market,
          indicator,
          year: String(year.value),
          file: clip(stored.fileName),
          date: stored.importedAt.toISOString().slice(0, 10),
        });
      }
      if (earlier === undefined) seen.set(key, r.row);
    }
    if (market && indicator && year.ok && value.ok && source && note !== undefined) {
      candidates.push({ row: r.row, market, indicator, year: year.value, value: value.value, source, note });
    }
  }

  // A row with any problem (in its value or in a definition it carries) writes nothing.
  const badRows = new Set(problems.map((p) => p.row));
  const values = candidates.filter((v) => !badRows.has(v.row));
  const newIndicators = [...indicatorDefs.values()]
    .filter((d): d is PlannedIndicator => !isInvalid(d))
    .map((d) => ({
      ...d,
      decimals: Math.max(0, ...values.filter((v) => v.indicator === d.key).map((v) => decimalsOf(v.value))),
    }));
  const newMarkets = [...marketDefs.values()].filter((d): d is PlannedMarket => !isInvalid(d));

  return {
    columns,
    dataRows: rows.length,
    problems: sortProblems(problems),
    rows: rows.map((r) => ({
      row: r.row,
      cells: Object.fromEntries(columns.flatMap((c) => (r.text(c) === null ? [] : [[c, r.text(c)!]]))),
      ok: !badRows.has(r.row),
    })),
    values,
    // A definition counts only when some valid row uses it.
    newMarkets: newMarkets.filter((m) => values.some((v) => v.market === m.iso3)),
    newIndicators: newIndicators.filter((i) => values.some((v) => v.indicator === i.key)),
  };
}

/** Header cell text → column name. "Market", " market " and "Indicator Name" are accepted. */
function readHeader(cells: Cell[], row: number, report: Report) {
  const header = new Map<ImportColumnName, number>();
  cells.forEach((cell, c) => {
    const text = cellText(cell);
    if (text === null) return;
    const name = text.toLowerCase().replace(/[\s-]+/g, "_");
    if (!(COLUMN_NAMES as readonly string[]).includes(name)) {
      report(row, clip(text, 30), { code: "unknownColumn", text: clip(text, 30), columns: COLUMN_NAMES.join(", ") });
      return;
    }
    const column = name as ImportColumnName;
    if (header.has(column)) {
      report(row, column, {
        code: "columnTwice",
        column,
        first: columnLetter(header.get(column)!),
        second: columnLetter(c),
      });
      return;
    }
    header.set(column, c);
  });
  return header;
}

type Report = (row: number, column: string | null, text: ProblemText) => void;

function checkText(
  r: Row,
  column: TextColumn,
  max: number,
  required: boolean,
  report: Report,
): string | null | undefined {
  const text = r.text(column);
  if (text === null) {
    if (required)
      report(r.row, column, column === "source" ? { code: "sourceMissing" } : { code: "textMissing", column });
    return required ? undefined : null;
  }
  if (text.length > max) {
    report(r.row, column, { code: "textTooLong", column, length: String(text.length), max: String(max) });
    return undefined;
  }
  const unsafe = unsafeTextReason(text);
  if (unsafe) {
    report(r.row, column, { ...unsafe, column });
    return undefined;
  }
  return text;
}

function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function marketCode(r: Row): string | null {
  const text = r.text("market");
  return text === null ? null : text.toUpperCase();
}

function indicatorKey(r: Row): string | null {
  return r.text("indicator");
}

const hasAny = (r: Row, columns: readonly ImportColumnName[]) => columns.some((c) => r.text(c) !== null);

/** New markets defined in the file: the first row that defines one is its definition. */
function collectMarketDefinitions(rows: Row[], context: ImportContext, report: Report) {
  const defs = new Map<string, PlannedMarket | Invalid>();
  const definedAt = new Map<string, number>();
  const columns = ["market_name", "region", "subregion"] as const;
  for (const r of rows) {
    const code = marketCode(r);
    if (code === null || !ISO3.test(code) || !hasAny(r, columns)) continue;
    const known = context.markets.get(code);
    // The first row that defines a new market must be complete; later rows may repeat parts of it.
    const complete = !known && !definedAt.has(code);
    const given = {
      name: checkText(r, "market_name", MAX_TEXT_LENGTH.name, complete, report),
      region: checkText(r, "region", MAX_TEXT_LENGTH.region, complete, report),
      subregion: checkText(r, "subregion", MAX_TEXT_LENGTH.region, false, report),
    };
    if (known) {
      for (const column of columns) {
        const field = column === "market_name" ? "name" : column;
        const value = given[field];
        if (value && value !== known[field]) {
          report(r.row, column, {
            code: "marketExists",
            market: code,
            name: known.name,
            region: known.region,
            subregion: known.subregion,
            column,
          });
        }
      }
      continue;
    }
    const first = definedAt.get(code);
    if (first === undefined) {
      definedAt.set(code, r.row);
      defs.set(
        code,
        given.name && given.region && given.subregion !== undefined
          ? {
              row: r.row,
              iso3: code,
              name: given.name,
              region: given.region,
              subregion: given.subregion ?? given.region,
            }
          : { invalidAt: r.row },
      );
      continue;
    }
    const def = defs.get(code);
    if (def === undefined || isInvalid(def)) continue;
    for (const column of columns) {
      const field = column === "market_name" ? "name" : column;
      const value = given[field];
      if (value && value !== def[field])
        report(r.row, column, {
          code: "marketDiffers",
          column,
          first: String(first),
          given: clip(def[field]),
          market: code,
        });
    }
  }
  return defs;
}

/** New indicators defined in the file, as for markets. */
function collectIndicatorDefinitions(rows: Row[], context: ImportContext, report: Report) {
  const defs = new Map<string, PlannedIndicator | Invalid>();
  const columns = ["indicator_name", "unit", "direction", "criteria_group", "definition"] as const;
  for (const r of rows) {
    const key = indicatorKey(r);
    if (key === null || !KEY.test(key) || !hasAny(r, columns)) continue;
    const known = context.indicators.get(key);
    if (known) {
      const stored: Record<string, string> = {
        indicator_name: known.name,
        unit: known.unit,
        direction: known.direction,
        criteria_group: known.criteriaGroup,
      };
      for (const column of ["indicator_name", "unit", "direction", "criteria_group"] as const) {
        const value = r.text(column);
        if (value && value !== stored[column]) {
          report(r.row, column, {
            code: "indicatorExists",
            indicator: key,
            name: known.name,
            unit: known.unit,
            column,
          });
        }
      }
      continue;
    }
    const first = defs.get(key);
    if (first !== undefined) {
      // A later row may repeat the definition; what it gives must match the first.
      if (isInvalid(first)) continue;
      const defined: Record<string, string | null> = {
        indicator_name: first.name,
        unit: first.unit,
        direction: first.direction,
        criteria_group: first.criteriaGroup,
        definition: first.definition,
      };
      for (const column of columns) {
        const value = r.text(column);
        const comparable = column === "direction" || column === "criteria_group" ? value?.toLowerCase() : value;
        if (comparable && comparable !== defined[column])
          report(r.row, column, { code: "indicatorDiffers", column, first: String(first.row), indicator: key });
      }
      continue;
    }
    const name = checkText(r, "indicator_name", MAX_TEXT_LENGTH.name, true, report);
    const unit = checkText(r, "unit", MAX_TEXT_LENGTH.unit, true, report);
    const definition = checkText(r, "definition", MAX_TEXT_LENGTH.definition, false, report);
    const directionText = r.text("direction");
    const direction = DIRECTIONS.find((d) => d === directionText?.toLowerCase());
    if (!direction) {
      report(
        r.row,
        "direction",
        directionText === null ? { code: "directionMissing" } : { code: "directionInvalid", text: clip(directionText) },
      );
    }
    const groupText = r.text("criteria_group");
    // a file written for data set 2026.11.1 may still name the governance group host_regulation
    const group = groupText === null ? undefined : context.criteriaGroups.get(currentGroupKey(groupText.toLowerCase()));
    if (!group) {
      const groups = [...context.criteriaGroups.keys()].join(", ");
      report(
        r.row,
        "criteria_group",
        groupText === null ? { code: "groupMissing", groups } : { code: "groupInvalid", text: clip(groupText), groups },
      );
    }
    defs.set(
      key,
      name && unit && direction && group && definition !== undefined
        ? {
            row: r.row,
            key,
            name,
            unit,
            direction,
            criteriaGroup: group.key,
            definition,
            decimals: 0,
            defaultWeight: group.newIndicatorWeight,
          }
        : { invalidAt: r.row },
    );
  }
  return defs;
}

function checkMarket(
  r: Row,
  context: ImportContext,
  defs: Map<string, PlannedMarket | Invalid>,
  report: Report,
): string | null {
  const code = marketCode(r);
  if (code === null) {
    report(r.row, "market", { code: "marketMissing" });
    return null;
  }
  if (!ISO3.test(code)) {
    report(r.row, "market", { code: "marketNotIso", text: clip(code) });
    return null;
  }
  if (context.markets.has(code)) return code;
  const def = defs.get(code);
  if (def === undefined) {
    report(r.row, "market", { code: "marketUnknown", market: code });
    return null;
  }
  if (isInvalid(def)) {
    if (def.invalidAt !== r.row) report(r.row, "market", { code: "marketInvalidDefinition", market: code });
    return null;
  }
  return code;
}

function checkIndicator(
  r: Row,
  context: ImportContext,
  defs: Map<string, PlannedIndicator | Invalid>,
  report: Report,
): string | null {
  const key = indicatorKey(r);
  if (key === null) {
    report(r.row, "indicator", { code: "indicatorMissing" });
    return null;
  }
  if (!KEY.test(key)) {
    report(r.row, "indicator", { code: "indicatorNotKey", text: clip(key) });
    return null;
  }
  if (context.indicators.has(key)) return key;
  const def = defs.get(key);
  if (def === undefined) {
    report(r.row, "indicator", { code: "indicatorUnknown", indicator: key });
    return null;
  }
  if (isInvalid(def)) {
    if (def.invalidAt !== r.row) report(r.row, "indicator", { code: "indicatorInvalidDefinition", indicator: key });
    return null;
  }
  return key;
}

function sortProblems(problems: Problem[]): Problem[] {
  const order = (column: string | null) => {
    const i = (COLUMN_NAMES as readonly string[]).indexOf(column ?? "");
    return column === null ? -1 : i < 0 ? COLUMN_NAMES.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || order(a.p.column) - order(b.p.column) || a.i - b.i)
    .map(({ p }) => p);
}
