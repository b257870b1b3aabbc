"use client";

// Calls to /api/v1/decisions from the browser (components/api-client.ts): the caller shows
// `message` and, on 409, says the input changed elsewhere. Never cached: a decision moves while
// its page is open.

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { useJsonApi, type JsonApi } from "@/components/api-client";

export type { ApiFailure as DecisionApiFailure } from "@/components/api-client";

/** The decisions API as the page's reader sees it: errors in the page's language. */
export function useDecisionApi(): JsonApi {
  const t = useTranslations("decisions.api");
  const failure = useCallback((status: number) => (status ? t("status", { status }) : t("network")), [t]);
  return useJsonApi("/api/v1/decisions", failure, "no-store");
}
