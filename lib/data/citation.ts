// Reader-style citations: "World Bank, World Development Indicators, July 2026 release, series
// IT.NET.USER.ZS" instead of the repository path the data build took the figure from. Pure: the
// registry of source families and documents (data/sources.json, written by the data build) is
// passed in; lib/data/sources.ts binds it. The repository path, commit and file lines stay
// available as the provenance, which the report prints in its "Data provenance" appendix and the
// pages in a disclosure (issue 11 §6).

/** A source as a reader cites it. Unknown parts are left out, never guessed. */
export type Citation = {
  /** A person (the author of a thesis or column). */
  author?: string | null;
  /** The organization that publishes it (for a thesis: the university). */
  publisher?: string | null;
  title: string;
  /** What kind of document it is when that is not obvious ("master's thesis", "blog post"). */
  kind?: string | null;
  edition?: string | null;
  /** Year of publication; printed only when the title or edition does not already say it. */
  year?: number | null;
  /** The table, series, indicator or section the figure comes from. */
  part?: string | null;
  /** What the citation cannot say, said plainly (e.g. "author and university not named in the copy held"). */
  gap?: string | null;
};

/** A secondary source: the original publisher first, then who reported or compiled it. */
export type SourceCitation = {
  original?: string | null;
  relation?: "as reported by" | "compiled by";
  cited: Citation;
  /** Derived by Outbound from the cited sources: printed as "computed from …". */
  computed?: boolean;
  /** A short qualifier after the citation ("original source not named"). */
  note?: string | null;
};

function mentionsYear(c: Citation): boolean {
  const year = c.year === null || c.year === undefined ? null : String(c.year);
  return year !== null && [c.title, c.edition ?? ""].some((text) => text.includes(year));
}

/** One citation as text, e.g. "Transparency International, Corruption Perceptions Index 2025". */
export function formatCitation(c: Citation): string {
  const year = c.year !== null && c.year !== undefined && !mentionsYear(c) ? String(c.year) : null;
  let text: string;
  if (c.kind) {
    // Thesis style: "<Author>, <Title> (master's thesis, <University>, <Year>)".
    const details = [c.kind, c.publisher, year].filter(Boolean).join(", ") + (c.gap ? `; ${c.gap}` : "");
    text = `${[c.author, c.title].filter(Boolean).join(", ")} (${details})`;
  } else {
    text = [c.author, c.publisher, c.title, c.edition, year].filter(Boolean).join(", ");
    if (c.gap) text += ` (${c.gap})`;
  }
  return c.part ? `${text}, ${c.part}` : text;
}

/** A full source line: "computed from …", or "<original>, as reported by <citation>". */
export function formatSourceCitation(s: SourceCitation): string {
  const cited = formatCitation(s.cited);
  let text = s.original ? `${s.original}, ${s.relation ?? "as reported by"} ${cited}` : cited;
  if (s.note) text += ` (${s.note})`;
  return s.computed ? `computed from ${text}` : text;
}

// ─── The registry (data/sources.json) ────────────────────────────────────────────────────────────

/** A family of figures from one publication, recognized by its stored source string. */
export type SourceFamily = {
  key: string;
  /** A regular expression on the stored source string; named groups fill `{name}` in the fields below. */
  match: string;
  /** Null when the title already names the publisher (an evidence row's "outlet, title (date)"). */
  publisher: string | null;
  title: string;
  edition: string | null;
  year: number | null;
  url: string | null;
  /** e.g. "series {code}"; null when the publication is a single table. */
  part: string | null;
  /** The original publisher of a compilation (e.g. UN DESA for Our World in Data's export). */
  original: string | null;
  relation: "as reported by" | "compiled by" | null;
  computed: boolean;
};

/** A section (or chapter) of a source document with the lines it spans. */
export type DocumentSection = { from: number; to: number; label: string };

/** A source document the product is built on (the thesis and the other seed texts). */
export type SourceDocument = {
  /** File name under seeds/, e.g. 003_962a4ad03d6c2f4b.txt; `prefix` is its short form "003". */
  file: string;
  prefix: string;
  citation: Citation;
  /** How the document is named in running text ("the thesis"). */
  shortName: string;
  /** Empty when the document has no numbered sections. */
  sections: DocumentSection[];
};

export type SourceRegistry = { families: SourceFamily[]; documents: SourceDocument[] };

/** What a stored source string reads as, and where it came from. */
export type CitedSource = {
  /** The reader's citation. */
  citation: string;
  /** Repository path, commit, file lines or address: for the "Data provenance" appendix; null when there is none. */
  provenance: string | null;
};

function fill(template: string, groups: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => groups[name] ?? "");
}

function fromFamily(family: SourceFamily, source: string): SourceCitation | null {
  const found = new RegExp(family.match).exec(source);
  if (!found) return null;
  const groups: Record<string, string | undefined> = { ...found.groups };
  // "quoting not named in the article": no original to put first.
  if (groups.original && /^not named/i.test(groups.original)) groups.original = undefined;
  return {
    // An optional group that did not match fills in empty: then there is no original to name.
    original: family.original ? fill(family.original, groups) || null : null,
    relation: family.relation ?? undefined,
    computed: family.computed,
    cited: {
      publisher: family.publisher,
      title: fill(family.title, groups),
      edition: family.edition ? fill(family.edition, groups) : null,
      year: family.year,
      part: family.part ? fill(family.part, groups) : null,
    },
  };
}

const LINES = /lines? (\d+)(?:-\d+)?/;

/** The section a line of a document falls in, e.g. "section 3.5"; null when it has no sections. */
export function sectionOf(document: SourceDocument, line: number): string | null {
  return document.sections.find((s) => line >= s.from && line <= s.to)?.label ?? null;
}

function documentOf(registry: SourceRegistry, text: string): SourceDocument | null {
  return registry.documents.find((d) => text.includes(`seeds/${d.prefix}`)) ?? null;
}

function documentCitation(document: SourceDocument, locator: string | null | undefined): Citation {
  const line = locator && locator.includes(document.prefix) ? LINES.exec(locator) : null;
  const section = line ? sectionOf(document, Number(line[1])) : null;
  return { ...document.citation, part: section ?? document.citation.part ?? null };
}

// "Thesis (seeds/003_….txt) citing Aleksandrova (2017)", "Thesis (seeds/003), citing Forbes (2012)
// and Mediascope", "Thesis (seeds/003_….txt); original source not named".
const THESIS = /^Thesis \(seeds\/[^)]*\)(?:,|;)?\s*(.*)$/;
// "…; secondary report read on thepaypers.com": the original first, the site that reported it after.
const SECONDARY = /^(.*); secondary report read on (\S+)$/;
// "(blog post; seeds/004_….txt)" or "(seeds/000_….txt)" inside a document's own name.
const SEED_MENTION = /\s*\((?:([^()]*?);\s*)?seeds\/[^)]*\)/g;

function fromDocument(registry: SourceRegistry, source: string, locator?: string | null): SourceCitation | null {
  // An evidence row that names a seed document in words ("… (seed document)") and points into it by locator.
  if (!documentOf(registry, source) && /\(seed document\)$/.test(source) && locator) {
    const named = documentOf(registry, locator);
    if (named) return { cited: documentCitation(named, locator) };
  }
  const document = documentOf(registry, source);
  if (!document) return null;
  const cited = documentCitation(document, locator);
  const thesis = THESIS.exec(source);
  if (thesis) {
    const rest = thesis[1]!.trim();
    const citing = /^citing (.+)$/.exec(rest);
    // Other documents named inside ("…; seeds/004 for the 2020 ban") are named as readers know them.
    if (citing) return { original: citeInline(registry, citing[1]!), relation: "as reported by", cited };
    const note = rest.replace(/^;\s*/, "").replace(/^no original source named/, "original source not named");
    return { cited, note: note ? citeInline(registry, note.replace(SEED_MENTION, "")) : null };
  }
  // Another seed document named in full: its own name without the path.
  const name = source.replace(SEED_MENTION, (_, inner: string | undefined) => (inner ? ` (${inner})` : "")).trim();
  return { cited: { title: name, part: cited.part } };
}

/**
 * The reader's citation of a stored source string and its provenance. A family of the registry
 * (World Bank, Findex, …), a seed document (the thesis with its section), a "secondary report read
 * on …" line, or else the string as stored (the user's own sources, or an evidence row that names
 * its publisher and title already).
 */
export function citeSource(registry: SourceRegistry, source: string, locator?: string | null): CitedSource {
  const provenance = [source, locator].filter(Boolean).join("; ");
  for (const family of registry.families) {
    const cited = fromFamily(family, source);
    if (cited) return { citation: formatSourceCitation(cited), provenance };
  }
  const document = fromDocument(registry, source, locator);
  if (document) return { citation: formatSourceCitation(document), provenance };
  const secondary = SECONDARY.exec(source);
  if (secondary) {
    return { citation: `${secondary[1]!.trim()}, as reported by ${secondary[2]!}`, provenance: locator ?? null };
  }
  // Already a reader's citation: only the locator (an address, a page) is provenance.
  return { citation: source, provenance: locator ?? null };
}

/**
 * An evidence row of data/evidence/*.csv: `source` names the outlet that published it, `secondaryOf`
 * the original publisher when that outlet reports someone else's figure. The original comes first.
 */
export function citeSecondary(source: string, secondaryOf: string | null | undefined, locator?: string | null): CitedSource {
  const original = secondaryOf?.trim();
  const citation =
    original && !/^not named/i.test(original) && !source.startsWith(original)
      ? `${original}, as reported by ${source}`
      : source;
  return { citation, provenance: locator ?? null };
}

// Running text that points into a seed document: "(seeds/003_….txt lines 3066-3070)", "(Table 2,
// seeds/003_….txt lines 2500-2512)", "(seeds/004_….txt line 116)", "Thesis (seeds/003), citing …".
const INLINE = /(?:\.\.\/|shared\/)*seeds\/(\d{3})(?:_[0-9a-f]+\.txt)?((?:,? lines? \d+(?:-\d+)?)+)?/g;
// A bare path in parentheses right after the document's own name: nothing to add for a reader.
const BARE_PATH = /\s*\((?:\.\.\/|shared\/)*seeds\/\d{3}_[0-9a-f]+\.txt\)/g;

/** Replaces every pointer into a seed document with the document's name and section. */
export function citeInline(registry: SourceRegistry, text: string): string {
  // "Thesis (seeds/003), citing …" names the document itself, not a place in it.
  const named = text.replace(/\bThesis \(seeds\/(\d{3})[^)]*\)/g, (whole, prefix: string) => {
    const document = registry.documents.find((d) => d.prefix === prefix);
    return document ? document.shortName.charAt(0).toUpperCase() + document.shortName.slice(1) : whole;
  });
  return named.replace(BARE_PATH, "").replace(INLINE, (whole, prefix: string, lines: string | undefined) => {
    const document = registry.documents.find((d) => d.prefix === prefix);
    if (!document) return whole;
    const first = lines ? LINES.exec(lines) : null;
    const section = first ? sectionOf(document, Number(first[1])) : null;
    return section ? `${document.shortName}, ${section}` : document.shortName;
  });
}
