// Dates in the evidence files are as precise as the source gives them: YYYY, YYYY-MM or YYYY-MM-DD.
// Pure helpers shared by the data build (scripts/data/derived-evidence.ts) and the server.

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD date is on or before the day `asOf`, compared at the date's own precision. */
export function onOrBefore(date: string, asOf: string): boolean {
  return date <= asOf.slice(0, date.length);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A rule as far as "which one is in force" needs it. */
export type DatedRule = { id: string; market: string; ruleType: string; effective: string | null };

/**
 * The rule of each type in force on `asOf`: of the rows of one market and type that took effect
 * by then, the one with the latest date of effect (a later row records a change; both rows stay
 * as history). A row whose source gives no start date counts as the oldest of its type, so any
 * dated change supersedes it; a rule dated after `asOf` is not yet in force. Returns the ids.
 */
export function rulesInForce<R extends DatedRule>(rules: readonly R[], asOf: string): R[] {
  const latest = new Map<string, R>();
  const sortKey = (r: R) => r.effective ?? "";
  for (const rule of rules) {
    if (rule.effective !== null && !onOrBefore(rule.effective, asOf)) continue;
    const key = `${rule.market}|${rule.ruleType}`;
    const held = latest.get(key);
    if (!held || sortKey(rule) > sortKey(held) || (sortKey(rule) === sortKey(held) && rule.id > held.id))
      latest.set(key, rule);
  }
  return [...latest.values()].sort((a, b) => a.market.localeCompare(b.market) || a.ruleType.localeCompare(b.ruleType));
}

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
