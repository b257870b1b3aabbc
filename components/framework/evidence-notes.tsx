import { useTranslations } from "next-intl";

import { Provenance } from "@/components/data/provenance";
import type { Framework } from "@/lib/contracts/api";
import { citeInline } from "@/lib/data/sources";

type Evidence = Framework["strategies"][number]["evidence"];

/** The thesis's Alibaba examples for one driver, strategy or entry mode, each dated and sourced. */
export function EvidenceNotes({ evidence }: { evidence: Evidence }) {
  const t = useTranslations("framework");
  if (evidence.length === 0) {
    return <p className="mt-2 text-xs text-slate-600">{t("evidence.none")}</p>;
  }
  const caseLabel = (c: Evidence[number]["case"]) =>
    c === "russia"
      ? t("evidence.cases.russia")
      : c === "southeast_asia"
        ? t("evidence.cases.southeastAsia")
        : t("evidence.cases.general");
  return (
    <ul className="mt-2 space-y-1.5">
      {evidence.map((e) => (
        <li key={e.id} className="text-sm text-slate-800">
          <span className="mr-1 inline-block rounded bg-slate-100 px-1 text-xs font-medium text-slate-700">
            {caseLabel(e.case)} {e.year}
          </span>
          {e.statement}
          <span className="block text-xs text-slate-600">
            {e.yearNote ? `${citeInline(e.yearNote)} · ` : ""}
            {t("evidence.source", { source: e.citation ?? e.source })}
          </span>
          <Provenance text={`${e.source}; ${e.locator}`} label={t("evidence.provenance")} />
        </li>
      ))}
    </ul>
  );
}
