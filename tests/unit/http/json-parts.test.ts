import fc from "fast-check";
import { expect, test } from "vitest";

import { jsonParts, type JsonPart } from "@/lib/http/json-parts";

// The streaming reader of large JSON bodies gives, for any object and any way its bytes are cut
// into chunks, exactly what JSON.parse gives; and it refuses what JSON.parse refuses.

function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return new ReadableStream({
    start(controller) {
      let from = 0;
      for (const to of [...points, bytes.length]) {
        if (to > from) controller.enqueue(bytes.slice(from, to));
        from = Math.max(from, to);
      }
      controller.close();
    },
  });
}

const tooLarge = () => Object.assign(new Error("too large"), { status: 413 });

async function read(text: string, cuts: number[] = [], maxPartBytes = 1e9): Promise<JsonPart[]> {
  const parts: JsonPart[] = [];
  for await (const part of jsonParts(streamOf(new TextEncoder().encode(text), cuts), {
    streamed: new Set(["items"]),
    maxPartBytes,
    tooLarge,
    what: "test body",
  }))
    parts.push(part);
  return parts;
}

/** What the parts say, put back together: the object JSON.parse would give. */
function reassemble(parts: JsonPart[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    if ("list" in part) out[part.key] = [];
    else if ("element" in part) (out[part.key] as unknown[])[part.index] = part.element;
    else out[part.key] = part.value;
  }
  return out;
}

test("any object, cut anywhere, reads as JSON.parse reads it", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(
        fc.string().filter((k) => k !== "items" && k !== "__proto__"),
        fc.jsonValue(),
      ),
      fc.array(fc.jsonValue(), { maxLength: 8 }),
      fc.array(fc.nat(), { maxLength: 12 }),
      fc.boolean(),
      async (members, items, cuts, pretty) => {
        const object = { ...members, items };
        const text = JSON.stringify(object, null, pretty ? 2 : undefined);
        expect(reassemble(await read(text, cuts))).toEqual(JSON.parse(text));
      },
    ),
    { numRuns: 300 },
  );
});

test("each element of a streamed list is its own part, in order", async () => {
  const parts = await read('{"a":1, "items":[{"x":"]}\\""}, 2 ,[3]], "b":null}', [3, 9, 17, 18]);
  expect(parts).toEqual([
    { key: "a", value: 1 },
    { key: "items", list: true },
    { key: "items", element: { x: ']}"' }, index: 0 },
    { key: "items", element: 2, index: 1 },
    { key: "items", element: [3], index: 2 },
    { key: "b", value: null },
  ]);
});

test("what is not one JSON object is refused with a 400 saying where", async () => {
  for (const text of [
    "",
    "[1]",
    '{"a" 1}',
    '{"a":1',
    '{"a":1} x',
    '{"items":[1,}',
    '{"a":tru}',
    '{"a":1,}',
    '{"items":[1 2]}',
  ]) {
    await expect(read(text), text).rejects.toMatchObject({ status: 400, code: "invalid_json" });
  }
});

test("a part larger than the limit is refused, however the bytes arrive", async () => {
  const text = JSON.stringify({ items: ["x".repeat(100), "y".repeat(300)] });
  await expect(read(text, [50, 120, 200], 200)).rejects.toMatchObject({ status: 413 });
  expect((await read(text, [], 400)).length).toBe(3);
});
