// Slider-to-ranking latency, measured in the browser with the Performance API: a mark when the
// input event arrives, a measure when the re-ranked list is committed to the DOM. The durations
// are kept on window.__outboundLatency (and the engine's own share on window.__outboundRecompute)
// so an end-to-end test can read them; they cost nothing when nobody reads them.

declare global {
  interface Window {
    __outboundLatency?: number[];
    __outboundRecompute?: number[];
  }
}

const INPUT_MARK = "outbound:weight-input";
const KEEP = 500;
let pending = false;

function push(list: "__outboundLatency" | "__outboundRecompute", value: number): void {
  const values = (window[list] ??= []);
  values.push(value);
  if (values.length > KEEP) values.splice(0, values.length - KEEP);
}

/** Call from a weight control's change handler, before the state update. */
export function markWeightInput(): void {
  if (typeof performance === "undefined") return;
  performance.clearMarks(INPUT_MARK);
  performance.mark(INPUT_MARK);
  pending = true;
}

/** Call from a layout effect once the new ranking is in the DOM. */
export function measureRankingCommitted(): void {
  if (!pending || typeof performance === "undefined") return;
  pending = false;
  const measure = performance.measure("outbound:slider-to-ranking", INPUT_MARK);
  push("__outboundLatency", measure.duration);
  performance.clearMeasures("outbound:slider-to-ranking");
}

/** Times the engine call itself. */
export function timedRecompute<T>(compute: () => T): T {
  if (typeof performance === "undefined") return compute();
  const start = performance.now();
  const result = compute();
  if (typeof window !== "undefined") push("__outboundRecompute", performance.now() - start);
  return result;
}
