import { useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";
import type { SimilarCase } from "@/lib/contracts/case-library";
import { Link } from "@/lib/i18n/navigation";

import { OutcomeBadge } from "./outcome-badge";

// "Firms like yours in markets like this": the documented entries nearest to the firm and market
// in factor space (docs/decisions/015-similar-cases.md): who, where, when, what they chose, how it
// went, with a link to each case's ratings and sources.

export function SimilarCases({
  cases,
  modeNames,
  marketNames,
}: {
  cases: SimilarCase[];
  modeNames: Record<string, string>;
  marketNames: Record<string, string>;
}) {
  const t = useTranslations("cases");
  const { formatNumber } = useFormatters();
  const market = (iso3: string) => marketNames[iso3] ?? iso3;
  const compared = cases[0]?.compared ?? 0;
  return (
    <section
      aria-labelledby="similar-cases-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="similar-cases-heading" className="text-lg font-semibold text-slate-900">
        {t("similar.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {compared > 0 ? t("similar.leadKnown", { compared }) : t("similar.lead")}
      </p>
      {cases.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("similar.none")}</p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="similar-cases">
          {cases.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-3 text-sm">
              <p className="font-medium text-slate-900">
                <Link
                  href={`/cases/${c.id}`}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                >
                  {c.firm}
                </Link>{" "}
                <span className="font-normal text-slate-700">
                  {t("similar.where", { home: market(c.home), host: market(c.host), year: String(c.year) })}
                </span>
              </p>
              <p className="mt-1 text-slate-800">
                {t.rich("similar.chose", {
                  mode: (modeNames[c.mode] ?? c.mode).toLowerCase(),
                  b: (chunks) => <strong>{chunks}</strong>,
                })}{" "}
                <OutcomeBadge outcome={c.outcome} year={c.outcomeYear} />
              </p>
              {c.outcomeNote ? <p className="mt-1 text-slate-700">{c.outcomeNote}</p> : null}
              <p className="mt-1 text-xs text-slate-600">
                {t("similar.distance", {
                  distance: formatNumber(c.distance, 2),
                  shared: c.shared,
                  compared: c.compared,
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
