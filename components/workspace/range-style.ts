// A native range input drawn over a track of our own (so the track can carry a band or a scale).
// Its thumb styles live once in app/globals.css (.range-input): written as Tailwind arbitrary
// variants on every slider they made ~1 KB of class text per slider in the workspace's HTML.
export const rangeInputClass = "range-input";
