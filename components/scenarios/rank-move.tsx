/** A rank change: ▲ 2 (up two places), ▼ 1, or "same"; the words are there for screen readers. */
export function RankMove({ move }: { move: number | null }) {
  if (move === null) return <span className="text-slate-600">n/a</span>;
  if (move === 0) return <span className="text-slate-600">same</span>;
  const up = move > 0;
  const places = Math.abs(move);
  return (
    <span className={up ? "font-medium text-emerald-800" : "font-medium text-red-800"}>
      <span aria-hidden="true">
        {up ? "▲" : "▼"} {places}
      </span>
      <span className="sr-only">
        {up ? "up" : "down"} {places} {places === 1 ? "place" : "places"}
      </span>
    </span>
  );
}
