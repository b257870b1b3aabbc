"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

import { readFirmProfile } from "@/components/firm/use-firm-profile";
import { Link } from "@/lib/i18n/navigation";
import { RATINGS_CHANGE_EVENT } from "@/lib/workspace/market-ratings";

import { type PathLink, pathLinks, type PathStep } from "./path-steps";

// The path from question to report, shown on each step's page with where the user stands
// (issue 11 §7). Client-side: whether a firm profile is set lives in this browser's storage, and
// the pages change their link without navigating.

const FIRM_CHANGE_EVENT = "outbound:firm-profile-change";

function subscribe(onChange: () => void): () => void {
  const events = ["storage", "popstate", FIRM_CHANGE_EVENT, RATINGS_CHANGE_EVENT];
  for (const event of events) window.addEventListener(event, onChange);
  return () => {
    for (const event of events) window.removeEventListener(event, onChange);
  };
}

/** The link's query and whether a profile is stored, as one comparable string. */
function snapshot(): string {
  return `${readFirmProfile().status === "saved" ? "1" : "0"}${window.location.search}`;
}

interface Props {
  /** The step this page is. */
  current: PathStep;
  /** The page's query when it knows it better than the address bar (the workspace updates it late). */
  search?: string;
  /** The market the ranking puts first: the entry-mode step's market. */
  leader?: string | null;
}

const LABELS = { 1: "marketsAndWeights", 2: "yourFirm", 3: "entryModes", 4: "save", 5: "report" } as const;

export function GuidedPath({ current, search, leader = null }: Props) {
  const t = useTranslations("compare");
  const note = (s: PathLink) => {
    switch (s.note) {
      case "forMarket":
        return t("path.notes.forMarket", { market: s.market ?? "" });
      default:
        return t(`path.notes.${s.note}`);
    }
  };
  const raw = useSyncExternalStore(subscribe, snapshot, () => "0");
  const firmSet = raw.startsWith("1");
  const query = search ?? raw.slice(1);
  const scenarioId = new URLSearchParams(query).get("scenario");
  const steps = pathLinks(query, { firmSet, scenarioId }, leader);
  return (
    <nav aria-label={t("path.label")} className="mb-4">
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((s) => {
          const here = s.step === current;
          return (
            <li key={s.step} className="min-w-0">
              <Link
                href={s.href}
                aria-current={here ? "step" : undefined}
                onClick={(event) => {
                  // On the ranking itself, "Save" opens the save dialog rather than reloading the page.
                  const save = s.step === 4 ? document.getElementById("save-scenario") : null;
                  if (!save) return;
                  event.preventDefault();
                  save.click();
                }}
                className={`flex items-baseline gap-1.5 rounded border px-2.5 py-1 ${
                  here
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                <span className="font-semibold">
                  {s.done && !here ? <span aria-hidden="true">✓ </span> : null}
                  {s.step}.
                </span>
                <span className="font-medium">{t(`path.steps.${LABELS[s.step]}`)}</span>
                <span className={`text-xs ${here ? "text-white" : "text-slate-600"}`}>
                  {s.done && !here ? <span className="sr-only">{t("path.done")} </span> : null}({note(s)})
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
