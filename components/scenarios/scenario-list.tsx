"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, Card } from "@/components/ui/page-header";
import { SCENARIO_NAME_MAX, type Scenario, type ScenarioSummary } from "@/lib/contracts/scenarios";

import { Link, useRouter } from "@/lib/i18n/navigation";

import { useScenarioApi } from "./api";
import { useMethodLabels } from "./format";

type Notice = { tone: "ok" | "error"; text: string; undo?: ScenarioSummary; reload?: boolean };

const button = "inline-flex items-center rounded border px-2.5 py-1 text-sm font-medium disabled:opacity-50";
const secondary = `${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const danger = `${button} border-red-300 bg-white text-red-800 hover:bg-red-50`;

/**
 * The saved scenarios with their actions, a page at a time (links to the older ones, so a refresh
 * after an action keeps the page); deletes can be undone, from the banner or the list below.
 */
export function ScenarioList({
  active,
  deleted,
  deletedTotal,
  retentionDays,
  total,
  nextCursor,
  fromStart,
}: {
  active: ScenarioSummary[];
  /** The most recently deleted scenarios, of `deletedTotal`. */
  deleted: ScenarioSummary[];
  deletedTotal: number;
  retentionDays: number;
  /** Active scenarios in all pages. */
  total: number;
  /** The next (older) page, or null on the last one. */
  nextCursor: string | null;
  /** Whether this page starts at the most recently saved scenario. */
  fromStart: boolean;
}) {
  const t = useTranslations("scenarios.list");
  const { formatDate, formatDateTime } = useFormatters();
  const scenarioApi = useScenarioApi();
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = () => startTransition(() => router.refresh());

  const remove = async (s: ScenarioSummary) => {
    const result = await scenarioApi<ScenarioSummary>(`/${s.id}`, { method: "DELETE" });
    if (!result.ok) return setNotice({ tone: "error", text: result.message, reload: true });
    setNotice({
      tone: "ok",
      text: t("deletedNotice", { name: s.name, date: formatDate(result.data.purgeAt!) }),
      undo: s,
    });
    refresh();
  };
  const restore = async (s: ScenarioSummary) => {
    const result = await scenarioApi<Scenario>(`/${s.id}/restore`, { method: "POST" });
    setNotice(
      result.ok
        ? { tone: "ok", text: t("restoredNotice", { name: s.name }) }
        : { tone: "error", text: result.message, reload: true },
    );
    refresh();
  };
  const duplicate = async (s: ScenarioSummary) => {
    const result = await scenarioApi<Scenario>(`/${s.id}/duplicate`, { method: "POST" });
    setNotice(
      result.ok
        ? { tone: "ok", text: t("duplicatedNotice", { name: result.data.name }) }
        : { tone: "error", text: result.message, reload: true },
    );
    refresh();
  };

  return (
    <div className="space-y-6">
      <div aria-live="polite">
        {notice ? (
          <div
            role={notice.tone === "error" ? "alert" : "status"}
            className={`flex flex-wrap items-center gap-3 rounded border p-3 text-sm ${
              notice.tone === "error"
                ? "border-red-300 bg-red-50 text-red-900"
                : "border-emerald-300 bg-emerald-50 text-emerald-900"
            }`}
          >
            <span>{notice.text}</span>
            {notice.undo ? (
              <button type="button" className={secondary} onClick={() => restore(notice.undo!)} disabled={pending}>
                {t("undo")}
              </button>
            ) : null}
            {notice.reload ? (
              <button type="button" className={secondary} onClick={() => (setNotice(null), refresh())}>
                {t("reload")}
              </button>
            ) : null}
            <button type="button" className="ml-auto text-sm underline" onClick={() => setNotice(null)}>
              {t("dismiss")}
            </button>
          </div>
        ) : null}
      </div>

      {active.length === 0 && total === 0 ? (
        <Card>
          <p className="text-sm text-slate-700">
            {t.rich("empty", {
              link: (chunks) => (
                <Link href="/" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
      ) : (
        <section aria-labelledby="saved-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="saved-heading" className="text-lg font-semibold">
              {t("savedHeading", { total })}
            </h2>
            {/* Keyed by the page, so that its pickers start on the page's own scenarios. */}
            {active.length >= 2 ? <CompareForm key={active[0]!.id} scenarios={active} /> : null}
          </div>
          <ul className="space-y-3">
            {active.map((s) => (
              <ScenarioItem
                key={s.id}
                scenario={s}
                busy={pending}
                onDelete={() => remove(s)}
                onDuplicate={() => duplicate(s)}
                onRenamed={(text) => (setNotice({ tone: "ok", text }), refresh())}
                onConflict={(text) => setNotice({ tone: "error", text, reload: true })}
              />
            ))}
          </ul>
          {nextCursor || !fromStart ? (
            <nav aria-label={t("pagesLabel")} className="flex flex-wrap items-center gap-3 text-sm">
              <span className="text-slate-700">
                {fromStart
                  ? t("pageFirst", { count: active.length, total })
                  : t("pageOlder", { count: active.length, total })}
              </span>
              {nextCursor ? (
                <Link href={`/scenarios?cursor=${encodeURIComponent(nextCursor)}`} className={secondary}>
                  {t("showOlder")}
                </Link>
              ) : null}
              {!fromStart ? (
                <Link href="/scenarios" className={secondary}>
                  {t("backToRecent")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}

      <section aria-labelledby="deleted-heading" className="space-y-3">
        <h2 id="deleted-heading" className="text-lg font-semibold">
          {t("deletedHeading")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("retention", { days: retentionDays })}
          {deleted.length < deletedTotal
            ? ` ${t("deletedListed", { count: deleted.length, total: deletedTotal })}`
            : null}
        </p>
        {deleted.length === 0 ? (
          <p className="text-sm text-slate-600">{t("nothingDeleted")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {deleted.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
                <span>
                  <span className="font-medium break-words">{s.name}</span>{" "}
                  <span className="text-slate-600">
                    {t("deletedLine", { deletedAt: formatDateTime(s.deletedAt!), purgeAt: formatDate(s.purgeAt!) })}
                  </span>
                </span>
                <button
                  type="button"
                  className={secondary}
                  onClick={() => restore(s)}
                  disabled={pending}
                  aria-label={t("restoreLabel", { name: s.name })}
                >
                  {t("restore")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ScenarioItem({
  scenario: s,
  busy,
  onDelete,
  onDuplicate,
  onRenamed,
  onConflict,
}: {
  scenario: ScenarioSummary;
  busy: boolean;
  onDelete: () => void;
  onDuplicate: () => void;
  onRenamed: (text: string) => void;
  onConflict: (text: string) => void;
}) {
  const t = useTranslations("scenarios");
  const { methodLabel } = useMethodLabels();
  const { formatDateTime } = useFormatters();
  const scenarioApi = useScenarioApi();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(s.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const rename = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await scenarioApi<Scenario>(`/${s.id}`, { method: "PUT", body: { baseVersion: s.version, name } });
    if (result.ok) {
      setRenaming(false);
      return onRenamed(t("list.renamedNotice", { name: result.data.name }));
    }
    if (result.status === 409) return onConflict(result.message);
    setError(result.message);
  };

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-base font-semibold break-words">
            <Link href={`/scenarios/${s.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {s.name}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            {s.leader ? (
              <>
                {t.rich("list.topMarket", {
                  name: s.leader.name,
                  b: (chunks) => <span className="font-medium">{chunks}</span>,
                })}{" "}
              </>
            ) : null}
            {t("list.itemLine", {
              markets: s.markets.length,
              method: methodLabel(s.method),
              version: s.version,
              date: formatDateTime(s.updatedAt),
            })}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            {t("list.dataSet", { version: s.datasetVersion })}
            {s.stale ? <Badge tone="amber">{t("staleBadge")}</Badge> : null}
          </p>
          {s.notes ? (
            <p className="mt-2 line-clamp-2 text-sm break-words whitespace-pre-wrap text-slate-700">{s.notes}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/scenarios/${s.id}`} className={secondary} aria-label={t("list.openLabel", { name: s.name })}>
            {t("list.open")}
          </Link>
          <button
            type="button"
            className={secondary}
            onClick={() => (setRenaming((r) => !r), setName(s.name), setError(null))}
            aria-expanded={renaming}
            aria-label={t("list.renameLabel", { name: s.name })}
          >
            {t("list.rename")}
          </button>
          <button
            type="button"
            className={secondary}
            onClick={onDuplicate}
            disabled={busy}
            aria-label={t("list.duplicateLabel", { name: s.name })}
          >
            {t("list.duplicate")}
          </button>
          <button
            type="button"
            className={danger}
            onClick={onDelete}
            disabled={busy}
            aria-label={t("list.deleteLabel", { name: s.name })}
          >
            {t("list.delete")}
          </button>
        </div>
      </div>
      {renaming ? (
        <form onSubmit={rename} className="mt-3 flex flex-wrap items-end gap-2">
          <div className="grow">
            <label htmlFor={inputId} className="block text-sm font-medium">
              {t("list.newName")}
            </label>
            <input
              id={inputId}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={SCENARIO_NAME_MAX}
              className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
            />
          </div>
          <button
            type="submit"
            className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white`}
            disabled={name.trim() === ""}
          >
            {t("list.saveName")}
          </button>
          <button type="button" className={secondary} onClick={() => setRenaming(false)}>
            {t("list.cancel")}
          </button>
          {error ? (
            <p role="alert" className="w-full text-sm text-red-800">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </li>
  );
}

function CompareForm({ scenarios }: { scenarios: ScenarioSummary[] }) {
  const t = useTranslations("scenarios.list");
  const locale = useLocale();
  const a = useId();
  const b = useId();
  const pickers = [
    { id: a, name: "a", label: t("compareA"), initial: scenarios[0]!.id },
    { id: b, name: "b", label: t("compareB"), initial: scenarios[1]!.id },
  ];
  return (
    <form action={`/${locale}/scenarios/compare`} method="get" className="flex flex-wrap items-end gap-2">
      {pickers.map((picker) => (
        <div key={picker.name}>
          <label htmlFor={picker.id} className="block text-sm font-medium">
            {picker.label}
          </label>
          <select
            id={picker.id}
            name={picker.name}
            defaultValue={picker.initial}
            className="mt-1 block w-full max-w-[16rem] rounded border border-slate-400 bg-white px-2 py-1.5 text-sm"
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className={secondary}>
        {t("compare")}
      </button>
    </form>
  );
}
