import Link from "next/link";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { EntryModeBacktest, Hits } from "@/lib/contracts/case-library";
import { formatPercent } from "@/lib/format";

// "How good is this model?": the leave-one-out backtest of the entry-mode model for a board
// member. The sentences come from lib/cases/backtest.ts, so the page, the API and the report say
// the same thing; the tables give every figure as "k of n (share)".

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5";
const hits = (h: Hits) => `${h.hits} of ${h.cases} (${formatPercent(h.share, 1)})`;

export function BacktestView({ backtest: b }: { backtest: EntryModeBacktest }) {
  const [lead, top2Line, verdict, target, inSample] = b.summary;
  return (
    <div className="space-y-6">
      <section aria-labelledby="answer-heading" className={card}>
        <h2 id="answer-heading" className="text-lg font-semibold text-slate-900">
          The answer in plain words
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
          <strong>{b.beatsBaseRate.top1 ? "It beats the base rate. " : "It does not beat the base rate. "}</strong>
          {verdict} {target}
        </p>
        <p className="mt-3 text-sm leading-6 text-slate-700">{inSample}</p>
      </section>

      <section aria-labelledby="figures-heading" className={card}>
        <h2 id="figures-heading" className="text-lg font-semibold text-slate-900">
          The figures
        </h2>
        <ScrollRegion label="Hit rates" className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Hit rates of the model and of the base rate</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Who names the mode
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  First choice right
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  In the first two
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              <Row
                label="The model, on entries it had not seen (leave-one-out)"
                a={b.outOfSample.top1}
                c={b.outOfSample.top2}
              />
              <Row
                label={`Always the most common mode${b.baseRate.mostCommon.length > 0 ? ` (${b.baseRate.mostCommon.map((m) => m.name).join(", then ")})` : ""}`}
                a={b.baseRate.top1}
                c={b.baseRate.top2}
              />
              <Row
                label="The model on the entries it was fitted on (in sample, not a test)"
                a={b.inSample.top1}
                c={b.inSample.top2}
              />
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="per-mode-heading" className={card}>
        <h2 id="per-mode-heading" className="text-lg font-semibold text-slate-900">
          Per entry mode
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          For the entries where the firm chose each mode: how often the model, not having seen the entry, named it first
          or among its first two.
        </p>
        <ScrollRegion label="Hit rates per entry mode" className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Hit rates per entry mode, out of sample</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Mode the firm chose
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Entries
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Named first
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  In the first two
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
          What the model named instead
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Each row is the mode the firm chose; each column the model&apos;s first choice for that entry, out of sample.
          The diagonal (bold) counts the matches.
        </p>
        <ScrollRegion label="Confusion table" className="relative mt-3">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">
              Confusion table: rows are the mode the firm chose, columns the model&apos;s first choice
            </caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Firm chose ↓ / model named →
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
          Which model the product uses, and how it was tested
        </h2>
        <p className="mt-2 text-sm leading-6 text-slate-800">
          The product ranks entry modes with {b.model.description}.
        </p>
        <p className="mt-2 text-sm leading-6 text-slate-700">{b.method}</p>
        <p className="mt-2 text-sm text-slate-700">
          Calibration inputs hash (case library, effects and entry-mode tables, code and settings):{" "}
          <code className="text-xs break-all">{b.inputsHash}</code>. The calibration file records no date; the hash
          changes whenever any of its inputs does.
        </p>
        <p className="mt-2 text-sm">
          <Link href="/cases" className="text-brand-700 font-medium underline underline-offset-2">
            The documented entries the model was tested on
          </Link>{" "}
          · served as JSON at <code className="text-xs">GET /api/v1/entry-modes/backtest</code>
        </p>
      </section>
    </div>
  );
}

function Row({ label, a, c }: { label: string; a: Hits; c: Hits }) {
  return (
    <tr>
      <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
        {label}
      </th>
      <td className="py-2 pr-3 text-right tabular-nums">{hits(a)}</td>
      <td className="py-2 text-right tabular-nums">{hits(c)}</td>
    </tr>
  );
}
