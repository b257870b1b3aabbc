import { useTranslations } from "next-intl";

/**
 * A rank change: ▲ 2 (up two places), ▼ 1, or "same"; the words are there for screen readers.
 * Relative, so the visually hidden words stay inside a table's scroll region instead of widening
 * the page on a phone (they are longer in Russian).
 */
export function RankMove({ move }: { move: number | null }) {
  const t = useTranslations("scenarios.moves");
  if (move === null) return <span className="text-slate-600">{t("notAvailable")}</span>;
  if (move === 0) return <span className="text-slate-600">{t("same")}</span>;
  const up = move > 0;
  const places = Math.abs(move);
  return (
    <span className={up ? "relative font-medium text-emerald-800" : "relative font-medium text-red-800"}>
      <span aria-hidden="true">
        {up ? "▲" : "▼"} {places}
      </span>
      <span className="sr-only">{up ? t("up", { count: places }) : t("down", { count: places })}</span>
    </span>
  );
}
