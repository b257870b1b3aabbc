"use client";

import { useLocale } from "next-intl";

import { formattersFor, type Formatters } from "@/lib/format";

/** Numbers, percentages and dates in the page's locale (server code: formattersFor(locale)). */
export function useFormatters(): Formatters {
  return formattersFor(useLocale());
}
