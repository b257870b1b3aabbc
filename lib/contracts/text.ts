import type { z } from "zod";

// PostgreSQL cannot store every JavaScript string: text and jsonb refuse U+0000 ("invalid byte
// sequence" / "unsupported Unicode escape sequence"), and an unpaired UTF-16 surrogate has no
// UTF-8 form at all (jsonb refuses it, a text column would silently get U+FFFD instead). Such text
// used to reach the database and come back as a 500; the contracts refuse it up front, naming the
// field, on every text the app stores.

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL cannot store this text, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (NUL.test(text)) return "contains a NUL character (U+0000), which cannot be stored; remove it";
  if (LONE_SURROGATE.test(text)) {
    return "contains an unpaired surrogate (broken Unicode), which cannot be stored; re-type or re-encode the text";
  }
  return null;
}

/**
 * A refinement (`.superRefine(storable)`) for a stored text field, or for a JSON value stored whole
 * (jsonb): every string and every object key inside it must be storable; each offender is reported
 * at its own path.
 */
export function storable(value: unknown, ctx: z.RefinementCtx): void {
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node === "string") {
      const reason = unstorableTextReason(node);
      if (reason) ctx.addIssue({ code: "custom", message: reason, path });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        const reason = unstorableTextReason(key);
        if (reason) ctx.addIssue({ code: "custom", message: `has a key that ${reason}`, path });
        visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
}
