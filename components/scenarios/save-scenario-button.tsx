"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";

import { readFirmProfile } from "@/components/firm/use-firm-profile";
import { SCENARIO_NAME_MAX, SCENARIO_NOTES_MAX, type Scenario, type ScenarioInputs } from "@/lib/contracts/scenarios";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { readMonteCarloSettings } from "@/lib/workspace/view-params";

import { scenarioApi, type ApiFailure } from "./api";
import { readOpenScenario, rememberOpenScenario, type OpenScenario } from "./open-scenario";

type Status =
  | { kind: "editing" }
  | { kind: "saving" }
  | { kind: "saved"; scenario: Scenario; created: boolean }
  | { kind: "conflict"; failure: ApiFailure }
  | { kind: "error"; message: string };

const button = "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50";
const primary = `${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`;
const secondary = `${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;

/**
 * "Save scenario": a dialog to save the workspace as it is (with the firm profile kept in this
 * browser), as a new scenario or as a new version of the one it was opened from. A save based on
 * a version someone else has replaced is refused by the server; the dialog then offers to open
 * the saved version or to save this one as a copy, so no one's work is overwritten.
 */
export function SaveScenarioButton({ state }: { state: WorkspaceState }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), name: useId(), notes: useId(), firm: useId() };
  const [open, setOpen] = useState<OpenScenario | null>(null);
  const [mode, setMode] = useState<"update" | "new">("new");
  const [name, setName] = useState("");
  const [notes, setNotes] = useState("");
  const [includeFirm, setIncludeFirm] = useState(false);
  const [hasFirm, setHasFirm] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "editing" });

  const show = () => {
    const current = readOpenScenario();
    const firm = readFirmProfile();
    setOpen(current);
    setMode(current ? "update" : "new");
    setName(current?.name ?? "");
    setNotes(current?.notes ?? "");
    setHasFirm(firm.status === "saved");
    setIncludeFirm(firm.status === "saved" && (current?.hadFirmProfile ?? true));
    setStatus({ kind: "editing" });
    dialog.current?.showModal();
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

  const remember = (scenario: Scenario) =>
    rememberOpenScenario({
      id: scenario.id,
      version: scenario.version,
      name: scenario.name,
      notes: scenario.notes,
      monteCarlo: scenario.inputs.monteCarlo,
      entryMode: scenario.inputs.entryMode ?? null,
      hadFirmProfile: scenario.inputs.firmProfile !== null,
    });

  const saveNew = async (scenarioName: string) => {
    setStatus({ kind: "saving" });
    const result = await scenarioApi<Scenario>("", {
      method: "POST",
      body: { name: scenarioName, notes, inputs: inputs() },
    });
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    remember(result.data);
    setOpen(readOpenScenario());
    setStatus({ kind: "saved", scenario: result.data, created: true });
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (mode === "new" || !open) return saveNew(name);
    setStatus({ kind: "saving" });
    const result = await scenarioApi<Scenario>(`/${open.id}`, {
      method: "PUT",
      body: { baseVersion: open.version, name, notes, inputs: inputs() },
    });
    if (result.ok) {
      remember(result.data);
      setOpen(readOpenScenario());
      return setStatus({ kind: "saved", scenario: result.data, created: false });
    }
    if (result.status === 409 || result.status === 404) return setStatus({ kind: "conflict", failure: result });
    setStatus({ kind: "error", message: result.message });
  };

  const copyName = `${name.trim() || "Scenario"} (copy)`.slice(0, SCENARIO_NAME_MAX);
  const saving = status.kind === "saving";

  return (
    <>
      <button type="button" onClick={show} className={secondary}>
        Save scenario
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={ids.title}
        className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={submit} className="space-y-4 p-5">
          <h2 id={ids.title} className="text-lg font-semibold">
            Save this analysis as a scenario
          </h2>
          {status.kind === "saved" ? (
            <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
              <p>
                {status.created ? "Saved as a new scenario" : `Saved as version ${status.scenario.version}`}:{" "}
                <Link href={`/scenarios/${status.scenario.id}`} className="font-medium underline">
                  {status.scenario.name}
                </Link>
              </p>
              <p className="mt-1">The results were frozen on data set {status.scenario.datasetVersion}.</p>
            </div>
          ) : null}
          {status.kind === "conflict" ? (
            <div
              role="alert"
              className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            >
              <p>{status.failure.message}</p>
              <p>Your changes are still here. Choose what to do:</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={primary} onClick={() => saveNew(copyName)}>
                  Save mine as a copy
                </button>
                {open && status.failure.status === 409 ? (
                  <Link href={`/scenarios/${open.id}`} className={secondary}>
                    Open the saved version instead
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
              <legend className="font-medium">Save as</legend>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="mode"
                  value="update"
                  checked={mode === "update"}
                  onChange={() => setMode("update")}
                />
                A new version of “{open.name}” (you opened version {open.version})
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} />A
                new scenario
              </label>
            </fieldset>
          ) : null}

          <div>
            <label htmlFor={ids.name} className="block text-sm font-medium">
              Name
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
              Notes{" "}
              <span className="font-normal text-slate-600">(optional: assumptions, who asked, what to check)</span>
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
          <label htmlFor={ids.firm} className="flex items-start gap-2 text-sm">
            <input
              id={ids.firm}
              type="checkbox"
              checked={includeFirm}
              disabled={!hasFirm}
              onChange={(e) => setIncludeFirm(e.target.checked)}
              className="mt-1"
            />
            <span>
              Include the firm profile from the{" "}
              <Link href="/firm" className="text-brand-700 underline">
                Firm profile
              </Link>{" "}
              page, so the scenario also recommends entry modes and strategies
              {hasFirm ? "" : " (no profile is saved in this browser yet)"}.
            </span>
          </label>
          <p className="text-xs text-slate-600">
            The server computes and freezes the ranking, its robustness and the entry-mode fit on today&apos;s data set,
            so the scenario reopens later with the same numbers.
          </p>
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 pt-4">
            <button type="button" className={secondary} onClick={() => dialog.current?.close()}>
              {status.kind === "saved" ? "Close" : "Cancel"}
            </button>
            {status.kind !== "saved" ? (
              <button type="submit" className={primary} disabled={saving || name.trim() === ""}>
                {saving ? "Saving…" : mode === "update" && open ? "Save new version" : "Save scenario"}
              </button>
            ) : null}
          </div>
        </form>
      </dialog>
    </>
  );
}
