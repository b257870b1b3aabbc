"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useSyncExternalStore } from "react";

import {
  FIRM_PROFILE_STORAGE_KEY,
  NEUTRAL_FIRM_PROFILE,
  readStoredFirmProfile,
  serializeFirmProfile,
} from "@/lib/compare/firm-profile-storage";
import type { FirmProfileInput } from "@/lib/contracts/fit";

// The firm profile kept in this browser (localStorage, key outbound.firmProfile.v1), shared by
// every page that needs it: /firm edits it; /compare and /scenarios read it. Other tabs see
// changes through the "storage" event, this tab through CHANGE_EVENT.

const CHANGE_EVENT = "outbound:firm-profile-change";
/** Snapshot stand-ins: before hydration (server) and when the browser refuses storage. */
const LOADING = "\u0000loading";
const UNAVAILABLE = "\u0000unavailable";

export type FirmProfileState =
  | { status: "loading"; profile: FirmProfileInput }
  | { status: "empty"; profile: FirmProfileInput }
  | { status: "saved"; profile: FirmProfileInput; basedOn: string | null; edited: boolean; savedAt: string }
  /** Stored but unreadable: `profile` keeps the values still valid; nothing is overwritten until the user acts. */
  | { status: "invalid"; profile: FirmProfileInput; problems: string[]; unreadable: string[]; basedOn: string | null }
  | { status: "unavailable"; profile: FirmProfileInput };

export type FirmProfileStore = FirmProfileState & {
  /** Saves the profile; returns an error message when the browser refuses. */
  save: (profile: FirmProfileInput, origin: { basedOn: string | null; edited: boolean }) => string | null;
  /** Removes the stored profile (after a corrupt value, or to start again). */
  clear: () => string | null;
};

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === FIRM_PROFILE_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function snapshot(): string {
  try {
    return window.localStorage.getItem(FIRM_PROFILE_STORAGE_KEY) ?? "";
  } catch {
    return UNAVAILABLE;
  }
}

/** Reads the stored profile outside React (e.g. when building a request). */
export function readFirmProfile(): FirmProfileState {
  return stateOf(snapshot());
}

function stateOf(raw: string): FirmProfileState {
  if (raw === LOADING) return { status: "loading", profile: NEUTRAL_FIRM_PROFILE };
  if (raw === UNAVAILABLE) return { status: "unavailable", profile: NEUTRAL_FIRM_PROFILE };
  const read = readStoredFirmProfile(raw);
  if (read.status === "empty") return { status: "empty", profile: NEUTRAL_FIRM_PROFILE };
  if (read.status === "invalid") return read;
  const { profile, basedOn, edited, savedAt } = read.stored;
  return { status: "saved", profile, basedOn, edited, savedAt };
}

/** Runs a storage write; `refused` is the message shown when the browser refuses it. */
function write(action: () => void, refused: string): string | null {
  try {
    action();
    window.dispatchEvent(new Event(CHANGE_EVENT));
    return null;
  } catch {
    return refused;
  }
}

export function useFirmProfile(): FirmProfileStore {
  const t = useTranslations("compare");
  const refused = t("firm.storageRefused");
  const raw = useSyncExternalStore(subscribe, snapshot, () => LOADING);
  const state = useMemo(() => stateOf(raw), [raw]);
  const save = useCallback(
    (profile: FirmProfileInput, origin: { basedOn: string | null; edited: boolean }) =>
      write(
        () =>
          window.localStorage.setItem(
            FIRM_PROFILE_STORAGE_KEY,
            serializeFirmProfile(profile, { ...origin, now: new Date() }),
          ),
        refused,
      ),
    [refused],
  );
  const clear = useCallback(
    () => write(() => window.localStorage.removeItem(FIRM_PROFILE_STORAGE_KEY), refused),
    [refused],
  );
  return useMemo(() => ({ ...state, save, clear }), [state, save, clear]);
}
