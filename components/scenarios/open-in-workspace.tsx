"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";

import { useFirmProfile } from "@/components/firm/use-firm-profile";
import type { Scenario } from "@/lib/contracts/scenarios";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { FIRM_FACTOR_KEYS } from "@/lib/scoring/fit/factors";
import { openedScenarioParams, workspaceHref } from "@/lib/workspace/view-params";

// name and notes are shown by the save dialog, which reads them from the API when it opens.
type Props = Pick<Scenario, "id" | "version" | "name" | "notes" | "inputs">;

/**
 * Restores the workspace exactly as saved: the state goes into the URL, the firm profile into
 * this browser's storage (after asking, when it would replace a different profile), and the link
 * names the scenario and version it was opened from (`scenario=&sv=`), so that "Save" can offer
 * a new version of it, and only of it.
 */
export function OpenInWorkspace({ id, version, inputs }: Props) {
  const t = useTranslations("scenarios.open");
  const router = useRouter();
  const firm = useFirmProfile();
  const confirm = useRef<HTMLDialogElement>(null);
  const href = workspaceHref("/", inputs.state, openedScenarioParams({ id, version }));
  const scenarioFirm = inputs.firmProfile;
  const replaces =
    scenarioFirm !== null &&
    firm.status === "saved" &&
    FIRM_FACTOR_KEYS.some((k) => firm.profile[k] !== scenarioFirm[k]);

  const go = () => {
    if (scenarioFirm) firm.save(scenarioFirm, { basedOn: null, edited: false });
    router.push(href);
  };

  const className =
    "inline-flex items-center rounded border border-brand-700 bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900";
  return (
    <>
      <Link
        href={href}
        className={className}
        onClick={(event) => {
          event.preventDefault();
          if (replaces) confirm.current?.showModal();
          else go();
        }}
      >
        {t("button")}
      </Link>
      <dialog
        ref={confirm}
        aria-labelledby={`replace-firm-${id}`}
        className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={`replace-firm-${id}`} className="text-lg font-semibold">
          {t("replaceTitle")}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t("replaceBody")}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button
            type="button"
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
            onClick={() => confirm.current?.close()}
          >
            {t("cancel")}
          </button>
          <button type="button" className={className} onClick={go}>
            {t("replace")}
          </button>
        </div>
      </dialog>
    </>
  );
}
