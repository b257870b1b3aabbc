import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  citeInline,
  citeSecondary,
  citeSource,
  formatCitation,
  formatSourceCitation,
  type SourceRegistry,
} from "@/lib/data/citation";
import { SOURCE_REGISTRY } from "@/lib/data/sources";
import { buildSourceRegistry, documentSections } from "@/scripts/data/sources";

import { itWithSources, readText, SEEDS_DIR } from "./helpers";

// The citation formatter against citations written out by hand, one per source family, from the
// publishers' own names for their publications (issue 11 §6).

const THESIS_LOCATOR = "seeds/003_962a4ad03d6c2f4b.txt";
// Written by hand from the thesis's table of contents as read in the file: section 3.5 starts at
// line 2570 ("3.5 Alibaba's international expansion: …"), 3.4 at 2059, 3.3 at 1656, 2.4 at 1043.
const THESIS =
  "Internationalization of Chinese e-commerce firms: the case of Alibaba Group in Russia and Southeast Asia (master's thesis; author, university and year not in the copy held)";

describe("formatCitation", () => {
  it("prints publisher, title, edition and series, without repeating a year the title holds", () => {
    expect(
      formatCitation({
        publisher: "World Bank",
        title: "World Development Indicators",
        edition: "July 2026 release",
        year: 2026,
        part: "series IT.NET.USER.ZS",
      }),
    ).toBe("World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS");
    expect(formatCitation({ publisher: "Transparency International", title: "Corruption Perceptions Index 2025", year: 2025 })).toBe(
      "Transparency International, Corruption Perceptions Index 2025",
    );
  });

  it("cites a thesis by author, title, kind, university and year, then its section", () => {
    expect(
      formatCitation({
        author: "A. Student",
        title: "Some title",
        kind: "master's thesis",
        publisher: "Some University",
        year: 2019,
        part: "section 3.2",
      }),
    ).toBe("A. Student, Some title (master's thesis, Some University, 2019), section 3.2");
  });

  it("names the original publisher first and who reported it after; a computed value says computed from", () => {
    expect(
      formatSourceCitation({ original: "Mediascope", cited: { publisher: "RBC", title: "News item" } }),
    ).toBe("Mediascope, as reported by RBC, News item");
    expect(formatSourceCitation({ computed: true, cited: { publisher: "Natural Earth", title: "Populated Places" } })).toBe(
      "computed from Natural Earth, Populated Places",
    );
  });
});

describe("citeSource on the data set's source strings", () => {
  const cite = (source: string, locator?: string) => citeSource(SOURCE_REGISTRY, source, locator).citation;

  it("World Bank WDI series", () => {
    expect(
      cite(
        "World Bank WDI IT.NET.USER.ZS (original: ITU), World Bank download of 13 July 2026, via github.com/yuxizhou2177/sidsight@43b6e42",
      ),
    ).toBe("World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS");
    expect(
      cite(
        "World Bank WDI SP.POP.TOTL (original: UN World Population Prospects and national statistics), via github.com/datasets/world-development-indicators@4ebec5a (2026-07-01)",
      ),
    ).toBe("World Bank, World Development Indicators, July 2026 release, series SP.POP.TOTL");
  });

  it("Global Findex, CPI, WGI, LPI and UN WPP", () => {
    expect(cite("World Bank Global Findex Database 2025 (fin26b), via github.com/cayolyn/data-science-coursework@4909013")).toBe(
      "World Bank, Global Findex Database 2025, indicator fin26b",
    );
    expect(
      cite(
        "Transparency International, Corruption Perceptions Index 2025 results (score timeseries since 2012), via github.com/Dr-Seagraves/qm2023-capstone-arjun-daemian-kade-isidro@cecb2ee",
      ),
    ).toBe("Transparency International, Corruption Perceptions Index 2025, score time series since 2012");
    expect(
      cite("World Bank Worldwide Governance Indicators, 2024 update (Rule of Law estimate), via github.com/lmorgans/WGIdata@05f52f8"),
    ).toBe("World Bank, Worldwide Governance Indicators, 2024 update, Rule of Law estimate");
    expect(
      cite(
        "World Bank Logistics Performance Index, LPI 2023 edition (WDI LP.LPI.OVRL.XQ), via github.com/datasets/world-development-indicators@4ebec5a (2026-07-01)",
      ),
    ).toBe(
      "World Bank, Logistics Performance Index 2023, in World Development Indicators, July 2026 release, series LP.LPI.OVRL.XQ",
    );
    expect(
      cite(
        "UN DESA World Population Prospects 2022, medium-variant projection, via Our World in Data 'median-age' export in github.com/Binna-Choi/tb_prediction@3739b65",
      ),
    ).toBe("UN DESA, World Population Prospects 2022, median age (medium-variant projection)");
  });

  it("computed values say computed from their inputs; a converted published figure cites its publisher", () => {
    expect(
      cite(
        "Computed for Outbound: haversine distance on a 6371.0088 km sphere between the capital and Beijing, coordinates from Natural Earth 4.0.0 (2017-11-03) populated places via github.com/martynafford/natural-earth-geojson@9026645",
      ),
    ).toBe(
      "computed from Natural Earth, Populated Places (capital coordinates), version 4.0.0, 2017, great-circle distance between capitals",
    );
    expect(
      cite(
        "Outbound evidence file data/evidence/ecommerce-size.csv: U.S. International Trade Administration, Thailand Country Commercial Guide: eCommerce (page undated; text written in 2023), quoting E-Commerce Association - Thailand",
      ),
    ).toBe(
      "E-Commerce Association - Thailand, as reported by U.S. International Trade Administration, Thailand Country Commercial Guide: eCommerce (page undated; text written in 2023), converted to US dollars",
    );
  });

  it("a thesis fact cites the thesis and its section, with the original source first", () => {
    expect(cite("Thesis (seeds/003_962a4ad03d6c2f4b.txt) citing Aleksandrova (2017)", `${THESIS_LOCATOR} lines 2976-2980`)).toBe(
      `Aleksandrova (2017), as reported by ${THESIS}, section 3.5`,
    );
    expect(cite("Thesis (seeds/003_962a4ad03d6c2f4b.txt); original source not named", `${THESIS_LOCATOR} lines 2025-2029`)).toBe(
      `${THESIS}, section 3.3 (original source not named)`,
    );
    expect(cite("Thesis (seeds/003), citing Forbes (2012) and Mediascope", `${THESIS_LOCATOR} lines 1705-1707`)).toBe(
      `Forbes (2012) and Mediascope, as reported by ${THESIS}, section 3.3`,
    );
  });

  it("another seed document loses its path; a secondary report names the site after the original", () => {
    expect(cite('Case study "Alibaba: Expansion Into International Markets" (blog post; seeds/004_56eb73be327c13af.txt)')).toBe(
      'Case study "Alibaba: Expansion Into International Markets" (blog post)',
    );
    expect(cite("Association of Online Commerce Companies (AKIT); secondary report read on oreanda-news.com")).toBe(
      "Association of Online Commerce Companies (AKIT), as reported by oreanda-news.com",
    );
  });

  it("keeps the stored string as the provenance, and a source it does not know as its citation", () => {
    const cited = citeSource(SOURCE_REGISTRY, "World Bank Global Findex Database 2025 (fin26b), via github.com/x@1", "row 3");
    expect(cited.provenance).toBe("World Bank Global Findex Database 2025 (fin26b), via github.com/x@1; row 3");
    expect(citeSource(SOURCE_REGISTRY, "My own survey 2026").citation).toBe("My own survey 2026");
  });

  it("an evidence row names the original publisher first", () => {
    expect(citeSecondary('Bangkok Post, "Internet economy on trajectory to $53bn value" (November 2020)', "Google, Temasek and Bain")).toEqual({
      citation: 'Google, Temasek and Bain, as reported by Bangkok Post, "Internet economy on trajectory to $53bn value" (November 2020)',
      provenance: null,
    });
  });
});

describe("citeInline", () => {
  it("replaces file lines in running text by the document and its section", () => {
    expect(
      citeInline(
        SOURCE_REGISTRY,
        "Precedent: economies of scale (seeds/003_962a4ad03d6c2f4b.txt lines 3066-3070); Table 2 (seeds/003_962a4ad03d6c2f4b.txt lines 2500-2512); (seeds/004_56eb73be327c13af.txt line 116); Thesis (seeds/003), citing X",
      ),
    ).toBe(
      "Precedent: economies of scale (the thesis, section 3.5); Table 2 (the thesis, section 3.4); (the Alibaba case study); The thesis, citing X",
    );
  });
});

describe("the thesis's sections", () => {
  it("counts a heading only in sequence", () => {
    const lines = ["abstract", "1. INTRODUCTION", "1.1 Background", "8.8 billion RMB", "1.2 Aims", "2. THEORY", "2.1 One"];
    expect(documentSections(lines)).toEqual([
      { from: 1, to: 1, label: "abstract" },
      { from: 2, to: 2, label: "chapter 1" },
      { from: 3, to: 4, label: "section 1.1" },
      { from: 5, to: 5, label: "section 1.2" },
      { from: 6, to: 6, label: "chapter 2" },
      { from: 7, to: 7, label: "section 2.1" },
    ]);
  });

  itWithSources("data/sources.json is what the data build writes from the seed documents", () => {
    const built: SourceRegistry = buildSourceRegistry(SEEDS_DIR);
    expect(`${JSON.stringify(built, null, 2)}\n`).toBe(readText(path.join(import.meta.dirname, "../../../data/sources.json")));
    // The thesis's 23 headings as its table of contents numbers them: chapters 1-4 with 3, 6, 5 and 4 sections.
    const labels = built.documents.find((d) => d.prefix === "003")!.sections.map((s) => s.label);
    expect(labels.filter((l) => l.startsWith("chapter"))).toEqual(["chapter 1", "chapter 2", "chapter 3", "chapter 4"]);
    expect(labels.filter((l) => l.startsWith("section")).length).toBe(3 + 6 + 5 + 4);
  });
});
