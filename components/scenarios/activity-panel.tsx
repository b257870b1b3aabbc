import { getLocale, getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/page-header";
import type { AuditEntry } from "@/lib/contracts/audit";
import { formattersFor } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

// The scenario's audit log (issue 13 §3): who changed it, what and when, newest first. Each
// change is a short noun phrase, so that no language has to agree a verb with the person's gender.

type Props = { entries: AuditEntry[] };

const versionOf = (value: unknown) => (typeof value === "number" ? value : 0);

export async function ActivityPanel({ entries }: Props) {
  const t = await getTranslations("audit.activity");
  const { formatDateTime } = formattersFor((await getLocale()) as Locale);
  const what = (entry: AuditEntry): string => {
    const from = versionOf(entry.detail.from);
    const to = versionOf(entry.detail.to);
    switch (entry.action) {
      case "scenario.create":
        return entry.detail.fromDecision ? t("frozen", { versions: versionOf(entry.detail.versions) }) : t("created");
      case "scenario.import":
        return t("imported");
      case "scenario.duplicate":
        return t("duplicated");
      case "scenario.update":
        return entry.detail.recomputed ? t("savedRecomputed", { from, to }) : t("saved", { from, to });
      case "scenario.delete":
        return t("deleted");
      case "scenario.restore":
        return t("restored");
      case "share.create":
        return typeof entry.detail.expiresAt === "string"
          ? t("shared", { expires: formatDateTime(entry.detail.expiresAt) })
          : t("other", { action: entry.action });
      case "share.revoke":
        return t("unshared");
      default:
        return t("other", { action: entry.action });
    }
  };
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">{t("heading")}</h2>
      <p className="mb-2 text-sm text-slate-700">{entries.length > 0 ? t("lead") : t("empty")}</p>
      {entries.length > 0 ? (
        <ol className="space-y-1 text-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="break-words">
              <time dateTime={entry.at} className="text-slate-600 tabular-nums">
                {formatDateTime(entry.at)}
              </time>
              {" · "}
              <span className="font-medium text-slate-900">{entry.actor ? entry.actor.name : t("you")}</span>
              {" · "}
              {what(entry)}
            </li>
          ))}
        </ol>
      ) : null}
    </Card>
  );
}
