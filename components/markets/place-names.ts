import english from "@/messages/en/markets.json";

// Region, sub-region and income-group names (UN M49 regions, World Bank income groups): a small
// fixed set, translated in the markets catalogue under `places`, keyed by the slug of the English
// value the data carry ("South-eastern Asia" → southEasternAsia). A value the catalogue lacks
// shows as the data give it.

export type PlaceKey = keyof typeof english.places;

/** "Latin America and the Caribbean" → "latinAmericaAndTheCaribbean". */
export function slugOf(value: string): string {
  const words = value.match(/[A-Za-z0-9]+/g) ?? [];
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}

/** The catalogue key of a region, sub-region or income group, or null when it has none. */
export function placeKey(value: string): PlaceKey | null {
  const slug = slugOf(value);
  return Object.hasOwn(english.places, slug) ? (slug as PlaceKey) : null;
}

export type RoleKey = keyof typeof english.roles;

/** The catalogue key of a market's role in the data set (target_russia, reference…), or null. */
export function roleKey(role: string): RoleKey | null {
  return Object.hasOwn(english.roles, role) ? (role as RoleKey) : null;
}
