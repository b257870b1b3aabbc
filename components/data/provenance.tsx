// Where a figure or fact was read from (repository path and commit, seed file and lines, address),
// behind a disclosure: the page's text cites the source as a reader expects; this is for checking
// (issue 11 §6). Server-safe: no state, a native <details>.

import { useTranslations } from "next-intl";

export function Provenance({ text, label }: { text: string | null | undefined; label?: string }) {
  const t = useTranslations("data.provenance");
  if (!text) return null;
  return (
    <details className="mt-0.5 text-xs text-slate-600" data-testid="provenance">
      <summary className="text-brand-700 w-fit cursor-pointer underline decoration-dotted underline-offset-2">
        {label ?? t("label")}
      </summary>
      <p className="mt-1 [overflow-wrap:anywhere]">{text}</p>
    </details>
  );
}
