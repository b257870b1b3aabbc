import { useSyncExternalStore } from "react";

// The scaffolding of the horizontal bar charts (criteria down the side, a value along the bottom:
// the tornado of weight swings, the group's disagreement): the props their axes and legend share,
// so the charts read alike. Spread into the recharts elements, which must stay direct children of
// the chart.

/** The criterion names down the side; they take less room on a phone, where every pixel of bar counts. */
export function categoryAxis(wide: boolean) {
  return {
    type: "category",
    dataKey: "name",
    width: wide ? 190 : 112,
    tick: { fontSize: wide ? 11 : 10, fill: "#1e293b" },
    interval: 0,
  } as const;
}

/** The value axis along the bottom, named by `label`. */
export function valueAxis(label: string) {
  return {
    type: "number",
    tick: { fontSize: 11, fill: "#475569" },
    label: { value: label, position: "insideBottom", offset: -16, fontSize: 12, fill: "#334155" },
  } as const;
}

export const GRID_STROKE = "#e2e8f0";
export const LEGEND = { verticalAlign: "top", height: 28, wrapperStyle: { fontSize: 12 } } as const;

const WIDE = "(min-width: 640px)";
function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
function isWide(): boolean {
  return window.matchMedia(WIDE).matches;
}

/** Whether the screen is at least 640 px wide (the server renders the wide chart). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribeToWidth, isWide, () => true);
}
