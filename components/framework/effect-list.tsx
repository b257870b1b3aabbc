import { useTranslations } from "next-intl";

import type { Framework } from "@/lib/contracts/api";

type Effect = Framework["effects"][number];

/**
 * ▲/▼ with a word: the direction never rests on colour alone. This is a RULE's direction, what a
 * high value does ("a high value raises it"); what a factor did for one firm and market is worded
 * from its contribution by lib/reports/reason-sentence.ts (issue 11 §1).
 */
export function Direction({ direction }: { direction: "raises" | "lowers" }) {
  const t = useTranslations("framework");
  return direction === "raises" ? (
    <span className="font-medium text-emerald-800">
      <span aria-hidden="true">▲ </span>
      {t("effects.raises")}
    </span>
  ) : (
    <span className="font-medium text-red-800">
      <span aria-hidden="true">▼ </span>
      {t("effects.lowers")}
    </span>
  );
}

/**
 * The effects-table rows that act on one entry mode or strategy (by factor), or that one factor
 * has (by target): each names the other end with a link to its place on this page.
 */
export function EffectList({
  effects,
  by,
  names,
}: {
  effects: Effect[];
  by: "factor" | "target";
  names: Record<string, string>;
}) {
  const t = useTranslations("framework");
  if (effects.length === 0) {
    return <p className="mt-2 text-xs text-slate-600">{t("effects.none")}</p>;
  }
  return (
    <ul className="mt-2 space-y-2">
      {effects.map((e) => {
        const otherKey = by === "factor" ? e.factor : e.target;
        const anchor =
          by === "factor" ? `factor-${e.factor}` : `${e.targetKind === "entry_mode" ? "mode" : "strategy"}-${e.target}`;
        const direction = () => <Direction direction={e.direction} />;
        return (
          <li key={e.id} className="text-sm text-slate-800">
            <a
              href={`#${anchor}`}
              className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 font-medium underline underline-offset-2"
            >
              {names[otherKey] ?? otherKey}
            </a>{" "}
            {by === "factor" ? t.rich("effects.byFactor", { direction }) : t.rich("effects.byTarget", { direction })}{" "}
            <span className="text-xs text-slate-600">
              {t("effects.strength", { strength: e.strength, theory: e.theory })}
            </span>
            <span className="block text-xs text-slate-700">{e.rationale}</span>
          </li>
        );
      })}
    </ul>
  );
}
