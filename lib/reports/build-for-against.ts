import type { MarketProfile } from "@/lib/contracts/api";
import { sourceLine } from "@/lib/evidence/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { ruleTypeLabel } from "./build-shortlist";
import type { EvidenceLine, ForAgainst, StanceLine } from "./model";
import { wordsFor, type Words } from "./words";

// Evidence for and against one recommendation (a market and an entry mode), from the market's dated
// evidence: the cross-border share of online sales, the rules for foreign sellers in force, the
// incumbents' shares, sanctions and payment rails, trade agreements with China and the growth of
// online sales. What counts for or against which entry mode is written below as rules, each with
// the reason it holds; the builder only applies them. Pure.

/** The entry modes of data/framework/entry-modes.csv, by how much capital they put in the market. */
const CAPITAL_IN_MARKET = ["own_subsidiary", "acquisition_stake", "joint_venture"];
const LOCAL_PRESENCE = ["own_subsidiary", "acquisition_stake", "joint_venture", "strategic_partnership"];
const ALL_MODES = [
  "cross_border_export",
  "strategic_partnership",
  "acquisition_stake",
  "own_subsidiary",
  "joint_venture",
  "licensing_franchising",
];

/** A dated item of the market's evidence, in one shape. */
type Item = EvidenceLine & { kind: string; value: number | null; burden: number | null };

/**
 * A rule: which items it reads, and for each entry mode whether such an item speaks for it or
 * against it, with the reason in plain words. The reasons cite the thesis (T. = seeds/003
 * _962a4ad03d6c2f4b.txt) or the mechanism the rule follows.
 */
type StanceRule = {
  id: string;
  applies: (item: Item) => boolean;
  for: string[];
  against: string[];
  /** The reason in the report's language (messages/<locale>/report.json, sentencesA.why). */
  why: (item: Item, w: Words) => string;
};

export const STANCE_RULES: StanceRule[] = [
  {
    // Buyers who buy from domestic sellers are not reached by parcels from abroad; AliExpress
    // itself added local Russian sellers from October 2014 (T. lines 3110-3122, evidence
    // rus-localization-2014-2016).
    id: "cross-border-share-small",
    applies: (i) => i.kind === "cross_border_share_of_online_commerce" && i.value !== null && i.value < 10,
    for: LOCAL_PRESENCE,
    against: ["cross_border_export"],
    why: (i, w) => w.t("sentencesA.why.crossBorderSmall", { share: w.f.formatPercent((i.value ?? 0) / 100, 1) }),
  },
  {
    id: "cross-border-share-large",
    applies: (i) => i.kind === "cross_border_share_of_online_commerce" && i.value !== null && i.value >= 30,
    for: ["cross_border_export"],
    against: [],
    why: (i, w) => w.t("sentencesA.why.crossBorderLarge", { share: w.f.formatPercent((i.value ?? 0) / 100, 1) }),
  },
  {
    // A duty-free allowance per parcel that was cut, or taxes on low-value imports, raise the price
    // of every parcel sent from abroad, and only of those (Russia's cuts of 2019-2020 were made to
    // protect domestic online sellers: evidence rus-thesis-customs-union-personal-imports).
    id: "parcel-duty-or-vat",
    applies: (i) =>
      ["rule:duty_de_minimis", "rule:vat_de_minimis", "rule:vat_low_value_imports"].includes(i.kind) &&
      (i.burden ?? 0) >= 1,
    for: LOCAL_PRESENCE,
    against: ["cross_border_export"],
    why: (_, w) => w.t("sentencesA.why.parcelDutyOrVat"),
  },
  {
    id: "parcel-duty-open",
    applies: (i) => ["rule:duty_de_minimis", "rule:vat_de_minimis"].includes(i.kind) && i.burden === 0,
    for: ["cross_border_export"],
    against: [],
    why: (_, w) => w.t("sentencesA.why.parcelDutyOpen"),
  },
  {
    // A cap on foreign ownership rules out full control; a partner holds the rest (TCE and the
    // regulation of foreign ownership: data/framework/entry-modes.csv, joint_venture).
    id: "ownership-cap",
    applies: (i) => i.kind === "rule:foreign_ownership_limit" && (i.burden ?? 0) >= 1,
    for: ["joint_venture", "strategic_partnership", "licensing_franchising"],
    against: ["own_subsidiary", "acquisition_stake"],
    why: (_, w) => w.t("sentencesA.why.ownershipCap"),
  },
  {
    // Personal data must be stored on servers inside the market: a platform run from home must
    // build or rent them there anyway.
    id: "data-localisation",
    applies: (i) => i.kind === "rule:data_localisation" && (i.burden ?? 0) >= 1,
    for: [],
    against: ["cross_border_export"],
    why: (_, w) => w.t("sentencesA.why.dataLocalisation"),
  },
  {
    id: "platform-rules",
    applies: (i) => (i.kind === "rule:marketplace_rule" || i.kind === "rule:platform_ban") && (i.burden ?? 0) >= 1,
    for: [],
    against: ["cross_border_export", "own_subsidiary"],
    why: (_, w) => w.t("sentencesA.why.platformRules"),
  },
  {
    // Capital inside a sanctioned economy can be stranded: Alibaba stopped funding its AliExpress
    // Russia joint venture in March 2022 for fear of US secondary sanctions (evidence
    // rus-aliexpress-russia-funding-stop-2022).
    id: "sanctions-capital",
    applies: (i) =>
      i.kind === "context:sanctions" || i.kind === "sanctions:sectoral" || i.kind === "sanctions:comprehensive",
    for: [],
    against: CAPITAL_IN_MARKET,
    why: (_, w) => w.t("sentencesA.why.sanctionsCapital"),
  },
  {
    // Foreign cards stopped working in Russia in March 2022 and Chinese banks slowed payments from
    // 2024 (evidence rus-visa-mastercard-suspension-2022, rus-chinese-banks-refuse-yuan-2024): a
    // seller abroad is paid only through such channels. AliExpress's Qiwi partnership: T. line 3043.
    id: "payments-disrupted",
    applies: (i) => i.kind === "payments:disrupted",
    for: ["strategic_partnership"],
    against: ["cross_border_export"],
    why: (_, w) => w.t("sentencesA.why.paymentsDisrupted"),
  },
  {
    // Digital payment rails and links with China in place let buyers pay a seller abroad
    // (e.g. Alipay+ in a Singapore bank's app from 2023: evidence sgp-ocbc-alipayplus-2023).
    id: "payments-available",
    applies: (i) => i.kind === "payments:available",
    for: ["cross_border_export", "strategic_partnership"],
    against: [],
    why: (_, w) => w.t("sentencesA.why.paymentsAvailable"),
  },
  {
    // Shares of the leading platforms: where two hold most of the market, a newcomer meets them
    // head-on, while a stake or a partnership joins them (Alibaba bought control of Lazada in
    // 2016 rather than build its own: T. lines 1752-1758).
    id: "incumbents-concentrated",
    applies: (i) => i.kind === "incumbents:top2" && (i.value ?? 0) >= 60,
    for: ["acquisition_stake", "strategic_partnership"],
    against: ["own_subsidiary", "cross_border_export"],
    why: (i, w) => w.t("sentencesA.why.incumbentsConcentrated", { share: w.f.formatPercent((i.value ?? 0) / 100, 0) }),
  },
  {
    // Tariffs cut under an agreement with China lower the cost of goods sent from China.
    id: "trade-agreement",
    applies: (i) => i.kind === "agreement:bilateral_fta" || i.kind === "agreement:regional_fta",
    for: ["cross_border_export"],
    against: [],
    why: (_, w) => w.t("sentencesA.why.tradeAgreement"),
  },
  {
    // Fast-growing online sales favour entering at all, whatever the mode.
    id: "fast-growth",
    applies: (i) => i.kind === "ecommerce_growth_pct" && (i.value ?? 0) >= 15,
    for: ALL_MODES,
    against: [],
    why: (i, w) => w.t("sentencesA.why.fastGrowth", { share: w.f.formatPercent((i.value ?? 0) / 100, 0) }),
  },
];

const yearOf = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

/** Every dated item of the market's evidence the rules read, newest first. */
export function evidenceItems(profile: MarketProfile | undefined, locale: Locale = DEFAULT_LOCALE): Item[] {
  if (!profile) return [];
  const w = wordsFor(locale);
  const { t, f } = w;
  const items: Item[] = [];
  for (const e of profile.evidence) {
    if (e.metric === "cross_border_share_of_online_commerce") {
      items.push({
        ...line(
          w.data("evidence", e.id, "statement", e.statement),
          e.year,
          e.yearNote === null ? null : w.data("evidence", e.id, "year_note", e.yearNote),
          e.source,
          e.locator,
        ),
        kind: e.metric,
        value: e.value,
        burden: null,
      });
    }
  }
  for (const r of profile.foreignSellerRules.filter((r) => r.inForce)) {
    const year = yearOf(r.effective ?? r.published);
    if (year === null) continue;
    items.push({
      ...line(
        t("sentencesA.evidence.rule", {
          ruleType: ruleTypeLabel(w, r.ruleType),
          statement: w.data("foreign-seller-rules", r.id, "statement", r.statement),
        }),
        year,
        r.effective ? t("sentencesA.evidence.inForceSince", { date: r.effective }) : null,
        sourceLine(r),
        r.locator,
      ),
      kind: `rule:${r.ruleType}`,
      value: r.threshold,
      burden: r.burden,
    });
  }
  // The data set does not mark a payment item as a disruption or as a rail that works. Under broad
  // sanctions the items record disruptions (cards cut off, banks refusing transfers: every Russian
  // item); elsewhere they record rails and links in place (PayNow, QR links, Alipay+). So payment
  // and settlement items count as disrupted only where the market is under broad sanctions.
  const sanctioned =
    profile.sanctionsPrograms.some((p) => !p.until && p.scope !== "targeted") ||
    profile.context.some((c) => c.topic === "sanctions");
  for (const c of profile.context) {
    const year = yearOf(c.effective ?? c.published);
    if (year === null) continue;
    const payment = c.topic === "payment_rails" || c.topic === "settlement";
    const kind = payment ? (sanctioned ? "payments:disrupted" : "payments:available") : `context:${c.topic}`;
    const statement = w.data("market-context", c.id, "statement", c.statement);
    items.push({ ...line(statement, year, null, sourceLine(c), c.locator), kind, value: null, burden: null });
  }
  for (const s of profile.sanctionsPrograms) {
    if (s.until) continue;
    const year = yearOf(s.since);
    if (year === null) continue;
    items.push({
      ...line(
        t("sentencesA.evidence.sanctions", { authority: s.authority, scope: s.scope, program: s.program }),
        year,
        null,
        sourceLine(s),
        s.locator,
      ),
      kind: `sanctions:${s.scope}`,
      value: null,
      burden: null,
    });
  }
  for (const a of profile.tradeAgreements) {
    const year = yearOf(a.inForce);
    if (year === null) continue;
    items.push({
      ...line(t("sentencesA.evidence.agreement", { agreement: a.agreement }), year, null, sourceLine(a), a.locator),
      kind: `agreement:${a.kind}`,
      value: null,
      burden: null,
    });
  }
  const top2 = topTwoShare(profile, w);
  if (top2) items.push(top2);
  const growth = profile.ecommerceSize.figures
    .filter((f) => f.measure === "ecommerce_growth_pct" && f.kind !== "forecast")
    .sort((a, b) => b.year - a.year)[0];
  if (growth) {
    items.push({
      ...line(
        t("sentencesA.evidence.growth", {
          share: f.formatPercent(growth.value / 100, 0),
          publisher: growth.publisher,
        }),
        growth.year,
        null,
        sourceLine(growth),
        growth.locator,
      ),
      kind: "ecommerce_growth_pct",
      value: growth.value,
      burden: null,
    });
  }
  return items.sort(newestFirst);
}

/** The two largest platform shares of the latest year that has at least two, summed. */
function topTwoShare(profile: MarketProfile, w: Words): Item | null {
  const shares = profile.incumbents.filter((i) => i.measure === "market_share_pct" && i.value !== null);
  const years = [...new Set(shares.map((s) => s.year))].sort((a, b) => b - a);
  for (const year of years) {
    const top = shares
      .filter((s) => s.year === year)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 2);
    if (top.length < 2) continue;
    const sum = top.reduce((acc, s) => acc + (s.value ?? 0), 0);
    return {
      ...line(
        w.t("sentencesA.evidence.topTwo", {
          platforms: w.list(top.map((s) => `${s.platform} ${w.f.formatPercent((s.value ?? 0) / 100, 1)}`)),
          unit: top[0]!.unit ?? w.t("sentencesA.evidence.share"),
        }),
        year,
        null,
        sourceLine(top[0]!),
        top[0]!.locator,
      ),
      kind: "incumbents:top2",
      value: sum,
      burden: null,
    };
  }
  return null;
}

const line = (
  statement: string,
  year: number,
  yearNote: string | null,
  source: string,
  locator: string,
): EvidenceLine => ({
  statement,
  year,
  yearNote,
  source,
  locator,
});

const newestFirst = (a: EvidenceLine, b: EvidenceLine) => b.year - a.year || a.statement.localeCompare(b.statement);

/** The dated evidence for and against entering the market by the entry mode, newest first. */
export function forAgainst(
  profile: MarketProfile | undefined,
  mode: string,
  locale: Locale = DEFAULT_LOCALE,
): ForAgainst {
  const w = wordsFor(locale);
  const result: ForAgainst = { for: [], against: [] };
  for (const item of evidenceItems(profile, locale)) {
    for (const rule of STANCE_RULES) {
      if (!rule.applies(item)) continue;
      const stance: StanceLine = {
        statement: item.statement,
        year: item.year,
        yearNote: item.yearNote,
        source: item.source,
        locator: item.locator,
        why: rule.why(item, w),
        rule: rule.id,
      };
      if (rule.for.includes(mode)) result.for.push(stance);
      if (rule.against.includes(mode)) result.against.push(stance);
    }
  }
  result.for.sort(newestFirst);
  result.against.sort(newestFirst);
  return result;
}
