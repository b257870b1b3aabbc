// Where each fit factor sits in the framework, read from the framework data itself. Pure.
//
// The factor table's descriptions name the thesis driver a factor measures ("(driver 1)",
// "(part of driver 10)"); drivers are numbered 1-10 in the thesis. A factor without a driver
// (resources, risk appetite, urgency, and the distance and readiness factors) comes from the
// entry-mode literature and is explained on /framework#factor-<key>.

export type FactorLike = {
  key: string;
  name: string;
  description: string;
  scope: "firm" | "market";
  sourceOfValue: string;
};
export type DriverLike = { key: string; number: number; name: string };

const DRIVER_REFERENCE = /\((?:part of )?driver (\d+)\)/i;

/** The driver a factor measures, from "(driver N)" in its description; null when it names none. */
export function driverOfFactor(
  factor: Pick<FactorLike, "description">,
  drivers: readonly DriverLike[],
): DriverLike | null {
  const match = DRIVER_REFERENCE.exec(factor.description);
  if (!match) return null;
  return drivers.find((d) => d.number === Number(match[1])) ?? null;
}

/** factor key → driver key (or null), for links to /framework#driver-<key>. */
export function factorDrivers(
  factors: readonly FactorLike[],
  drivers: readonly DriverLike[],
): Record<string, string | null> {
  return Object.fromEntries(factors.map((f) => [f.key, driverOfFactor(f, drivers)?.key ?? null]));
}

/** The framework anchor that explains a factor: its driver where it has one, else its own entry. */
export function factorAnchor(factorKey: string, drivers: Readonly<Record<string, string | null>>): string {
  const driver = drivers[factorKey];
  return driver ? `driver-${driver}` : `factor-${factorKey}`;
}

/**
 * The criteria group of each market factor the analyst rates: the group measuring the factor's
 * driver, else the group of the same name (competitive intensity has no thesis driver of its own).
 */
export function assessedFactorGroups(
  factors: readonly FactorLike[],
  drivers: readonly DriverLike[],
  groups: readonly { key: string; name: string; driver: string | null }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const factor of factors) {
    if (factor.scope !== "market" || factor.sourceOfValue !== "user_assessment") continue;
    const driver = driverOfFactor(factor, drivers);
    const group =
      (driver && groups.find((g) => g.driver === driver.key)) ??
      groups.find((g) => g.name.toLowerCase() === factor.name.toLowerCase());
    if (group) out[factor.key] = group.key;
  }
  return out;
}
