import { useTranslations } from "next-intl";

import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { Link } from "@/lib/i18n/navigation";
import { presetIndicatorWeight } from "@/lib/workspace/weight-presets";

/**
 * The workspace's word on imported indicators still at weight 0 (issue 11 §11): an import changes
 * no one's ranking by itself, so the user must know the new criterion waits for a weight.
 */
export function ImportWeightNotice({ data, state }: { data: ScoringData; state: WorkspaceState }) {
  const t = useTranslations("data.weightNotice");
  const groupName = new Map(data.criteriaGroups.map((g) => [g.key, g.name]));
  const waiting = data.indicators.filter(
    (i) =>
      i.origin === "user" &&
      (state.indicatorWeights[i.key] ?? presetIndicatorWeight(state.weightPreset, i.key) ?? i.defaultWeight) === 0,
  );
  if (waiting.length === 0) return null;
  return (
    <div role="status" className="mb-4 rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
      <ul className="space-y-1">
        {waiting.map((i) => (
          <li key={i.key}>
            {t.rich("item", {
              name: i.name,
              group: groupName.get(i.criteriaGroup) ?? i.criteriaGroup,
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-sky-900">
        {t("never")}{" "}
        <Link href="/data" className="underline">
          {t("link")}
        </Link>
      </p>
    </div>
  );
}
