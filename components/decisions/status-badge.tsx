"use client";

import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/page-header";
import type { DecisionStatus } from "@/lib/contracts/decisions";

const TONE = { open: "amber", revealed: "brand", frozen: "green" } as const;

/** open → revealed → frozen, in words. */
export function StatusBadge({ status }: { status: DecisionStatus }) {
  const t = useTranslations("decisions.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
