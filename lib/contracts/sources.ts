import { z } from "zod";

// data/sources.json (written by scripts/data/sources.ts): how a reader cites each source family and
// seed document. Checked when loaded (lib/data/sources.ts), so a hand edit that breaks it fails
// with the path of the bad field.

const Citation = z.object({
  author: z.string().min(1).nullable().optional(),
  publisher: z.string().min(1).nullable().optional(),
  title: z.string().min(1),
  kind: z.string().min(1).nullable().optional(),
  edition: z.string().min(1).nullable().optional(),
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  part: z.string().min(1).nullable().optional(),
  gap: z.string().min(1).nullable().optional(),
});

const SourceFamily = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  match: z.string().refine(
    (pattern) => {
      try {
        new RegExp(pattern);
        return true;
      } catch {
        return false;
      }
    },
    { message: "not a valid regular expression" },
  ),
  publisher: z.string().min(1).nullable(),
  title: z.string().min(1),
  edition: z.string().min(1).nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  url: z.url().nullable(),
  part: z.string().min(1).nullable(),
  original: z.string().min(1).nullable(),
  relation: z.enum(["as reported by", "compiled by"]).nullable(),
  computed: z.boolean(),
});

const SourceDocument = z.object({
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  prefix: z.string().regex(/^\d{3}$/),
  shortName: z.string().min(1),
  citation: Citation,
  sections: z.array(
    z.object({ from: z.number().int().positive(), to: z.number().int().positive(), label: z.string().min(1) }),
  ),
});

export const SourceRegistrySchema = z.object({
  families: z.array(SourceFamily).min(1),
  documents: z.array(SourceDocument),
});
