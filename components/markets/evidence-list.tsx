import { useLocale, useTranslations } from "next-intl";

import { Provenance } from "@/components/data/provenance";

import type { EvidenceItem } from "@/lib/contracts/api";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

/** Dated, sourced facts about a market or its region; each topic links to its place in the framework. */
export function EvidenceList({
  items,
  topicNames,
  topicLinks = {},
}: {
  items: EvidenceItem[];
  topicNames: Record<string, string>;
  topicLinks?: Record<string, string>;
}) {
  const t = useTranslations("markets");
  const { formatValue } = formattersFor(useLocale());
  if (items.length === 0) {
    return <p className="mt-3 text-sm text-slate-600">{t("evidenceList.none")}</p>;
  }
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => {
        const topic = topicNames[item.topic] ?? item.topic;
        const href = topicLinks[item.topic];
        return (
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
              {item.yearNote ? <span> ({item.yearNote})</span> : null} ·{" "}
              {href ? (
                <Link
                  href={href}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                >
                  {topic}
                </Link>
              ) : (
                topic
              )}
              {item.scope.length > 3 ? <span> · {t("evidenceList.region", { scope: item.scope })}</span> : null} ·{" "}
              {t("evidenceList.source", { source: item.citation ?? item.source })}
            </p>
            <Provenance text={`${item.source}; ${item.locator}`} label={t("evidenceList.provenance")} />
          </li>
        );
      })}
    </ol>
  );
}
