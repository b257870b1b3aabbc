import type { EvidenceItem } from "@/lib/contracts/api";
import { formatValue } from "@/lib/format";

/** Dated, sourced facts about a market or its region. */
export function EvidenceList({ items, topicNames }: { items: EvidenceItem[]; topicNames: Record<string, string> }) {
  if (items.length === 0) {
    return <p className="text-sm text-slate-600">No evidence items for this market in the data set.</p>;
  }
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="py-3 text-sm">
          <p className="text-slate-900">
            {item.statement}
            {item.value !== null ? (
              <span className="ml-1 font-medium">
                ({formatValue(item.value)} {item.unit})
              </span>
            ) : null}
          </p>
          <p className="mt-1 text-xs text-slate-600">
            <span className="font-medium text-slate-700">{item.year}</span>
            {item.yearNote ? <span> ({item.yearNote})</span> : null} · {topicNames[item.topic] ?? item.topic}
            {item.scope.length > 3 ? <span> · region {item.scope}</span> : null} · Source: {item.source} · {item.locator}
          </p>
        </li>
      ))}
    </ol>
  );
}
