"use client";

// Calls to /api/v1/scenarios from the browser (components/api-client.ts): the caller shows
// `message` and, on 409, offers to reload or to save a copy.

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { useJsonApi, type JsonApi } from "@/components/api-client";

export type { ApiFailure } from "@/components/api-client";

/** The scenario API as the page's reader sees it: errors in the page's language. */
export function useScenarioApi(): JsonApi {
  const t = useTranslations("scenarios.api");
  const failure = useCallback((status: number) => (status ? t("status", { status }) : t("network")), [t]);
  return useJsonApi("/api/v1/scenarios", failure);
}
