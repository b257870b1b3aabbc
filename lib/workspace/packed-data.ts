import type { ScoringData } from "@/lib/contracts/api";

// The workspace's data as it travels from the server component to the browser (in the HTML's RSC
// payload). As objects, every value repeats its indicator key, source and note (~140 KB for 25
// markets, sources ~70 KB of it, from 30 distinct texts). Packed, each key and each distinct text
// is sent once and a market's values are an array of small tuples in the order of `keys`; the
// browser unpacks it once into the ScoringData the workspace reads.

/** value, year, index of its source in `texts`, index of its note (-1: none), origin (0 absent, 1 dataset, 2 user). */
type PackedValue = [number, number, number, number, 0 | 1 | 2];

export type PackedScoringData = Omit<ScoringData, "values"> & {
  keys: string[];
  texts: string[];
  /** iso3 → one entry per key; null is a data gap. */
  values: Record<string, (PackedValue | null)[]>;
};

const origins = [undefined, "dataset", "user"] as const;

export function packScoringData(data: ScoringData): PackedScoringData {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string) => {
    let at = index.get(text);
    if (at === undefined) {
      at = texts.push(text) - 1;
      index.set(text, at);
    }
    return at;
  };
  // Every key a value uses, the indicators' order first (user data may name others).
  const keys = [...new Set([...data.indicators.map((i) => i.key), ...Object.values(data.values).flatMap(Object.keys)])];
  const values: PackedScoringData["values"] = {};
  for (const [iso3, byKey] of Object.entries(data.values)) {
    values[iso3] = keys.map((key) => {
      const v = byKey[key];
      if (v === undefined) return null;
      return [
        v.value,
        v.year,
        intern(v.source),
        v.note === null ? -1 : intern(v.note),
        v.origin === undefined ? 0 : v.origin === "dataset" ? 1 : 2,
      ];
    });
  }
  return { ...data, keys, texts, values };
}

export function unpackScoringData(packed: PackedScoringData): ScoringData {
  const { keys, texts, values, ...rest } = packed;
  const text = (at: number) => {
    const found = texts[at];
    if (found === undefined) throw new Error(`packed scoring data: no text at ${at}`);
    return found;
  };
  const unpacked: ScoringData["values"] = {};
  for (const [iso3, entries] of Object.entries(values)) {
    const row: ScoringData["values"][string] = {};
    for (const [at, entry] of entries.entries()) {
      if (entry === null) continue;
      const key = keys[at];
      if (key === undefined) throw new Error(`packed scoring data: no key at ${at}`);
      const [value, year, source, note, origin] = entry;
      const sourced: ScoringData["values"][string][string] = {
        value,
        year,
        source: text(source),
        note: note < 0 ? null : text(note),
      };
      const named = origins[origin];
      if (named !== undefined) sourced.origin = named;
      row[key] = sourced;
    }
    unpacked[iso3] = row;
  }
  return { ...rest, values: unpacked };
}
