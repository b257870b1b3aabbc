"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import {
  SHARE_DAYS_DEFAULT,
  SHARE_DAYS_MAX,
  SHARE_DAYS_MIN,
  type CreatedShareLink,
  type ShareLinkList,
  type ShareLinkSummary,
  type ShareState,
} from "@/lib/contracts/shares";

// The scenario page's "Share" panel (issue 13 §3): make a read-only link to the report with an
// expiry, copy it (its token is shown this once: only its hash is stored), see the scenario's
// links with their state, revoke one. The server checks the role on every call; the page shows
// the panel only to those who may share.

const button =
  "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 disabled:cursor-wait disabled:opacity-70";

type Problem = string | null;

export function SharePanel({ scenarioId }: { scenarioId: string }) {
  const t = useTranslations("share");
  const locale = useLocale();
  const { formatDateTime } = useFormatters();
  const daysId = useId();
  const [days, setDays] = useState(String(SHARE_DAYS_DEFAULT));
  const [links, setLinks] = useState<ShareLinkSummary[] | null>(null);
  const [created, setCreated] = useState<{ url: string; copied: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const api = `/api/v1/scenarios/${scenarioId}/shares`;

  const reload = useCallback(async () => setLinks(await fetchLinks(api)), [api]);

  useEffect(() => {
    let live = true;
    fetchLinks(api).then(
      (shares) => {
        if (live) setLinks(shares);
      },
      (error: unknown) => {
        if (live) setProblem(error instanceof Error ? error.message : null);
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(api, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ days: Number(days) }),
      });
      if (!response.ok) throw new Error(await messageOf(response));
      const link = (await response.json()) as CreatedShareLink;
      setCreated({ url: `${window.location.origin}/${locale}${link.path}`, copied: false });
      await reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t("panel.failed"));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(id: string) {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`${api}/${id}`, { method: "DELETE" });
      if (!response.ok) throw new Error(await messageOf(response));
      await reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t("panel.failed"));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCreated({ ...created, copied: true });
    } catch {
      // No clipboard permission (an insecure origin, say): the field stays selected for Ctrl+C.
      (document.getElementById(`${daysId}-url`) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <section aria-labelledby={`${daysId}-heading`} className="space-y-3">
      <h2 id={`${daysId}-heading`} className="text-lg font-semibold">
        {t("panel.heading")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("panel.lead")}</p>
      <form onSubmit={create} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={daysId} className="text-sm font-medium text-slate-800">
            {t("panel.days", { min: SHARE_DAYS_MIN, max: SHARE_DAYS_MAX })}
          </label>
          <input
            id={daysId}
            type="number"
            inputMode="numeric"
            required
            min={SHARE_DAYS_MIN}
            max={SHARE_DAYS_MAX}
            step={1}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            className="w-24 rounded border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white`}
        >
          {t("panel.create")}
        </button>
      </form>
      {created ? (
        <div className="max-w-3xl space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3">
          <label htmlFor={`${daysId}-url`} className="block text-sm font-medium text-emerald-950">
            {t("panel.createdLabel")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={`${daysId}-url`}
              readOnly
              value={created.url}
              onFocus={(event) => event.target.select()}
              className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs"
            />
            <button
              type="button"
              onClick={copy}
              className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
            >
              {t("panel.copy")}
            </button>
          </div>
          <p role="status" className="text-sm text-emerald-950">
            {created.copied ? t("panel.copied") : t("panel.onlyOnce")}
          </p>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      {links === null ? null : links.length === 0 ? (
        <p className="text-sm text-slate-700">{t("panel.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("panel.tableCaption")}</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("panel.created")}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("panel.expires")}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("panel.state")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  <span className="sr-only">{t("panel.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} className="border-t border-slate-200">
                  <td className="py-1.5 pr-4">{formatDateTime(link.createdAt)}</td>
                  <td className="py-1.5 pr-4">{formatDateTime(link.expiresAt)}</td>
                  <td className="py-1.5 pr-4">
                    <StateBadge state={link.state} t={t} />
                  </td>
                  <td className="py-1.5">
                    {link.state === "active" ? (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => revoke(link.id)}
                        aria-label={t("panel.revokeLabel", { date: formatDateTime(link.createdAt) })}
                        className={`${button} border-red-300 bg-white whitespace-nowrap text-red-800 hover:bg-red-50`}
                      >
                        {t("panel.revoke")}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function StateBadge({ state, t }: { state: ShareState; t: ReturnType<typeof useTranslations<"share">> }) {
  const tone =
    state === "active"
      ? "bg-emerald-50 text-emerald-900 ring-emerald-200"
      : "bg-slate-100 text-slate-800 ring-slate-300";
  const label =
    state === "active"
      ? t("panel.stateActive")
      : state === "expired"
        ? t("panel.stateExpired")
        : t("panel.stateRevoked");
  return (
    <span className={`inline-flex rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${tone}`}>
      {label}
    </span>
  );
}

async function fetchLinks(api: string): Promise<ShareLinkSummary[]> {
  const response = await fetch(api, { cache: "no-store" });
  if (!response.ok) throw new Error(await messageOf(response));
  return ((await response.json()) as ShareLinkList).shares;
}

/** The API's error message (in the page's language: the browser sends its Accept-Language). */
async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${response.status}`;
}
