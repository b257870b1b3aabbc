"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";

import { MarketChooser } from "@/components/markets/market-chooser";
import type { ScoringData } from "@/lib/contracts/api";

type Market = ScoringData["markets"][number];

interface Props {
  markets: readonly Market[];
  selected: readonly string[];
  onChange: (markets: string[]) => void;
}

/** The workspace's markets: the chosen ones as removable chips, presets, and search with filters over every market with data. */
export const MarketPicker = memo(function MarketPicker({ markets, selected, onChange }: Props) {
  const t = useTranslations("workspace.picker");
  return (
    <div>
      <h2 id="markets-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}{" "}
        <span className="text-sm font-normal text-slate-600">
          {t("count", { selected: selected.length, total: markets.length })}
        </span>
      </h2>
      <div className="mt-2">
        <MarketChooser markets={markets} selected={selected} onChange={onChange} presets disclosure={t("disclosure")} />
      </div>
    </div>
  );
});
