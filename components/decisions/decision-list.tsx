"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, Card } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { DecisionList as DecisionListAnswer, DecisionSummary } from "@/lib/contracts/decisions";
import { Link } from "@/lib/i18n/navigation";

import { useDecisionApi } from "./api";
import { StatusBadge } from "./status-badge";

/** The workspace's group decisions: name, status, facilitator and how many have submitted. */
export function DecisionList() {
  const t = useTranslations("decisions.list");
  const api = useDecisionApi();
  const { formatDate } = useFormatters();
  const [state, setState] = useState<
    { kind: "loading" } | { kind: "ok"; decisions: DecisionSummary[] } | { kind: "error"; message: string }
  >({ kind: "loading" });

  useEffect(() => {
    let live = true;
    void api<DecisionListAnswer>("").then((answer) => {
      if (!live) return;
      setState(
        answer.ok ? { kind: "ok", decisions: answer.data.decisions } : { kind: "error", message: answer.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      {state.kind === "loading" ? (
        <p className="mt-2 text-sm text-slate-600" role="status">
          {t("loading")}
        </p>
      ) : state.kind === "error" ? (
        <p className="mt-2 text-sm text-red-900" role="alert">
          {state.message}
        </p>
      ) : state.decisions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("caption")} className="mt-3">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("status")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("facilitator")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("submitted")}
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  {t("opened")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {state.decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    <Link href={`/decisions/${d.id}`} className="text-brand-700 hover:underline">
                      {d.name}
                    </Link>
                    <span className="ml-2 inline-flex gap-1">
                      {d.facilitating ? <Badge tone="brand">{t("youFacilitate")}</Badge> : null}
                      {d.participating ? <Badge>{t("youTakePart")}</Badge> : null}
                    </span>
                  </th>
                  <td className="py-2 pr-3">
                    <StatusBadge status={d.status} />
                  </td>
                  <td className="py-2 pr-3 text-slate-700">{d.facilitator}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {t("submittedOf", { submitted: d.submitted, participants: d.participants })}
                  </td>
                  <td className="py-2 text-right text-slate-700 tabular-nums">{formatDate(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}
