// Number formatting shared by pages, charts and reports (pure; runs anywhere). One
// Intl.NumberFormat per precision, reused: the workspace formats a few hundred numbers on every
// slider move, and building a NumberFormat costs far more than using one (~18 ms a move).

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    formatters.set(decimals, f);
  }
  return f;
}

const compactUnits: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** A value as a reader expects it: 143.5 million, 92.3, 2.6; at most `decimals` decimals. */
export function formatValue(value: number, decimals = 2): string {
  const abs = Math.abs(value);
  for (const [size, word] of compactUnits) {
    if (abs >= size) return `${formatNumber(value / size, 1)} ${word}`;
  }
  return formatNumber(value, decimals);
}

export function formatNumber(value: number, decimals = 2): string {
  return formatter(decimals).format(value);
}

export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)}%`;
}
