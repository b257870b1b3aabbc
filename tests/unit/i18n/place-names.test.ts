import { readFileSync } from "node:fs";

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { placeKey, roleKey, slugOf } from "@/components/markets/place-names";
import en from "@/messages/en/markets.json";
import ru from "@/messages/ru/markets.json";
import zh from "@/messages/zh-CN/markets.json";

// Region, sub-region and income-group names are translated in the markets catalogue, keyed by the
// slug of the English value the data carry: every value in data/markets.csv must find its key,
// and the English catalogue must give back the data's own words.

const rows = parse(readFileSync("data/markets.csv", "utf8"), { columns: true }) as Record<string, string>[];
const values = (column: string) => [...new Set(rows.map((r) => r[column]!).filter((v) => v !== ""))];

describe("place names (regions, sub-regions, income groups)", () => {
  it("slugs English values to camelCase keys", () => {
    expect(slugOf("South-eastern Asia")).toBe("southEasternAsia");
    expect(slugOf("Latin America and the Caribbean")).toBe("latinAmericaAndTheCaribbean");
    expect(slugOf("Unclassified (no UN M49 code)")).toBe("unclassifiedNoUnM49Code");
  });

  it.each(["region", "subregion", "income_group"])(
    "every %s in data/markets.csv has a key whose English is the data's value, translated in zh and ru",
    (column) => {
      for (const value of values(column)) {
        const key = placeKey(value);
        expect(key, value).not.toBeNull();
        expect(en.places[key!]).toBe(value);
        expect(zh.places[key!]).not.toBe(value);
        expect(ru.places[key!]).not.toBe(value);
      }
    },
  );

  it("every role in data/markets.csv has a label in the catalogue", () => {
    for (const role of values("role")) expect(roleKey(role), role).not.toBeNull();
  });

  it("a value the catalogue lacks has no key (it shows as the data give it)", () => {
    expect(placeKey("Atlantis")).toBeNull();
    expect(roleKey("toString")).toBeNull();
  });
});
