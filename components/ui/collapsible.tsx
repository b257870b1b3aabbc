import { useTranslations } from "next-intl";

/**
 * A section a reader can fold away on a long page (issue 11 §9): a native <details>, open by
 * default, so its content is in the page for find-in-page, print and assistive technology, and
 * works without JavaScript. `summary` is what stays visible when it is closed; PageContents
 * (page-contents.tsx) collapses and expands all of them and opens them for printing.
 */
export function Collapsible({
  id,
  summary,
  children,
  className = "",
}: {
  id?: string;
  summary: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <details id={id} open data-collapsible className={`group min-w-0 scroll-mt-4 ${className}`.trim()}>
      <summary className="flex cursor-pointer list-none items-baseline gap-2 rounded [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="inline-block w-3 shrink-0 text-slate-500 transition-transform group-open:rotate-90 print:hidden"
        >
          ▸
        </span>
        <span className="min-w-0 flex-1">{summary}</span>
      </summary>
      {children}
    </details>
  );
}

/**
 * A collapsible wrapper for a card that has its own heading (the market profile's cards): open,
 * the summary is a small "Hide" tab on the card's top edge, so the title is not said twice; closed,
 * it is a bar with the card's title. The title is in the summary's name either way.
 */
export function CollapsibleCard({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const t = useTranslations("workspace.ui");
  return (
    <details id={id} open data-collapsible className="group relative min-w-0 scroll-mt-4">
      <summary className="flex cursor-pointer list-none items-baseline gap-2 rounded-lg border border-slate-200 bg-white p-4 text-lg font-semibold text-slate-900 shadow-sm group-open:absolute group-open:-top-3 group-open:right-3 group-open:z-10 group-open:rounded-full group-open:px-2 group-open:py-0.5 group-open:text-xs group-open:font-medium group-open:text-slate-700 group-open:shadow-none hover:bg-slate-50 sm:p-5 sm:group-open:px-2 sm:group-open:py-0.5 print:hidden [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block w-3 shrink-0 text-slate-500 group-open:hidden">
          ▸
        </span>
        <span className="min-w-0 flex-1 group-open:hidden">{title}</span>
        <span className="hidden group-open:inline">
          {t("hide")}
          <span className="sr-only"> {title}</span> <span aria-hidden="true">▴</span>
        </span>
      </summary>
      {children}
    </details>
  );
}
