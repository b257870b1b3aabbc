"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { PASSWORD_MIN } from "@/lib/contracts/people";

import { useRouter } from "@/lib/i18n/navigation";

import { callApi } from "./api";
import { FormError, inputClass, NewPasswordField, SubmitButton } from "./form-parts";

/**
 * Accepting an invitation: a signed-in person joins with one click; someone new gives email (unless
 * the invitation names it), name and password, then is signed in with them. The server answers the
 * same whether or not the email has an account; the sign-in that follows tells the person, exactly
 * as the sign-in page would, when the password was not that account's.
 */
export function JoinForm({
  token,
  email,
  signedInAs,
}: {
  token: string;
  email: string | null;
  signedInAs: string | null;
}) {
  const t = useTranslations("account.join");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const home = () => {
    router.replace("/");
    router.refresh();
  };

  function failed(status: number, code: string) {
    setBusy(false);
    setError(
      code === "link_invalid"
        ? t("invalidBody")
        : status === 400
          ? t("checkFields", { min: PASSWORD_MIN })
          : t("failed"),
    );
  }

  if (signedInAs) {
    return (
      <div className="space-y-3">
        {error ? (
          <p role="alert" className="text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="button"
          disabled={busy}
          className="bg-brand-700 hover:bg-brand-900 rounded px-4 py-2 text-sm font-semibold text-white"
          onClick={async () => {
            setBusy(true);
            const outcome = await callApi("POST", "/api/v1/invitations/accept", { token });
            if (outcome.ok) home();
            else failed(outcome.status, outcome.code);
          }}
        >
          {t("joinAs", { name: signedInAs })}
        </button>
      </div>
    );
  }

  return (
    <form
      className="max-w-sm space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const typedEmail = email ?? String(form.get("email") ?? "");
        const password = String(form.get("password") ?? "");
        setBusy(true);
        setError(null);
        const outcome = await callApi<{ email: string | null }>("POST", "/api/v1/invitations/accept", {
          token,
          ...(email ? {} : { email: typedEmail }),
          name: String(form.get("name") ?? ""),
          password,
        });
        if (!outcome.ok) return failed(outcome.status, outcome.code);
        const signIn = await callApi("POST", "/api/auth/sign-in/email", {
          email: outcome.body.email ?? typedEmail,
          password,
        });
        if (signIn.ok) home();
        else {
          setBusy(false);
          setError(signIn.status === 429 ? t("tooMany") : t("signInFailed"));
        }
      }}
    >
      {email ? (
        <p className="text-sm text-slate-700">{t("forEmail", { email })}</p>
      ) : (
        <label className="block text-sm font-medium text-slate-800">
          {t("email")}
          <input name="email" type="email" autoComplete="username" required className={inputClass} />
        </label>
      )}
      <label className="block text-sm font-medium text-slate-800">
        {t("name")}
        <input name="name" autoComplete="name" required maxLength={100} className={inputClass} />
      </label>
      <NewPasswordField id="join-password-hint" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })} />
      <FormError error={error} />
      <SubmitButton busy={busy}>{t("submit")}</SubmitButton>
    </form>
  );
}
