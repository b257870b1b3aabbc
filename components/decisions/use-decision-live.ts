"use client";

import { useEffect, useRef, useState } from "react";

import { DecisionEventSchema } from "@/lib/contracts/decisions";

export type LiveMode = "connecting" | "events" | "polling";

/** How often the fallback asks whether the decision changed. */
export const POLL_MS = 4000;

/**
 * Follows a decision's revision (issue 13 §4.6): server-sent events from …/{id}/events, which the
 * server feeds by reading the database, so a submission on any instance arrives; when the stream
 * fails (a proxy that buffers it, a browser without EventSource) it falls back to asking
 * GET …/{id}?sinceRevision=N every few seconds. `onChange` runs whenever the revision differs from
 * the one the page shows; the page then reads the decision again.
 */
export function useDecisionLive(id: string, revision: number | null, onChange: () => void): LiveMode {
  const [mode, setMode] = useState<LiveMode>("connecting");
  const known = useRef(revision);
  const changed = useRef(onChange);
  useEffect(() => {
    known.current = revision;
    changed.current = onChange;
  });

  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setInterval> | null = null;
    let source: EventSource | null = null;
    const poll = () => {
      setMode("polling");
      timer = setInterval(async () => {
        const since = known.current === null ? "" : `?sinceRevision=${known.current}`;
        try {
          const response = await fetch(`/api/v1/decisions/${id}${since}`, { cache: "no-store" });
          if (!response.ok || closed) return;
          const body = (await response.json()) as { unchanged?: boolean };
          if (!body.unchanged) changed.current();
        } catch {
          // Offline for a moment: the next tick asks again.
        }
      }, POLL_MS);
    };
    if (typeof EventSource === "undefined") {
      poll();
    } else {
      let failures = 0;
      source = new EventSource(`/api/v1/decisions/${id}/events`);
      source.addEventListener("open", () => {
        failures = 0;
        setMode("events");
      });
      source.addEventListener("revision", (event) => {
        const parsed = DecisionEventSchema.safeParse(safeJson((event as MessageEvent<string>).data));
        if (parsed.success && parsed.data.revision !== known.current) changed.current();
      });
      // The decision is gone (deleted, or access changed): reading it again shows why.
      source.addEventListener("gone", () => changed.current());
      source.addEventListener("error", () => {
        // EventSource reconnects by itself after a dropped connection; twice in a row without
        // opening, or closed for good, means the stream does not get through: poll instead.
        failures += 1;
        if (source && (source.readyState === EventSource.CLOSED || failures >= 2)) {
          source.close();
          source = null;
          if (!closed && timer === null) poll();
        }
      });
    }
    return () => {
      closed = true;
      source?.close();
      if (timer !== null) clearInterval(timer);
    };
  }, [id]);

  return mode;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
