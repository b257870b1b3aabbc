"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import type { InvitationView, MemberView, WorkspaceRoleName } from "@/lib/contracts/people";
import { INVITATION_DAYS } from "@/lib/contracts/people";
import { useRouter } from "@/lib/i18n/navigation";

import { callApi, type ApiOutcome } from "./api";

const ROLES: WorkspaceRoleName[] = ["owner", "editor", "viewer"];
const control = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const button =
  "rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50";

type Issued = { id?: string; path: string; expiresAt: string };

/** A link shown once, under this site's address, with a copy button (no email server: the owner hands it over). */
function OneTimeLink({ label, link }: { label: string; link: Issued }) {
  const t = useTranslations("account.members");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${link.path}`;
  return (
    <div
      role="status"
      className="space-y-2 rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950"
    >
      <p>
        {t("linkReady", {
          label,
          until: format.dateTime(new Date(link.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={url}
          aria-label={label}
          className={`${control} min-w-0 flex-1 font-mono text-xs`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className={button}
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}

export function MembersManager({
  members,
  invitations,
  canManage,
  selfId,
}: {
  members: MemberView[];
  invitations: InvitationView[];
  canManage: boolean;
  selfId: string | null;
}) {
  const t = useTranslations("account.members");
  const tRoles = useTranslations("account.roles");
  const format = useFormatter();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ label: string; link: Issued } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(work: () => Promise<ApiOutcome<T>>, done?: (body: T) => void) {
    setBusy(true);
    setError(null);
    const outcome = await work();
    setBusy(false);
    if (outcome.ok) {
      done?.(outcome.body);
      router.refresh();
      return;
    }
    setError(
      outcome.code === "last_owner"
        ? t("errors.lastOwner")
        : outcome.status === 403
          ? t("errors.forbidden")
          : t("errors.failed"),
    );
  }

  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  return (
    <div className="space-y-6">
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {issued ? <OneTimeLink label={issued.label} link={issued.link} /> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("email")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("role")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("joined")}
              </th>
              {canManage ? (
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3 font-medium text-slate-900">
                  {member.name}
                  {member.userId === selfId ? (
                    <span className="ml-1 text-xs font-normal text-slate-600">({t("you")})</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3 break-all text-slate-700">{member.email}</td>
                <td className="py-2 pr-3">
                  {canManage ? (
                    <select
                      aria-label={t("roleOf", { name: member.name })}
                      value={member.role}
                      disabled={busy}
                      className={control}
                      onChange={(event) =>
                        run(() => callApi("PUT", `/api/v1/members/${member.id}`, { role: event.target.value }))
                      }
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {tRoles(role)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    tRoles(member.role)
                  )}
                </td>
                <td className="py-2 pr-3 text-slate-700">{when(member.joinedAt)}</td>
                {canManage ? (
                  <td className="py-2">
                    <div className="flex flex-wrap gap-2">
                      <button
                        type="button"
                        className={button}
                        disabled={busy}
                        aria-label={t("resetLinkFor", { name: member.name })}
                        onClick={() =>
                          run(
                            () => callApi<Issued>("POST", `/api/v1/members/${member.id}/reset-link`),
                            (link) => setIssued({ label: t("resetLinkLabel", { name: member.name }), link }),
                          )
                        }
                      >
                        {t("resetLink")}
                      </button>
                      <button
                        type="button"
                        className={`${button} text-red-800`}
                        disabled={busy}
                        aria-label={t("removeMember", { name: member.name })}
                        onClick={() => {
                          if (window.confirm(t("removeConfirm", { name: member.name })))
                            void run(() => callApi("DELETE", `/api/v1/members/${member.id}`));
                        }}
                      >
                        {t("remove")}
                      </button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canManage ? (
        <>
          <section aria-labelledby="invite-heading" className="space-y-3">
            <h2 id="invite-heading" className="text-lg font-semibold text-slate-900">
              {t("inviteTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("inviteLead")}</p>
            <form
              className="flex flex-wrap items-end gap-3"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const email = String(form.get("email") ?? "").trim();
                void run(
                  () =>
                    callApi<Issued>("POST", "/api/v1/invitations", {
                      role: form.get("role"),
                      expiresInDays: Number(form.get("days")),
                      ...(email ? { email } : {}),
                    }),
                  (link) => setIssued({ label: t("inviteLinkLabel"), link }),
                );
              }}
            >
              <label className="text-sm text-slate-800">
                {t("inviteRole")}
                <select name="role" defaultValue="editor" className={`${control} mt-1 block`}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {tRoles(role)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm text-slate-800">
                {t("inviteEmail")}
                <input name="email" type="email" className={`${control} mt-1 block w-64 max-w-full`} />
              </label>
              <label className="text-sm text-slate-800">
                {t("inviteDays")}
                <input
                  name="days"
                  type="number"
                  min={INVITATION_DAYS.min}
                  max={INVITATION_DAYS.max}
                  defaultValue={INVITATION_DAYS.default}
                  className={`${control} mt-1 block w-24`}
                />
              </label>
              <button
                type="submit"
                disabled={busy}
                className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 text-sm font-semibold text-white"
              >
                {t("inviteSubmit")}
              </button>
            </form>
          </section>

          <section aria-labelledby="pending-heading" className="space-y-3">
            <h2 id="pending-heading" className="text-lg font-semibold text-slate-900">
              {t("pendingTitle")}
            </h2>
            {invitations.length === 0 ? (
              <p className="text-sm text-slate-700">{t("pendingNone")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="text-slate-800">
                      {t("pendingItem", {
                        role: invitation.role,
                        kind: invitation.email ? "email" : "anyone",
                        who: invitation.email ?? "",
                        until: when(invitation.expiresAt),
                        inviter: invitation.inviterName,
                      })}
                    </span>
                    <button
                      type="button"
                      className={button}
                      disabled={busy}
                      onClick={() => run(() => callApi("DELETE", `/api/v1/invitations/${invitation.id}`))}
                    >
                      {t("revoke")}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
