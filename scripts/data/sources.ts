import { readFileSync } from "node:fs";
import path from "node:path";

import type { DocumentSection, SourceDocument, SourceFamily, SourceRegistry } from "@/lib/data/citation";

// data/sources.json: how a reader cites each source the data set uses (issue 11 §6). The families
// are recognized by the source strings the data build writes (scripts/build-data.ts,
// scripts/data/world-series.ts, computed-values.ts, derived-evidence.ts); publisher, title and edition
// are those the publisher itself uses (see data/SOURCES.md and ../shared/data/sources.md). The
// sections of the seed documents are read off their headings here, at build time, so a cited line
// maps to "section 3.5" without the app reading the seed files.

const WDI_EDITION = "July 2026 release";

function family(f: Partial<SourceFamily> & Pick<SourceFamily, "key" | "match" | "title">): SourceFamily {
  return {
    publisher: null,
    edition: null,
    year: null,
    url: null,
    part: null,
    original: null,
    relation: null,
    computed: false,
    ...f,
  };
}

export const SOURCE_FAMILIES: SourceFamily[] = [
  family({
    key: "wdi-lpi",
    // "World Bank Logistics Performance Index, LPI 2023 edition (WDI LP.LPI.OVRL.XQ), via …"
    match: "^World Bank Logistics Performance Index, LPI (?<edition>\\d{4}) edition \\(WDI (?<code>[A-Z0-9.]+)\\)",
    publisher: "World Bank",
    title: "Logistics Performance Index {edition}",
    edition: `in World Development Indicators, ${WDI_EDITION}`,
    year: 2026,
    url: "https://lpi.worldbank.org",
    part: "series {code}",
  }),
  family({
    key: "wdi",
    // "World Bank WDI IT.NET.USER.ZS (original: ITU), …"
    match: "^World Bank WDI (?<code>[A-Z0-9.]+[A-Z0-9])",
    publisher: "World Bank",
    title: "World Development Indicators",
    edition: WDI_EDITION,
    year: 2026,
    url: "https://datacatalog.worldbank.org/search/dataset/0037712",
    part: "series {code}",
  }),
  family({
    key: "findex",
    match: "^World Bank Global Findex Database 2025 \\((?<code>[^)]+)\\)",
    publisher: "World Bank",
    title: "Global Findex Database 2025",
    year: 2025,
    url: "https://www.worldbank.org/en/publication/globalfindex",
    part: "indicator {code}",
  }),
  family({
    key: "cpi",
    match: "^Transparency International, Corruption Perceptions Index 2025",
    publisher: "Transparency International",
    title: "Corruption Perceptions Index 2025",
    url: "https://www.transparency.org/en/cpi/2025",
    part: "score time series since 2012",
  }),
  family({
    key: "wgi",
    match: "^World Bank Worldwide Governance Indicators, 2024 update \\((?<part>[^)]+)\\)",
    publisher: "World Bank",
    title: "Worldwide Governance Indicators",
    edition: "2024 update",
    year: 2024,
    url: "https://www.worldbank.org/en/publication/worldwide-governance-indicators",
    part: "{part}",
  }),
  family({
    key: "wpp",
    // "UN DESA World Population Prospects 2022, medium-variant projection, via Our World in Data …"
    match: "^UN DESA World Population Prospects 2022, (?<variant>estimate|medium-variant projection)",
    publisher: "UN DESA",
    title: "World Population Prospects 2022",
    year: 2022,
    url: "https://population.un.org/wpp/",
    part: "median age ({variant})",
    original: null,
  }),
  family({
    key: "natural-earth-distance",
    match: "^Computed for Outbound: haversine distance",
    publisher: "Natural Earth",
    title: "Populated Places (capital coordinates)",
    edition: "version 4.0.0",
    year: 2017,
    url: "https://www.naturalearthdata.com",
    part: "great-circle distance between capitals",
    computed: true,
  }),
  family({
    key: "hofstede-kogut-singh",
    match: "^Computed .*Kogut & Singh \\(1988\\) index",
    publisher: "Geert Hofstede",
    title: "6-D model of national culture, dimension data matrix",
    edition: "file of 2015-08-16",
    year: 2015,
    url: "https://geerthofstede.com/research-and-vsm/dimension-data-matrix/",
    part: "Kogut and Singh (1988) index",
    computed: true,
  }),
  family({
    key: "wikipedia-overseas-chinese",
    match: "^Computed for Outbound: ethnic-Chinese count \\S+ \\((?<year>\\d{4})\\)",
    publisher: "Wikipedia",
    title: "Overseas Chinese, infobox count ({year}; a secondary source)",
    part: "divided by World Bank, World Development Indicators, series SP.POP.TOTL",
    computed: true,
  }),
  family({
    key: "evidence-size",
    // "…: <outlet, title (date)>, quoting <original publisher>": the original first.
    match: "^Outbound evidence file data/evidence/ecommerce-size\\.csv: (?<rest>.+?)(?:, quoting (?<original>.+))?$",
    publisher: null,
    title: "{rest}",
    original: "{original}",
    relation: "as reported by",
    part: "converted to US dollars",
    // A published figure converted to dollars keeps the year it describes: not "computed from".
    computed: false,
  }),
  family({
    key: "evidence-incumbents",
    match: "^Outbound evidence file data/evidence/incumbents\\.csv: shares from (?<rest>.+)$",
    publisher: null,
    title: "{rest}",
    part: "shares of the three largest platforms",
    // The sum of three published shares of one year: the year stays.
    computed: false,
  }),
  family({
    key: "evidence-rules",
    match: "^Outbound evidence file data/evidence/foreign-seller-rules\\.csv",
    publisher: "Outbound",
    title: "rules for foreign sellers in force (each rule cites its publisher)",
    computed: true,
  }),
  family({
    key: "evidence-sanctions",
    match: "^Outbound evidence file data/evidence/sanctions-programs\\.csv",
    publisher: "Outbound",
    title: "US, EU and UN sanctions programs (each program cites its publisher)",
    computed: true,
  }),
  family({
    key: "evidence-agreements",
    match: "^Outbound evidence file data/evidence/china-trade-agreements\\.csv",
    publisher: "Outbound",
    title: "China's trade agreements (each agreement cites its publisher)",
    computed: true,
  }),
];

type DocumentSpec = Omit<SourceDocument, "sections"> & { numbered: boolean };

// Only the thesis has numbered sections. Its copy carries no title page: author, university and
// exact title are not in it, so the citation says so instead of guessing (its sources run to 2018).
const DOCUMENTS: DocumentSpec[] = [
  {
    file: "003_962a4ad03d6c2f4b.txt",
    prefix: "003",
    shortName: "the thesis",
    numbered: true,
    citation: {
      // Described, not quoted: the copy held has no title page.
      title: "Internationalization of Chinese e-commerce firms: the case of Alibaba Group in Russia and Southeast Asia",
      kind: "master's thesis",
      gap: "author, university and year not in the copy held",
    },
  },
  {
    file: "004_56eb73be327c13af.txt",
    prefix: "004",
    shortName: "the Alibaba case study",
    numbered: false,
    citation: {
      title: "Alibaba: Expansion Into International Markets: Strategy, Challenges, and Lessons Learned",
      kind: "case study, blog post",
      gap: "author not named",
    },
  },
  {
    file: "000_a50f226233a9a482.txt",
    prefix: "000",
    shortName: "Momentum Works' event notes",
    numbered: false,
    citation: {
      publisher: "Momentum Works",
      title: 'Event notes, "Waijuan: trends, chances and pitfalls", Hangzhou, 8 January 2025',
      year: 2025,
    },
  },
  {
    file: "002_bbf74a0981f9f16c.txt",
    prefix: "002",
    shortName: "Baverez's column",
    numbered: false,
    citation: { author: "David Baverez", title: 'Alibaba and the 40 "disrupters"', kind: "column", year: 2020 },
  },
  {
    file: "001_e81a9b1a7a91d659.txt",
    prefix: "001",
    shortName: "the article on Chinese digital innovators",
    numbered: false,
    citation: { title: "Article on lessons from Chinese digital innovators", gap: "author and date not named" },
  },
];

// "2.1 Internationalization Strategy" and " 4. DISCUSSION AND CONCLUSION": a section counts only in
// sequence (2.1 after chapter 2, 2.2 after 2.1), so a figure such as "8.8 billion" starting a line
// is not taken for a heading.
const CHAPTER = /^\s*(\d)\.\s+([A-Z][A-Z ,:'’-]+?)\s*$/;
const SECTION = /^\s*(\d)\.(\d)\s+\S/;

/** The numbered chapters and sections of a document's lines, each with the lines it spans. */
export function documentSections(lines: readonly string[]): DocumentSection[] {
  const starts: { line: number; label: string }[] = [];
  let chapter = 0;
  let section = 0;
  lines.forEach((text, index) => {
    const c = CHAPTER.exec(text);
    if (c && Number(c[1]) === chapter + 1) {
      chapter += 1;
      section = 0;
      starts.push({ line: index + 1, label: `chapter ${chapter}` });
      return;
    }
    const s = SECTION.exec(text);
    if (s && Number(s[1]) === chapter && Number(s[2]) === section + 1) {
      section += 1;
      starts.push({ line: index + 1, label: `section ${chapter}.${section}` });
    }
  });
  const sections: DocumentSection[] = [];
  if (starts.length > 0 && starts[0]!.line > 1) sections.push({ from: 1, to: starts[0]!.line - 1, label: "abstract" });
  starts.forEach((start, i) =>
    sections.push({ from: start.line, to: (starts[i + 1]?.line ?? lines.length + 1) - 1, label: start.label }),
  );
  return sections;
}

/** The registry written to data/sources.json; the seed documents are read from `seedsDir`. */
export function buildSourceRegistry(seedsDir: string): SourceRegistry {
  const documents = DOCUMENTS.map(({ numbered, ...document }) => {
    const lines = readFileSync(path.join(seedsDir, document.file), "utf8").split("\n");
    return { ...document, sections: numbered ? documentSections(lines) : [] };
  });
  return { families: SOURCE_FAMILIES, documents };
}
