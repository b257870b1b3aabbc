import "server-only";

import { invalidJson } from "./errors";

// Reads a large JSON object from a stream one part at a time, so that a body of any size is
// parsed holding only one part in memory: each member of the top-level object is one part, except
// that the members named in `streamed` (arrays) give one part per element. Each part is checked by
// JSON.parse itself; only the top level's shape is scanned here.

export type JsonPart =
  | { key: string; value: unknown }
  /** A streamed array opens; its elements follow (none for an empty array). */
  | { key: string; list: true }
  | { key: string; element: unknown; index: number };

type Mode =
  | "start"
  | "key"
  | "firstKey"
  | "keyText"
  | "colon"
  | "value"
  | "valueText"
  | "afterValue"
  | "element"
  | "firstElement"
  | "elementText"
  | "afterElement"
  | "done";

/** Collects one JSON value's text across chunks and says where it ends. */
class ValueText {
  private parts: string[] = [];
  private bytes = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private readonly kind: "compound" | "string" | "primitive";

  constructor(
    first: string,
    private readonly maxBytes: number,
    private readonly tooLarge: () => Error,
  ) {
    this.kind = first === "{" || first === "[" ? "compound" : first === '"' ? "string" : "primitive";
  }

  /** Consumes text from `from`; returns the index after the value's end, or -1 when it goes on. */
  feed(text: string, from: number): number {
    let i = from;
    let end = -1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.kind === "primitive") {
        // A number, true, false or null ends at the next delimiter, which is not part of it.
        if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) {
          end = i;
          break;
        }
        continue;
      }
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.kind === "string") {
            end = i + 1;
            break;
          }
        }
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
    this.append(text.slice(from, end === -1 ? text.length : end));
    return end;
  }

  private append(slice: string): void {
    this.bytes += Buffer.byteLength(slice);
    if (this.bytes > this.maxBytes) throw this.tooLarge();
    this.parts.push(slice);
  }

  parse(what: string): unknown {
    const text = this.parts.join("");
    try {
      return JSON.parse(text);
    } catch (error) {
      throw invalidJson(what, (error as Error).message);
    }
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The parts of the JSON object in `body`, in file order. `maxPartBytes` bounds each part (413
 * from `tooLarge`); a body that is not one JSON object is a 400 naming where it went wrong.
 */
export async function* jsonParts(
  body: ReadableStream<Uint8Array>,
  options: { streamed: ReadonlySet<string>; maxPartBytes: number; tooLarge: () => Error; what: string },
): AsyncGenerator<JsonPart> {
  const { streamed, maxPartBytes, tooLarge, what } = options;
  const invalid = (reason: string) => invalidJson(what, `${reason}.`);
  // Declared wide: the scanner below changes it, which TypeScript's narrowing does not see.
  let mode = "start" as Mode;
  let key = "";
  let index = 0;
  let current: ValueText | undefined;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = body.getReader();

  const scan = function* (text: string): Generator<JsonPart> {
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      const c = text.charCodeAt(i);
      const begin = (next: Mode) => {
        current = new ValueText(ch, maxPartBytes, tooLarge);
        mode = next;
      };
      switch (mode) {
        case "start":
        case "key":
        case "firstKey":
        case "colon":
        case "value":
        case "afterValue":
        case "element":
        case "firstElement":
        case "afterElement":
        case "done":
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (mode === "start") {
            if (ch !== "{") throw invalid("it does not start with an object ({)");
            mode = "firstKey";
          } else if (mode === "firstKey" && ch === "}") mode = "done";
          else if (mode === "key" || mode === "firstKey") {
            if (ch !== '"') throw invalid(`expected a member name at "${text.slice(i, i + 20)}"`);
            begin("keyText");
            continue;
          } else if (mode === "colon") {
            if (ch !== ":") throw invalid(`expected ":" after "${key}"`);
            mode = "value";
          } else if (mode === "value") {
            if (streamed.has(key) && ch === "[") {
              mode = "firstElement";
              index = 0;
              yield { key, list: true };
            } else {
              begin("valueText");
              continue;
            }
          } else if (mode === "afterValue" || mode === "afterElement") {
            const inList = mode === "afterElement";
            const close = inList ? "]" : "}";
            if (ch === ",") mode = inList ? "element" : "key";
            else if (ch === close) mode = inList ? "afterValue" : "done";
            else throw invalid(`expected "," or "${close}" after "${key}"`);
          } else if (mode === "firstElement" && ch === "]") mode = "afterValue";
          else if (mode === "element" || mode === "firstElement") {
            begin("elementText");
            continue;
          } else throw invalid("there is more text after the end of the object");
          i++;
          continue;
        case "keyText":
        case "valueText":
        case "elementText": {
          const end = current!.feed(text, i);
          if (end === -1) return;
          i = end;
          if (mode === "keyText") {
            key = current!.parse(what) as string;
            mode = "colon";
          } else if (mode === "valueText") {
            yield { key, value: current!.parse(what) };
            mode = "afterValue";
          } else {
            yield { key, element: current!.parse(what), index: index++ };
            mode = "afterElement";
          }
          current = undefined;
        }
      }
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      let text: string;
      try {
        text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      } catch {
        throw invalid("it is not UTF-8 text");
      }
      yield* scan(text);
      if (done) break;
    }
    // A number at the very end has no delimiter after it.
    if (mode === "valueText" && current) {
      yield* scan(" ");
    }
    if (mode !== "done") throw invalid("it ends before the object is closed");
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
