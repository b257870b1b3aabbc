// One hue per criteria group, a lighter shade per indicator within it: the contribution bars and
// their legend use the same colours. Colour never carries meaning alone: every segment has a text
// label (title), and the numbers are in a table next to the chart.

const GROUP_PALETTES: readonly (readonly string[])[] = [
  ["#1e3a8a", "#1d4ed8", "#3b82f6", "#60a5fa", "#93c5fd", "#2563eb", "#1e40af", "#bfdbfe"], // blue
  ["#4c1d95", "#6d28d9", "#8b5cf6", "#a78bfa", "#c4b5fd"], // violet
  ["#134e4a", "#0f766e", "#14b8a6", "#5eead4", "#99f6e4"], // teal
  ["#78350f", "#b45309", "#d97706", "#f59e0b", "#fcd34d"], // amber
  ["#881337", "#be123c", "#f43f5e", "#fda4af"], // rose
  ["#3f3f46", "#52525b", "#71717a", "#a1a1aa"], // zinc
];

export function groupColor(groupIndex: number): string {
  return GROUP_PALETTES[groupIndex % GROUP_PALETTES.length]![1]!;
}

export function criterionColor(groupIndex: number, indexInGroup: number): string {
  const palette = GROUP_PALETTES[groupIndex % GROUP_PALETTES.length]!;
  return palette[indexInGroup % palette.length]!;
}
