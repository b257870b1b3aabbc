// Criteria-group keys renamed between data set versions, so that saved scenarios and old workspace
// links keep opening and keep meaning what they meant (issue 9).
//
// `host_regulation` (data sets up to 2026.11.1) grouped the WGI estimates and the CPI, which measure
// governance quality; that group is now `governance`. The key `host_regulation` stays a thesis
// driver, measured by the new group `host_policy`, so an old weight on it belongs to `governance`.

export const LEGACY_GROUP_KEYS: Readonly<Record<string, string>> = { host_regulation: "governance" };

/** The current key of a criteria group, given a key from any data set version. */
export function currentGroupKey(key: string): string {
  return LEGACY_GROUP_KEYS[key] ?? key;
}

/**
 * The same record keyed by current group keys. Where an input names a group under both its old and
 * its current key, the current key's value is kept (it can only have been set by a newer client).
 */
export function withCurrentGroupKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const current = currentGroupKey(key);
    if (current !== key && Object.hasOwn(record, current)) continue;
    out[current] = value;
  }
  return out;
}
