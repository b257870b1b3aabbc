// Ready-made market selections for the picker: each is data with its source, resolved against the
// markets the data set has. A member the data set lacks is reported, never silently dropped.
// Memberships checked on 2 December 2026; change them here when a group admits or loses a member.

import { DEFAULT_MARKETS } from "./defaults";

export type PresetMembers =
  { kind: "list"; iso3: readonly string[] } | { kind: "roles"; roles: readonly string[] } | { kind: "all" };

export interface MarketPreset {
  key: string;
  label: string;
  /** What the selection is, in a sentence. */
  description: string;
  /** Where the membership comes from, so a reader can check it. */
  source: string;
  members: PresetMembers;
  /** Members that are not single economies (the EU, the African Union): named, never scored. */
  otherMembers?: readonly string[];
}

export const MARKET_PRESETS: readonly MarketPreset[] = [
  {
    key: "thesis",
    label: "Thesis markets",
    description: "Russia and the six Southeast Asian markets of the Alibaba thesis.",
    source: "The thesis's cases (Russia, Indonesia, Malaysia, the Philippines, Singapore, Thailand, Vietnam).",
    members: { kind: "list", iso3: DEFAULT_MARKETS },
  },
  {
    key: "asean",
    label: "ASEAN",
    description: "The 11 member states of the Association of Southeast Asian Nations.",
    // Founded in Bangkok on 8 August 1967 by Indonesia, Malaysia, the Philippines, Singapore and
    // Thailand; Brunei joined in 1984, Vietnam in 1995, Laos and Myanmar in 1997, Cambodia in 1999.
    // Timor-Leste was admitted as the 11th member on 26 October 2025 at the 47th ASEAN Summit in
    // Kuala Lumpur (Declaration on the Admission of Timor-Leste into ASEAN; reported by Vietnam
    // News Agency, vietnamnews.vn/world/1728144, and IANS, 26 Oct 2025).
    source:
      "ASEAN: 10 members since 1999; Timor-Leste admitted as the 11th on 26 October 2025 (Declaration on the Admission of Timor-Leste into ASEAN, 47th ASEAN Summit, Kuala Lumpur).",
    members: { kind: "list", iso3: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"] },
  },
  {
    key: "sea-m49",
    label: "Southeast Asia (UN M49)",
    description: "The UN statistical sub-region South-eastern Asia (M49 code 035).",
    // M49 lists 11 areas under 035 (codes 096, 116, 360, 418, 458, 104, 608, 702, 764, 626, 704).
    // Since Timor-Leste joined ASEAN the two lists coincide; they are kept apart because one is a
    // statistical region and the other a treaty membership, and either may change on its own.
    source:
      "UN Statistics Division, Standard Country or Area Codes for Statistical Use (M49), sub-region 035 South-eastern Asia: unstats.un.org/unsd/methodology/m49/",
    members: { kind: "list", iso3: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"] },
  },
  {
    key: "brics",
    label: "BRICS",
    description: "The ten full members of BRICS.",
    // Brazil, Russia, India, China (2009), South Africa (2010/11); Egypt, Ethiopia, Iran and the
    // UAE from 1 January 2024 (invited at the Johannesburg summit, August 2023); Indonesia from
    // 6 January 2025 (announced by Brazil's presidency). Saudi Arabia was invited in 2023 but has
    // not confirmed membership (its ministers said in January 2024 and January 2025 that it was
    // still assessing the invitation), so it is not listed; Argentina declined in December 2023.
    source:
      "BRICS summit declarations: Johannesburg (Aug 2023) expansion effective 1 Jan 2024; Indonesia's full membership announced by the Brazilian presidency on 6 Jan 2025. Saudi Arabia invited, not confirmed.",
    members: { kind: "list", iso3: ["BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"] },
  },
  {
    key: "g20",
    label: "G20",
    description: "The 19 member countries of the G20 (the European Union and the African Union are members too).",
    // 19 countries and the EU since 1999; the African Union became a permanent member at the New
    // Delhi summit on 9 September 2023.
    source:
      "G20 membership: 19 countries and the European Union; the African Union admitted at the New Delhi summit, 9 September 2023.",
    members: {
      kind: "list",
      iso3: [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
      ],
    },
    otherMembers: ["European Union", "African Union"],
  },
  {
    key: "emerging",
    label: "Emerging markets in the data set",
    description: "Every market the data set's roles mark as a thesis case or another emerging market.",
    source: "The data set's market roles (data/markets.csv: target_russia, target_sea, emerging_other).",
    members: { kind: "roles", roles: ["target_russia", "target_sea", "emerging_other"] },
  },
  {
    key: "all",
    label: "All",
    description: "Every market with data.",
    source: "The data set (data/markets.csv).",
    members: { kind: "all" },
  },
];

export interface PresetMarket {
  iso3: string;
  name: string;
  role: string;
}

export interface ResolvedPreset {
  /** The members the data set has, in the data set's order. */
  markets: string[];
  /** ISO3 codes the preset names but the data set lacks. */
  missing: string[];
}

/** The markets a preset selects among those given, and the members it names that are not among them. */
export function resolvePreset(preset: MarketPreset, markets: readonly PresetMarket[]): ResolvedPreset {
  const { members } = preset;
  switch (members.kind) {
    case "list": {
      const named = new Set(members.iso3);
      const present = new Set(markets.map((m) => m.iso3));
      return {
        markets: markets.filter((m) => named.has(m.iso3)).map((m) => m.iso3),
        missing: members.iso3.filter((code) => !present.has(code)),
      };
    }
    case "roles": {
      const roles = new Set(members.roles);
      return { markets: markets.filter((m) => roles.has(m.role)).map((m) => m.iso3), missing: [] };
    }
    case "all":
      return { markets: markets.map((m) => m.iso3), missing: [] };
  }
}

/** One sentence on what applying a preset did, naming the members the data set lacks. */
export function presetSummary(preset: MarketPreset, resolved: ResolvedPreset): string {
  const n = resolved.markets.length;
  const parts = [`${preset.label}: ${n} market${n === 1 ? "" : "s"} selected.`];
  if (resolved.missing.length > 0) {
    parts.push(`Not in the data set: ${resolved.missing.join(", ")}.`);
  }
  if (preset.otherMembers && preset.otherMembers.length > 0) {
    parts.push(`Also members, not single economies: ${preset.otherMembers.join(", ")}.`);
  }
  return parts.join(" ");
}
