import { useLocale, useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { EntryModeBacktest, Hits } from "@/lib/contracts/case-library";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

// "How good is this model?": the leave-one-out backtest of the entry-mode model for a board
// member. The sentences say what lib/cases/backtest.ts says for the API and the report (its
// `summary`), worded here from the same figures in the reader's language; the tables give every
// figure as "k of n (share)".

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5";

/** The top-2 hit rate the model is meant to reach (lib/cases/backtest.ts, backtestSummary). */
const TOP2_TARGET = 0.7;

export function BacktestView({ backtest: b }: { backtest: EntryModeBacktest }) {
  const t = useTranslations("cases");
  const { formatPercent } = formattersFor(useLocale());
  const share = (h: Hits) => formatPercent(h.share, 1);
  const hits = (h: Hits) => t("backtest.hits", { hits: h.hits, cases: h.cases, share: share(h) });
  const { outOfSample: o, baseRate: base } = b;
  const first = base.mostCommon[0];
  const lead = first
    ? t("backtest.summary.leadWithMode", {
        cases: o.cases,
        hits: o.top1.hits,
        share: share(o.top1),
        mode: first.name.toLowerCase(),
        baseHits: base.top1.hits,
        baseShare: share(base.top1),
      })
    : t("backtest.summary.lead", {
        cases: o.cases,
        hits: o.top1.hits,
        share: share(o.top1),
        baseHits: base.top1.hits,
        baseShare: share(base.top1),
      });
  const top2Line = t("backtest.summary.top2", {
    hits: o.top2.hits,
    share: share(o.top2),
    baseHits: base.top2.hits,
    baseShare: share(base.top2),
  });
  const verdict = b.beatsBaseRate.top1
    ? t("backtest.summary.beats", { by: o.top1.hits - base.top1.hits, cases: o.cases })
    : t("backtest.summary.doesNotBeat");
  const target = t("backtest.summary.target", { target: formatPercent(TOP2_TARGET, 1), share: share(o.top2) });
  const inSample = t("backtest.summary.inSample", { hits: b.inSample.top1.hits, share: share(b.inSample.top1) });
  const family =
    b.model.family === "hand_set" ||
    b.model.family === "per_theory" ||
    b.model.family === "per_factor" ||
    b.model.family === "per_row"
      ? t(`backtest.families.${b.model.family}`)
      : b.model.family;
  const description = t("backtest.modelDescription", {
    family,
    offsets: String(b.model.offsets),
    key: `${b.model.family}${b.model.offsets ? "+offsets" : ""}`,
    lambda: String(b.model.lambda),
    temperature: String(b.model.temperature),
  });
  return (
    <div className="space-y-6">
      <section aria-labelledby="answer-heading" className={card}>
        <h2 id="answer-heading" className="text-lg font-semibold text-slate-900">
          {t("backtest.answer")}
        </h2>
        <p className="mt-2 text-sm leading-6 text-slate-800" data-testid="backtest-lead">
          {lead} {top2Line}
        </p>
        <p
          role="note"
          data-testid="backtest-verdict"
          className={`mt-3 rounded border p-3 text-sm leading-6 ${
            b.beatsBaseRate.top1
              ? "border-emerald-300 bg-emerald-50 text-emerald-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          <strong>{b.beatsBaseRate.top1 ? t("backtest.beats") : t("backtest.doesNotBeat")} </strong>
          {verdict} {target}
        </p>
        <p className="mt-3 text-sm leading-6 text-slate-700">{inSample}</p>
      </section>

      <section aria-labelledby="figures-heading" className={card}>
        <h2 id="figures-heading" className="text-lg font-semibold text-slate-900">
          {t("backtest.figures")}
        </h2>
        <ScrollRegion label={t("backtest.hitRates")} className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("backtest.hitRatesCaption")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t("backtest.whoNames")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  {t("backtest.firstRight")}
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  {t("backtest.firstTwo")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              <Row label={t("backtest.rowModel")} a={hits(b.outOfSample.top1)} c={hits(b.outOfSample.top2)} />
              <Row
                label={
                  b.baseRate.mostCommon.length > 0
                    ? t("backtest.rowBaseWithModes", {
                        modes: b.baseRate.mostCommon.map((m) => m.name).join(t("backtest.thenSeparator")),
                      })
                    : t("backtest.rowBase")
                }
                a={hits(b.baseRate.top1)}
                c={hits(b.baseRate.top2)}
              />
              <Row label={t("backtest.rowInSample")} a={hits(b.inSample.top1)} c={hits(b.inSample.top2)} />
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="per-mode-heading" className={card}>
        <h2 id="per-mode-heading" className="text-lg font-semibold text-slate-900">
          {t("backtest.perMode")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("backtest.perModeLead")}</p>
        <ScrollRegion label={t("backtest.perModeLabel")} className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("backtest.perModeCaption")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t("backtest.modeChosen")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  {t("backtest.entries")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  {t("backtest.namedFirst")}
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  {t("backtest.firstTwo")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {b.perMode.map((m) => (
                <tr key={m.mode}>
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {m.name}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{m.top1.cases}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{hits(m.top1)}</td>
                  <td className="py-2 text-right tabular-nums">{hits(m.top2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="confusion-heading" className={card}>
        <h2 id="confusion-heading" className="text-lg font-semibold text-slate-900">
          {t("backtest.confusion")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("backtest.confusionLead")}</p>
        <ScrollRegion label={t("backtest.confusionLabel")} className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("backtest.confusionCaption")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t("backtest.confusionCorner")}
                </th>
                {b.confusion.modes.map((m) => (
                  <th key={m.mode} scope="col" className="py-2 pr-3 text-right font-semibold">
                    {m.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {b.confusion.modes.map((row, i) => (
                <tr key={row.mode}>
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {row.name}
                  </th>
                  {b.confusion.counts[i]!.map((n, j) => (
                    <td
                      key={b.confusion.modes[j]!.mode}
                      className={`py-2 pr-3 text-right tabular-nums ${i === j ? "font-bold text-slate-900" : "text-slate-700"}`}
                    >
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="model-heading" className={card}>
        <h2 id="model-heading" className="text-lg font-semibold text-slate-900">
          {t("backtest.modelHeading")}
        </h2>
        <p className="mt-2 text-sm leading-6 text-slate-800">{t("backtest.modelLine", { description })}</p>
        <p className="mt-2 text-sm leading-6 text-slate-700">{b.method}</p>
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("backtest.hash", {
            hash: b.inputsHash,
            code: (chunks) => <code className="text-xs break-all">{chunks}</code>,
          })}
        </p>
        <p className="mt-2 text-sm">
          <Link href="/cases" className="text-brand-700 font-medium underline underline-offset-2">
            {t("backtest.testedOn")}
          </Link>{" "}
          · {t.rich("backtest.json", { code: (chunks) => <code className="text-xs">{chunks}</code> })}
        </p>
      </section>
    </div>
  );
}

function Row({ label, a, c }: { label: string; a: string; c: string }) {
  return (
    <tr>
      <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
        {label}
      </th>
      <td className="py-2 pr-3 text-right tabular-nums">{a}</td>
      <td className="py-2 text-right tabular-nums">{c}</td>
    </tr>
  );
}
