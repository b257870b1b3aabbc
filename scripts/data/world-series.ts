/**
 * Which series of the shared world files (`world/indicators_long.csv`, see `world/SOURCES.md`) feed
 * which shipped indicator, and how each value is cited: the edition it comes from, the original
 * repository, commit, file and row key (the locator), and the kind of figure it is.
 *
 * The repositories and commits are those named in `world/SOURCES.md`; the long file is a faithful
 * reshaping of those files, so the locator points at the original row, not at the shared copy.
 */
import type { ValueRow } from "./value-row";

export type SourceId = "WDI" | "WDI_INTERNET" | "FINDEX2025" | "WGI2024" | "CPI2025" | "WPP2022_OWID";

export interface SeriesSpec {
  /** Shipped indicator key (data/indicators.csv). */
  key: string;
  /** Indicator code in the shared long file. */
  code: string;
  sourceId: SourceId;
  /** The thesis-era year (2018; Findex 2017) shipped beside the latest when it differs. */
  thesisYear: number | null;
}

export const SERIES: readonly SeriesSpec[] = [
  { key: "population", code: "SP.POP.TOTL", sourceId: "WDI", thesisYear: 2018 },
  { key: "gdp_usd", code: "NY.GDP.MKTP.CD", sourceId: "WDI", thesisYear: 2018 },
  { key: "gdp_per_capita_usd", code: "NY.GDP.PCAP.CD", sourceId: "WDI", thesisYear: 2018 },
  { key: "gdp_per_capita_ppp_intl_usd", code: "NY.GDP.PCAP.PP.CD", sourceId: "WDI", thesisYear: 2018 },
  { key: "gdp_growth_pct", code: "NY.GDP.MKTP.KD.ZG", sourceId: "WDI", thesisYear: 2018 },
  { key: "internet_users_pct", code: "IT.NET.USER.ZS", sourceId: "WDI_INTERNET", thesisYear: 2018 },
  { key: "urban_population_pct", code: "SP.URB.TOTL.IN.ZS", sourceId: "WDI", thesisYear: 2018 },
  { key: "population_15_64_pct", code: "SP.POP.1564.TO.ZS", sourceId: "WDI", thesisYear: 2018 },
  { key: "wgi_regulatory_quality_est", code: "RQ.EST", sourceId: "WGI2024", thesisYear: 2018 },
  { key: "wgi_rule_of_law_est", code: "RL.EST", sourceId: "WGI2024", thesisYear: 2018 },
  { key: "wgi_control_of_corruption_est", code: "CC.EST", sourceId: "WGI2024", thesisYear: 2018 },
  { key: "cpi_score", code: "TI.CPI.SCORE", sourceId: "CPI2025", thesisYear: 2018 },
  { key: "lpi_score", code: "LP.LPI.OVRL.XQ", sourceId: "WDI", thesisYear: 2018 },
  { key: "account_ownership_pct", code: "FX.OWN.TOTL.ZS", sourceId: "FINDEX2025", thesisYear: 2017 },
  { key: "online_purchase_pct", code: "FINDEX.FIN26B", sourceId: "FINDEX2025", thesisYear: null },
  { key: "online_payment_pct", code: "FINDEX.FIN27A", sourceId: "FINDEX2025", thesisYear: null },
  { key: "cash_on_delivery_pct", code: "FINDEX.FIN27B", sourceId: "FINDEX2025", thesisYear: null },
  { key: "fixed_broadband_per100", code: "IT.NET.BBND.P2", sourceId: "WDI", thesisYear: 2018 },
  { key: "mobile_subscriptions_per100", code: "IT.CEL.SETS.P2", sourceId: "WDI", thesisYear: 2018 },
  { key: "secure_servers_per_million", code: "IT.NET.SECR.P6", sourceId: "WDI", thesisYear: 2018 },
];

/** Median age comes from two codes of one edition: estimates (to 2021) and projections (2022-2025). */
export const MEDIAN_AGE = {
  key: "median_age",
  estimateCode: "UN.WPP.MEDIAN_AGE",
  projectionCode: "UN.WPP.MEDIAN_AGE.PROJ",
  thesisYear: 2018,
} as const;

// ---------------------------------------------------------------------------------------------
// Citations per source (world/SOURCES.md sections 2-6)

const WDI_REPO = "github.com/datasets/world-development-indicators@4ebec5a";
const INTERNET_REPO = "github.com/yuxizhou2177/sidsight@43b6e42";
const FINDEX_REPO = "github.com/cayolyn/data-science-coursework@4909013";
const WGI_REPO = "github.com/lmorgans/WGIdata@05f52f8";
const CPI_REPO = "github.com/Dr-Seagraves/qm2023-capstone-arjun-daemian-kade-isidro@cecb2ee";
const WPP_REPO = "github.com/Binna-Choi/tb_prediction@3739b65";

const WDI_ORIGINAL: Record<string, string> = {
  "SP.POP.TOTL": "original: UN World Population Prospects and national statistics",
  "SP.URB.TOTL.IN.ZS": "original: UN World Urbanization Prospects",
  "SP.POP.1564.TO.ZS": "original: UN World Population Prospects",
  "NY.GDP.MKTP.CD": "World Bank and OECD national accounts",
  "NY.GDP.PCAP.CD": "World Bank and OECD national accounts",
  "NY.GDP.PCAP.PP.CD": "World Bank International Comparison Program, 2021 PPPs",
  "NY.GDP.MKTP.KD.ZG": "real, constant local currency; World Bank and OECD national accounts",
  "IT.CEL.SETS.P2": "original: ITU",
  "IT.NET.BBND.P2": "original: ITU",
  "IT.NET.SECR.P6": "original: Netcraft Secure Server Survey",
  "LP.LPI.OVRL.XQ": "World Bank Logistics Performance Index",
};

/** The Findex variable behind each of our codes (world/SOURCES.md section 4). */
const FINDEX_VARIABLE: Record<string, string> = {
  "FX.OWN.TOTL.ZS": "account_t_d",
  "FINDEX.FIN26B": "fin26b",
  "FINDEX.FIN27A": "fin27a",
  "FINDEX.FIN27B": "fin27b",
};

/** World Bank codes were mapped from WGI's own codes (world/SOURCES.md 5.1); the locator names the original. */
const WGI_CODE: Record<string, string> = { AND: "ADO", XKX: "KSV", ROU: "ROM", TLS: "TMP", PSE: "WBG", COD: "ZAR" };
const WGI_NAME: Record<string, string> = {
  "RQ.EST": "Regulatory Quality",
  "RL.EST": "Rule of Law",
  "CC.EST": "Control of Corruption",
};
const WGI_INDICATOR: Record<string, string> = { "RQ.EST": "rq", "RL.EST": "rl", "CC.EST": "cc" };

/** LPI editions as WDI files them: the 2023 edition (survey Sep-Nov 2022) under 2022, earlier editions under their own year. */
export function lpiEdition(year: number): string {
  return year === 2022 ? "LPI 2023" : `LPI ${year}`;
}

export type Citation = Pick<ValueRow, "kind" | "edition" | "source" | "locator">;

/** How one value of the long file is cited. */
export function citation(spec: { code: string; sourceId: SourceId }, iso3: string, year: number): Citation {
  const { code, sourceId } = spec;
  switch (sourceId) {
    case "WDI": {
      const lpi = code === "LP.LPI.OVRL.XQ";
      const firstEstimate = code.startsWith("NY.GDP.") && code !== "NY.GDP.PCAP.PP.CD" && year === 2025;
      return {
        kind: firstEstimate ? "estimate" : "observed",
        edition: lpi ? `${lpiEdition(year)} (via WDI, July 2026 update)` : "WDI, July 2026 update",
        source: lpi
          ? `World Bank Logistics Performance Index, ${lpiEdition(year)} edition (WDI ${code}), via ${WDI_REPO} (2026-07-01)`
          : `World Bank WDI ${code} (${WDI_ORIGINAL[code] ?? "World Bank"}), via ${WDI_REPO} (2026-07-01)`,
        locator: `${WDI_REPO} indicators/${code.toLowerCase()}/data.csv, Country Code=${iso3}, Year=${year}`,
      };
    }
    case "WDI_INTERNET":
      return {
        kind: "observed",
        edition: "WDI, 13 July 2026 update",
        source: `World Bank WDI IT.NET.USER.ZS (original: ITU), World Bank download of 13 July 2026, via ${INTERNET_REPO}`,
        locator: `${INTERNET_REPO} data/raw/API_IT.NET.USER.ZS_DS2_en_csv_v2_33086.csv, Country Code=${iso3}, column ${year}`,
      };
    case "FINDEX2025":
      return {
        kind: "observed",
        edition: "Global Findex 2025",
        source: `World Bank Global Findex Database 2025 (${FINDEX_VARIABLE[code]}), via ${FINDEX_REPO}`,
        locator:
          `${FINDEX_REPO} GlobalFindexDatabase2025.csv, codewb=${iso3}, year=${year}, group=all, group2=all, ` +
          `column ${FINDEX_VARIABLE[code]} (share x 100)`,
      };
    case "WGI2024":
      return {
        kind: "observed",
        edition: "WGI 2024 update",
        source: `World Bank Worldwide Governance Indicators, 2024 update (${WGI_NAME[code]} estimate), via ${WGI_REPO}`,
        locator: `${WGI_REPO} wgidataset.csv, code=${WGI_CODE[iso3] ?? iso3}, year=${year}, indicator=${WGI_INDICATOR[code]}, column estimate`,
      };
    case "CPI2025":
      return {
        kind: "observed",
        edition: "CPI 2025",
        source: `Transparency International, Corruption Perceptions Index 2025 results (score timeseries since 2012), via ${CPI_REPO}`,
        locator: `${CPI_REPO} data/raw/CPI2025_Results.csv, ISO3=${iso3 === "XKX" ? "KSV" : iso3}, CPI score ${year}`,
      };
    case "WPP2022_OWID": {
      const projection = code.endsWith(".PROJ");
      return {
        kind: projection ? "projection" : "observed",
        edition: projection ? "UN WPP 2022 (projection)" : "UN WPP 2022",
        source:
          `UN DESA World Population Prospects 2022, ${projection ? "medium-variant projection" : "estimate"}, ` +
          `via Our World in Data 'median-age' export in ${WPP_REPO}`,
        locator: `${WPP_REPO} data/median-age.csv, Code=${iso3 === "XKX" ? "OWID_KOS" : iso3}, Year=${year}, column ${projection ? "Projected Age" : "Age"}`,
      };
    }
  }
}
