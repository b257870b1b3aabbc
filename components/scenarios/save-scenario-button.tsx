"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

import { readFirmProfile } from "@/components/firm/use-firm-profile";
import firmPresets from "@/data/framework/firm-presets.json" with { type: "json" };
import { firmPresetShortName } from "@/lib/compare/firm-profile-storage";
import { SCENARIO_NAME_MAX, SCENARIO_NOTES_MAX, type Scenario, type ScenarioInputs } from "@/lib/contracts/scenarios";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { Link } from "@/lib/i18n/navigation";
import { workspaceHref, type OpenedScenario } from "@/lib/workspace/url-encode";
import { readMonteCarloSettings } from "@/lib/workspace/view-params";

import { useScenarioApi, type ApiFailure } from "./api";

type Status =
  | { kind: "editing" }
  | { kind: "saving" }
  | { kind: "saved"; scenario: Scenario; created: boolean }
  | { kind: "conflict"; failure: ApiFailure }
  | { kind: "error"; message: string };

/** The scenario this workspace was opened from, as the dialog offers it: the version the user saw. */
type Base = {
  id: string;
  version: number;
  name: string;
  notes: string;
  /** Parts of the inputs the workspace does not edit, kept when saving a new version. */
  monteCarlo: Scenario["inputs"]["monteCarlo"];
  entryMode: Scenario["inputs"]["entryMode"];
};

const button = "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50";
const primary = `${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`;
const secondary = `${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;

/**
 * "Save scenario": a dialog to save the workspace as it is, with the firm profile kept in this
 * browser unless the user leaves it out. It starts as a new scenario; "a new version of X" is
 * offered only when this link was opened from X (`scenario=&sv=` in the URL), never because of an
 * earlier save in another view (issue 11 §8). A version based on one someone else has replaced
 * is refused by the server (409); the dialog then offers to open it or to save this as a copy.
 */
export function SaveScenarioButton({
  state,
  openedFrom,
  onSaved,
}: {
  state: WorkspaceState;
  openedFrom: OpenedScenario | null;
  onSaved: (saved: OpenedScenario) => void;
}) {
  const t = useTranslations("scenarios.save");
  const tAll = useTranslations("scenarios");
  const scenarioApi = useScenarioApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), name: useId(), notes: useId(), firm: useId() };
  const [open, setOpen] = useState<Base | null>(null);
  const [mode, setMode] = useState<"update" | "new">("new");
  const [name, setName] = useState("");
  const [notes, setNotes] = useState("");
  const [includeFirm, setIncludeFirm] = useState(true);
  const [firmLabel, setFirmLabel] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "editing" });

  /** Where the stored profile came from, in the words of the firm page. */
  const firmOrigin = (basedOn: string | null, edited: boolean): string => {
    if (!basedOn) return t("firmByHand");
    // The preset's name as the firm page shows it (its key, e.g. "alibaba-2012", means nothing to a reader).
    const preset = firmPresetShortName(firmPresets, basedOn);
    return edited ? t("firmPresetEdited", { preset }) : t("firmPreset", { preset });
  };

  const show = async () => {
    const firm = readFirmProfile();
    setOpen(null);
    setMode("new");
    setName("");
    setNotes("");
    setFirmLabel(firm.status === "saved" ? firmOrigin(firm.basedOn, firm.edited) : null);
    setIncludeFirm(firm.status === "saved");
    setStatus({ kind: "editing" });
    dialog.current?.showModal();
    if (!openedFrom) return;
    // The scenario's name and notes as saved now; the base stays the version this link was opened at.
    const found = await scenarioApi<Scenario>(`/${openedFrom.id}`);
    if (found.ok && !found.data.deletedAt)
      setOpen({
        id: openedFrom.id,
        version: openedFrom.version,
        name: found.data.name,
        notes: found.data.notes,
        monteCarlo: found.data.inputs.monteCarlo,
        entryMode: found.data.inputs.entryMode,
      });
  };

  // The guided path's "Save" step links here with #save-scenario: open the dialog at once.
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });
  useEffect(() => {
    const onHash = () => {
      if (window.location.hash !== "#save-scenario") return;
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}`);
      void showRef.current();
    };
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  const chooseMode = (next: "update" | "new") => {
    setMode(next);
    // A new version starts from the scenario's name and notes; a new scenario from blank ones.
    if (next === "update" && open) {
      if (name.trim() === "") setName(open.name);
      if (notes.trim() === "") setNotes(open.notes);
    } else if (open) {
      if (name === open.name) setName("");
      if (notes === open.notes) setNotes("");
    }
  };

  const inputs = (): ScenarioInputs => {
    const firm = readFirmProfile();
    const keep = mode === "update" ? open : null;
    return {
      state,
      firmProfile: includeFirm && firm.status === "saved" ? firm.profile : null,
      monteCarlo: keep?.monteCarlo ?? readMonteCarloSettings(new URLSearchParams(window.location.search)).settings,
      ...(keep?.entryMode ? { entryMode: keep.entryMode } : {}),
    };
  };

  const saved = (scenario: Scenario, created: boolean) => {
    onSaved({ id: scenario.id, version: scenario.version });
    setStatus({ kind: "saved", scenario, created });
  };

  const saveNew = async (scenarioName: string) => {
    setStatus({ kind: "saving" });
    const result = await scenarioApi<Scenario>("", {
      method: "POST",
      body: { name: scenarioName, notes, inputs: inputs() },
    });
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    saved(result.data, true);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (mode === "new" || !open) return saveNew(name);
    setStatus({ kind: "saving" });
    const result = await scenarioApi<Scenario>(`/${open.id}`, {
      method: "PUT",
      body: { baseVersion: open.version, name, notes, inputs: inputs() },
    });
    if (result.ok) return saved(result.data, false);
    if (result.status === 409 || result.status === 404) return setStatus({ kind: "conflict", failure: result });
    setStatus({ kind: "error", message: result.message });
  };

  const copyName = tAll("copyName", { name: name.trim() || t("defaultName") }).slice(0, SCENARIO_NAME_MAX);

  const saving = status.kind === "saving";

  return (
    <>
      <button type="button" id="save-scenario" onClick={() => void show()} className={secondary}>
        {t("button")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={ids.title}
        className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={submit} className="space-y-4 p-5">
          <h2 id={ids.title} className="text-lg font-semibold">
            {t("title")}
          </h2>
          {status.kind === "saved" ? (
            <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
              <p>
                {status.created ? t("savedNew") : t("savedVersion", { version: status.scenario.version })}:{" "}
                <Link href={`/scenarios/${status.scenario.id}`} className="font-medium underline">
                  {status.scenario.name}
                </Link>
              </p>
              <p className="mt-1">{t("frozenOn", { dataset: status.scenario.datasetVersion })}</p>
            </div>
          ) : null}
          {status.kind === "conflict" ? (
            <div
              role="alert"
              className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            >
              <p>{status.failure.message}</p>
              <p>{t("stillHere")}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={primary} onClick={() => saveNew(copyName)}>
                  {t("saveCopy")}
                </button>
                {open && status.failure.status === 409 ? (
                  <Link href={`/scenarios/${open.id}`} className={secondary}>
                    {t("openSaved")}
                  </Link>
                ) : null}
              </div>
            </div>
          ) : null}
          {status.kind === "error" ? (
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              {status.message}
            </p>
          ) : null}

          {open && status.kind !== "saved" ? (
            <fieldset className="space-y-1 text-sm">
              <legend className="font-medium">{t("saveAs")}</legend>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="mode"
                  value="update"
                  checked={mode === "update"}
                  onChange={() => chooseMode("update")}
                />
                <span>{t("asVersion", { name: open.name, version: open.version })}</span>
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="mode"
                  value="new"
                  checked={mode === "new"}
                  onChange={() => chooseMode("new")}
                />
                <span>{t("asNew")}</span>
              </label>
            </fieldset>
          ) : null}

          <div>
            <label htmlFor={ids.name} className="block text-sm font-medium">
              {t("name")}
            </label>
            <input
              id={ids.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={SCENARIO_NAME_MAX}
              className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
            />
          </div>
          <div>
            <label htmlFor={ids.notes} className="block text-sm font-medium">
              {t("notes")} <span className="font-normal text-slate-600">{t("notesHint")}</span>
            </label>
            <textarea
              id={ids.notes}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              maxLength={SCENARIO_NOTES_MAX}
              rows={4}
              className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
            />
          </div>
          {firmLabel ? (
            <label htmlFor={ids.firm} className="flex items-start gap-2 text-sm">
              <input
                id={ids.firm}
                type="checkbox"
                checked={includeFirm}
                onChange={(e) => setIncludeFirm(e.target.checked)}
                className="mt-1"
              />
              <span>{t("includeFirm", { origin: firmLabel })}</span>
            </label>
          ) : (
            <p className="text-sm text-slate-700">
              {t.rich("noFirm", {
                link: (chunks) => (
                  <Link href={workspaceHref("/firm", state)} className="text-brand-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          <p className="text-xs text-slate-600">{t("serverNote")}</p>
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 pt-4">
            <button type="button" className={secondary} onClick={() => dialog.current?.close()}>
              {status.kind === "saved" ? t("close") : t("cancel")}
            </button>
            {status.kind !== "saved" ? (
              <button type="submit" className={primary} disabled={saving || name.trim() === ""}>
                {saving ? t("saving") : mode === "update" && open ? t("saveVersion") : t("saveNew")}
              </button>
            ) : null}
          </div>
        </form>
      </dialog>
    </>
  );
}
