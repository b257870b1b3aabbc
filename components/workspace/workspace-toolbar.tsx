"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { Link } from "@/lib/i18n/navigation";

interface Props {
  ahpHref: string;
  robustnessHref: string;
  canLink: boolean;
  scenarioSlot: React.ReactNode;
}

/** Copy the link of this view, open the AHP weighting or the robustness analysis, save a scenario. */
export function WorkspaceToolbar({ ahpHref, robustnessHref, canLink, scenarioSlot }: Props) {
  const t = useTranslations("workspace.toolbar");
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  useEffect(() => {
    if (copied === "idle") return;
    const timer = window.setTimeout(() => setCopied("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  };

  const button = "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium";
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        disabled={!canLink}
        className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white disabled:opacity-50`}
      >
        {t("copyLink")}
      </button>
      <Link href={ahpHref} className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
        {t("ahp")}
      </Link>
      <Link href={robustnessHref} className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
        {t("robustness")}
      </Link>
      {scenarioSlot}
      <span role="status" className="text-sm text-slate-700">
        {copied === "done" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
      </span>
    </div>
  );
}
