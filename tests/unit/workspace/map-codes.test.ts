import { expect, test } from "vitest";
import atlas from "world-atlas/countries-50m.json";

import { ISO3_BY_ATLAS_NAME, ISO3_BY_NUMERIC, ISO_NUMERIC } from "@/components/charts/iso-numeric";

// The map joins world-atlas shapes (Natural Earth 1:50m, ids = ISO 3166-1 numeric) to the data
// set's ISO3 codes. Expected pairs are from the ISO 3166-1 standard itself.

type Geometry = { id?: string; properties: { name: string } };
const geometries = (atlas as unknown as { objects: { countries: { geometries: Geometry[] } } }).objects.countries
  .geometries;

test("ISO numeric codes map back to alpha-3 as the standard assigns them", () => {
  expect(ISO3_BY_NUMERIC["156"]).toBe("CHN");
  expect(ISO3_BY_NUMERIC["643"]).toBe("RUS");
  expect(ISO3_BY_NUMERIC["702"]).toBe("SGP");
  expect(ISO3_BY_NUMERIC["704"]).toBe("VNM");
  expect(ISO3_BY_NUMERIC["626"]).toBe("TLS");
  // A two-way table: no numeric code is claimed by two alpha-3 codes.
  expect(Object.keys(ISO3_BY_NUMERIC)).toHaveLength(Object.keys(ISO_NUMERIC).length);
});

test("every world-atlas shape with an id has an ISO3 code; the shapes without one are named", () => {
  const withId = geometries.filter((g) => g.id !== undefined);
  expect(withId.filter((g) => ISO3_BY_NUMERIC[g.id!] === undefined).map((g) => `${g.id} ${g.properties.name}`)).toEqual(
    [],
  );
  const withoutId = geometries.filter((g) => g.id === undefined).map((g) => g.properties.name);
  expect(withoutId.sort()).toEqual(["Indian Ocean Ter.", "Kosovo", "N. Cyprus", "Siachen Glacier", "Somaliland"]);
  // Kosovo is an economy of the World Bank's list (XKX): matched by name.
  expect(ISO3_BY_ATLAS_NAME).toEqual({ Kosovo: "XKX" });
});
