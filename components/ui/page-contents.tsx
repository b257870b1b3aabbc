"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export interface ContentsItem {
  /** The id of the section's <details> (or of an element inside it). */
  id: string;
  title: string;
}

/** Every collapsible section of the page (collapsible.tsx marks them). */
const sections = () => [...document.querySelectorAll<HTMLDetailsElement>("details[data-collapsible]")];

/** Opens the collapsible section that holds the element with this id, if it is closed. */
function reveal(id: string) {
  const target = document.getElementById(id);
  const details = target?.closest("details[data-collapsible]") ?? null;
  if (details instanceof HTMLDetailsElement) details.open = true;
}

/**
 * An in-page table of contents for a long page (issue 11 §9): a link per section, and buttons that
 * collapse or expand every section. Following a link opens its section. Printing opens every
 * section for the print-out and restores them after (a closed <details> prints only its summary);
 * Chromium's find-in-page opens a closed <details> by itself.
 */
export function PageContents({ label, items }: { label: string; items: readonly ContentsItem[] }) {
  const t = useTranslations("workspace.ui");
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      closed = sections().filter((d) => !d.open);
      for (const d of closed) d.open = true;
    };
    const afterPrint = () => {
      for (const d of closed) d.open = false;
      closed = [];
    };
    const onHash = () => reveal(decodeURIComponent(window.location.hash.slice(1)));
    if (window.location.hash) onHash();
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    window.addEventListener("hashchange", onHash);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      window.removeEventListener("hashchange", onHash);
    };
  }, []);
  const setAll = (open: boolean) => {
    for (const d of sections()) d.open = open;
  };
  const button =
    "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label={label} className="rounded-lg border border-slate-200 bg-white p-3 text-sm print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold text-slate-900">{t("contents")}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => setAll(false)}>
            {t.rich("collapseAll", { sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </button>
          <button type="button" className={button} onClick={() => setAll(true)}>
            {t.rich("expandAll", { sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </button>
        </div>
      </div>
      <ol className="mt-2 grid list-decimal gap-x-6 gap-y-1 pl-5 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className="break-words">
            {/* Opened before the browser scrolls, so the jump lands on the section's content. */}
            <a
              href={`#${item.id}`}
              onClick={() => reveal(item.id)}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
