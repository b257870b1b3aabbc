import { useTranslations } from "next-intl";

import { Provenance } from "@/components/data/provenance";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { EntryCase } from "@/lib/contracts/cases";
import { citeInline } from "@/lib/data/sources";
import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

import { OutcomeBadge } from "./outcome-badge";

// One documented entry: what the firm did and how it went, every factor rating with its
// one-line justification and source, and the sources in full. Factors the sources do not support
// are listed as not rated (the model reads them as the neutral 3): a gap stays visible.

type Names = { modes: Record<string, string>; factors: Record<string, string>; markets: Record<string, string> };

const link = "text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2";

export function CaseDetail({ entry, names }: { entry: EntryCase; names: Names }) {
  const t = useTranslations("cases");
  const market = (iso3: string) => names.markets[iso3] ?? iso3;
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="what-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="what-heading" className="text-lg font-semibold text-slate-900">
          {t("detail.whatHeading")}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className="font-medium text-slate-700">{t("detail.firm")}</dt>
          <dd className="text-slate-900">{t("detail.firmHome", { firm: entry.firm, home: market(entry.home) })}</dd>
          <dt className="font-medium text-slate-700">{t("detail.host")}</dt>
          <dd className="text-slate-900">
            {t("detail.hostYear", { host: market(entry.host), year: String(entry.year) })}
          </dd>
          <dt className="font-medium text-slate-700">{t("detail.mode")}</dt>
          <dd className="text-slate-900">
            <strong>{t("detail.modeName", { mode: names.modes[entry.mode] ?? entry.mode })}</strong> {entry.modeNote}
          </dd>
          <dt className="font-medium text-slate-700">{t("detail.outcome")}</dt>
          <dd className="text-slate-900">
            <OutcomeBadge outcome={entry.outcome} year={entry.outcomeYear} />{" "}
            {entry.outcomeNote || t("detail.nothingFurther")}
          </dd>
        </dl>
      </section>
      <Ratings
        title={t("detail.firmFactors")}
        id="firm-factors"
        keys={FIRM_FACTOR_KEYS}
        record={entry.firmFactors}
        names={names}
      />
      <Ratings
        title={t("detail.marketFactors")}
        id="market-factors"
        keys={MARKET_FACTOR_KEYS}
        record={entry.marketFactors}
        names={names}
      />
      {entry.ratingNote ? <p className="text-sm text-slate-700">{entry.ratingNote}</p> : null}
      <section
        aria-labelledby="sources-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="sources-heading" className="text-lg font-semibold text-slate-900">
          {t("detail.sources")}
        </h2>
        <ol className="mt-2 space-y-2 text-sm text-slate-800">
          {entry.sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`} className="break-words">
              {/* Pointers into the seed documents read as the document and its section (issue 11 §6). */}
              <span className="font-mono text-xs text-slate-600">[{s.id}]</span> {citeInline(s.title)}
              {s.publisher ? `, ${citeInline(s.publisher)}` : ""}
              {s.published ? ` (${s.published})` : ""}.{" "}
              {/^https?:\/\//.test(s.locator) ? (
                <a href={s.locator.split(" ")[0]} className={link} rel="noreferrer">
                  {s.locator}
                </a>
              ) : (
                <Provenance text={s.locator} label={t("detail.whereInSource")} />
              )}
              {s.secondaryOf ? (
                <span className="text-slate-600"> {t("detail.reports", { original: s.secondaryOf })}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function Ratings({
  title,
  id,
  keys,
  record,
  names,
}: {
  title: string;
  id: string;
  keys: readonly string[];
  record: EntryCase["firmFactors"];
  names: Names;
}) {
  const t = useTranslations("cases");
  const rated = keys.filter((k) => record[k]);
  const unrated = keys.filter((k) => !record[k]);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <ScrollRegion label={title} className="relative mt-3">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("detail.ratingsCaption", { title })}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("detail.factor")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                {t("detail.rating")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("detail.why")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("detail.source")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rated.map((k) => {
              const r = record[k]!;
              return (
                <tr key={k}>
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {names.factors[k] ?? k}
                  </th>
                  <td className="py-2 pr-3 text-right text-slate-900 tabular-nums">{r.rating}</td>
                  <td className="min-w-[16rem] py-2 pr-3 text-slate-800">{citeInline(r.why)}</td>
                  <td className="py-2 whitespace-nowrap">
                    {r.source.split(",").map((s, i) => (
                      <span key={s}>
                        {i > 0 ? ", " : ""}
                        <a href={`#source-${s.trim()}`} className={link}>
                          {s.trim()}
                        </a>
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {unrated.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("detail.notRated", { list: unrated.map((k) => names.factors[k] ?? k).join(t("listSeparator")) })}
        </p>
      ) : null}
    </section>
  );
}
