import { describe, expect, it } from "vitest";

import { decisionEventStream } from "@/lib/http/decision-events";

// The live stream of a decision (record 023 §5): an event when the polled revision moves (not on
// every poll), a heartbeat comment when it does not for a while, `gone` when the decision is no
// longer readable, and the end of the stream when the client goes.

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp, so = { text: "" }) {
  const decoder = new TextDecoder();
  while (!pattern.test(so.text)) {
    const { value, done } = await reader.read();
    if (done) break;
    so.text += decoder.decode(value);
  }
  return so.text;
}

describe("decisionEventStream", () => {
  it("sends an event when the revision moves, heartbeats while it does not, and stops on abort", async () => {
    let revision = 4;
    const abort = new AbortController();
    const stream = decisionEventStream(
      async () => ({ revision, status: "open", submitted: revision - 4 }),
      abort.signal,
      { pollMs: 5, heartbeatMs: 30 },
    );
    const reader = stream.getReader();
    const seen = { text: "" };
    await readUntil(reader, /event: revision\ndata: \{"revision":4/, seen);
    expect(seen.text.startsWith("retry: 1000\n\n")).toBe(true);
    await readUntil(reader, /: heartbeat\n\n/, seen);
    // Polls in between sent nothing else: one event, then only heartbeats.
    expect(seen.text.match(/event: revision/g)).toHaveLength(1);
    revision = 5;
    await readUntil(reader, /"revision":5,"status":"open","submitted":1/, seen);
    abort.abort();
    expect((await reader.read()).done).toBe(true);
  });

  it("says `gone` and ends when the decision can no longer be read", async () => {
    const stream = decisionEventStream(async () => null, new AbortController().signal, { pollMs: 5 });
    const reader = stream.getReader();
    const text = await readUntil(reader, /event: gone/);
    expect(text).toContain("event: gone\ndata: {}\n\n");
    expect((await reader.read()).done).toBe(true);
  });

  it("ends after its longest life, for EventSource to reconnect", async () => {
    const stream = decisionEventStream(
      async () => ({ revision: 1, status: "revealed", submitted: 2 }),
      new AbortController().signal,
      { pollMs: 5, maxMs: 30 },
    );
    const reader = stream.getReader();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});
