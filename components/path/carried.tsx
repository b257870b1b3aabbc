"use client";

import { Link } from "@/lib/i18n/navigation";
import { useSyncExternalStore, type ReactNode } from "react";

import { RATINGS_CHANGE_EVENT } from "@/lib/workspace/market-ratings";

// Links and form fields that carry the analysis (the workspace state: markets, weights, home,
// market ratings) from the current link to another page, so switching pages loses nothing
// (issue 11 §7). The ratings can change in the link without a navigation, hence the event.

function subscribe(onChange: () => void): () => void {
  window.addEventListener(RATINGS_CHANGE_EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(RATINGS_CHANGE_EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

const currentSearch = () => window.location.search;

function useCurrentSearch(): URLSearchParams {
  return new URLSearchParams(useSyncExternalStore(subscribe, currentSearch, () => ""));
}

/** Parameters of one page's own view, not carried to another page. */
const VIEW_ONLY = ["why", "replay", "year", "market", "samples", "seed", "concentration"];

/** `href`, with the current link's analysis added where `href` does not set it. */
export function CarriedLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const current = useCurrentSearch();
  const [path, query = ""] = href.split("?");
  const params = new URLSearchParams(query);
  for (const [name, value] of current) if (!VIEW_ONLY.includes(name) && !params.has(name)) params.set(name, value);
  return (
    <Link href={`${path}?${params.toString()}`} className={className}>
      {children}
    </Link>
  );
}

/**
 * Hidden fields that keep the analysis (market ratings `a=`, markets, weights…) when a GET form
 * reloads the page; `own` names the fields the form sets itself.
 */
export function CarriedStateFields({ own }: { own: readonly string[] }) {
  const current = [...useCurrentSearch()].filter(([name]) => !VIEW_ONLY.includes(name) && !own.includes(name));
  return (
    <>
      {current.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
