"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { callApi } from "./api";
import { FormError, inputClass, SubmitButton } from "./form-parts";

/** Email and password, and the company's single sign-on when configured; then back to `next`. */
export function SignInForm({ next, sso }: { next: string | null; sso: string | null }) {
  const t = useTranslations("account.signIn");
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A return path without a locale opens in this page's language.
  const destination = next && /^\/(en|zh|ru)(\/|$)/.test(next) ? next : `/${locale}${next && next !== "/" ? next : ""}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const outcome = await callApi("POST", "/api/auth/sign-in/email", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (outcome.ok) {
      // A full load, so the header and every server component read the new session.
      window.location.assign(destination);
      return;
    }
    setBusy(false);
    if (outcome.status === 429) setError(t("tooMany"));
    else if (outcome.status === 401 || outcome.status === 400) setError(t("wrongCredentials"));
    else setError(t("failed"));
  }

  async function singleSignOn() {
    setBusy(true);
    setError(null);
    const outcome = await callApi<{ url?: string }>("POST", "/api/auth/sign-in/social", {
      provider: "sso",
      callbackURL: destination,
      errorCallbackURL: `/${locale}/sign-in?error=sso`,
    });
    if (outcome.ok && outcome.body.url) {
      window.location.assign(outcome.body.url);
      return;
    }
    setBusy(false);
    setError(t("ssoFailed"));
  }

  return (
    <div className="max-w-sm space-y-5">
      <form onSubmit={submit} className="space-y-4" noValidate={false}>
        <label className="block text-sm font-medium text-slate-800">
          {t("email")}
          <input name="email" type="email" autoComplete="username" required className={inputClass} />
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("password")}
          <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </label>
        <FormError error={error} />
        <SubmitButton busy={busy}>{busy ? t("submitting") : t("submit")}</SubmitButton>
      </form>
      {sso ? (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <p className="text-center text-xs text-slate-600">{t("or")}</p>
          <button
            type="button"
            onClick={singleSignOn}
            disabled={busy}
            className="w-full rounded border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          >
            {t("sso", { name: sso })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
