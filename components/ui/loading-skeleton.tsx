import { useTranslations } from "next-intl";

/** A page-shaped placeholder while a server component loads (routes opt in with loading.tsx). */
export function LoadingSkeleton() {
  const t = useTranslations("workspace.ui");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-8 w-1/2 rounded bg-slate-200" />
      <div className="h-4 w-3/4 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
