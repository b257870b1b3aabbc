import "server-only";

import type { DecisionEvent } from "@/lib/contracts/decisions";

// A decision's live updates as server-sent events (issue 13 §4.6). The stream polls the decision's
// `revision` column, which every submission, participant change, reveal and freeze bumps in the
// same transaction: the database is the one thing every instance shares, so a change made through
// instance A reaches a view connected to instance B within a poll. A comment line every
// HEARTBEAT_MS keeps proxies from closing an idle stream; the stream ends when the client goes,
// and after MAX_STREAM_MS (the browser's EventSource reconnects by itself after `retry`).

export const POLL_MS = 1000;
export const HEARTBEAT_MS = 15_000;
export const MAX_STREAM_MS = 5 * 60_000;
const RETRY_MS = 1000;

export type RevisionReader = () => Promise<DecisionEvent | null>;

export function decisionEventStream(
  read: RevisionReader,
  signal: AbortSignal,
  timing: { pollMs?: number; heartbeatMs?: number; maxMs?: number } = {},
): ReadableStream<Uint8Array> {
  const pollMs = timing.pollMs ?? POLL_MS;
  const heartbeatMs = timing.heartbeatMs ?? HEARTBEAT_MS;
  const maxMs = timing.maxMs ?? MAX_STREAM_MS;
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const started = Date.now();
      let lastBeat = started;
      let last: number | null = null;
      const close = () => {
        if (closed) return;
        closed = true;
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      signal.addEventListener("abort", close, { once: true });
      controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
      const tick = async () => {
        if (closed) return;
        try {
          const now = await read();
          if (closed) return;
          if (now === null) {
            // Deleted meanwhile (or the workspace's access changed): say so and stop.
            controller.enqueue(encoder.encode(`event: gone\ndata: {}\n\n`));
            return close();
          }
          if (now.revision !== last) {
            last = now.revision;
            controller.enqueue(encoder.encode(`event: revision\ndata: ${JSON.stringify(now)}\n\n`));
          } else if (Date.now() - lastBeat >= heartbeatMs) {
            lastBeat = Date.now();
            controller.enqueue(encoder.encode(`: heartbeat\n\n`));
          }
        } catch {
          // A database blip: the next poll tries again; the client keeps its last view.
        }
        if (Date.now() - started >= maxMs) return close();
        timer = setTimeout(() => void tick(), pollMs);
      };
      void tick();
    },
    cancel() {
      closed = true;
      clearTimeout(timer);
    },
  });
}
