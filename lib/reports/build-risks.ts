import type { MarketProfile } from "@/lib/contracts/api";
import { sourceLine } from "@/lib/evidence/labels";
import { marketName } from "@/lib/i18n/data-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { evidenceItems, STANCE_RULES } from "./build-for-against";
import { ruleTypeLabel } from "./build-shortlist";
import type { EvidenceLine, MaterialRisk, MatrixSection, RiskCategory } from "./model";
import { wordsFor, type Words } from "./words";

// The material risks of a market (issue 11 §3): from the evidence categories that can stop or
// cripple an entry (sanctions, payments, rules for foreign sellers, the incumbents' hold on the
// market, logistics), not from whichever indicators happen to score lowest. Pure.
//
// Ranking rule, stated in the report (RISK_RANKING_RULE): weight = severity × bearing × recency.
// - severity 1-3: sanctions 3 for a sectoral or comprehensive programme or dated sanctions events,
//   1 for targeted listings only; payments 2 for dated disruptions of payment or settlement (payment
//   items of a market under broad sanctions: see build-for-against.ts); rules
//   for foreign sellers: the highest burden of a rule in force (the data set's 1-3 scale: a cost,
//   a substantial barrier, blocks an entry route); incumbents 2 when the two largest platforms hold
//   60% or more, 1 from 40%; logistics 2 for the weakest Logistics Performance Index of the markets
//   compared, 1 below their median.
// - bearing 2 when the risk bears on the recommended entry mode, else 1 (1 for all without one).
// - recency 1 when the newest evidence is at most three years older than the report, else 0.5;
//   rules in force count as current.
// Equal weights keep the order of the categories above.

// The rule as the report states it: messages/<locale>/report.json, sentencesA.risks.rankingRule.

const ORDER: RiskCategory[] = ["sanctions", "payments", "rules", "incumbents", "logistics"];
const categoryName = (w: Words, category: RiskCategory) => w.t(`sentencesA.risks.categories.${category}`);

/** Entry modes each category bears on (rules: the modes the rule counts against, see build-for-against.ts). */
const BEARS_ON: Record<Exclude<RiskCategory, "rules">, string[] | "all"> = {
  // Sanctions reach payments to a seller abroad and capital held in the market alike.
  sanctions: "all",
  payments: "all",
  // A newcomer that sells itself meets the incumbents head-on; a stake or a partner joins them.
  incumbents: ["own_subsidiary", "cross_border_export"],
  // Parcels from abroad and an own delivery network depend on the host's logistics.
  logistics: ["cross_border_export", "own_subsidiary"],
};

const EVIDENCE_PER_RISK = 3;

type Draft = Omit<MaterialRisk, "weight" | "categoryName" | "bearsOnMode" | "recency"> & {
  modes: string[] | "all";
  current: boolean;
};

export function materialRisks(
  profile: MarketProfile | undefined,
  mode: string | null,
  matrix: MatrixSection,
  iso3: string,
  reportYear: number,
  locale: Locale = DEFAULT_LOCALE,
): MaterialRisk[] {
  const w = wordsFor(locale);
  const { t, f } = w;
  const items = evidenceItems(profile, locale);
  const drafts: Draft[] = [];
  const name = marketName(locale, iso3, profile?.market.name ?? iso3);

  const sanctions = items.filter((i) => i.kind.startsWith("sanctions:") || i.kind === "context:sanctions");
  if (sanctions.length > 0) {
    const broad = sanctions.some((i) => i.kind !== "sanctions:targeted");
    drafts.push({
      category: "sanctions",
      title: broad
        ? t("sentencesA.risks.sanctionsBroad", { market: name, count: sanctions.length })
        : t("sentencesA.risks.sanctionsTargeted", { market: name }),
      severity: broad ? 3 : 1,
      newestYear: sanctions[0]!.year,
      evidence: sanctions.slice(0, EVIDENCE_PER_RISK).map(plain),
      modes: BEARS_ON.sanctions,
      current: false,
    });
  }

  const payments = items.filter((i) => i.kind === "payments:disrupted");
  if (payments.length > 0) {
    drafts.push({
      category: "payments",
      title: t("sentencesA.risks.payments", { market: name, count: payments.length }),
      severity: 2,
      newestYear: payments[0]!.year,
      evidence: payments.slice(0, EVIDENCE_PER_RISK).map(plain),
      modes: BEARS_ON.payments,
      current: false,
    });
  }

  const rules = (profile?.foreignSellerRules ?? [])
    .filter((r) => r.inForce && r.burden >= 1)
    .sort((a, b) => b.burden - a.burden || (b.effective ?? "").localeCompare(a.effective ?? ""));
  if (rules.length > 0) {
    const top = rules[0]!;
    const ruleItems = items.filter((i) => i.kind.startsWith("rule:") && (i.burden ?? 0) >= 1);
    const against = new Set(
      STANCE_RULES.filter((rule) => ruleItems.some((i) => rule.applies(i))).flatMap((rule) => rule.against),
    );
    drafts.push({
      category: "rules",
      title: t("sentencesA.risks.rules", {
        market: name,
        count: rules.length,
        burden: BURDEN_KEYS[top.burden] ?? "other",
        ruleType: ruleTypeLabel(w, top.ruleType),
      }),
      severity: Math.min(3, top.burden) as 1 | 2 | 3,
      newestYear: Math.max(...rules.map((r) => Number((r.effective ?? r.published ?? "0").slice(0, 4)))) || null,
      evidence: rules.slice(0, EVIDENCE_PER_RISK).map((r) => ({
        statement: t("sentencesA.evidence.rule", {
          ruleType: ruleTypeLabel(w, r.ruleType),
          statement: w.data("foreign-seller-rules", r.id, "statement", r.statement),
        }),
        year: Number((r.effective ?? r.published ?? "0").slice(0, 4)),
        yearNote: r.effective
          ? t("sentencesA.evidence.inForceSince", { date: r.effective })
          : t("sentencesA.evidence.startNotStated"),
        source: sourceLine(r),
        locator: r.locator,
      })),
      modes: [...against],
      current: true,
    });
  }

  const top2 = items.find((i) => i.kind === "incumbents:top2");
  if (top2 && (top2.value ?? 0) >= 40) {
    drafts.push({
      category: "incumbents",
      title: t("sentencesA.risks.incumbents", { market: name, share: f.formatPercent((top2.value ?? 0) / 100, 0) }),
      severity: (top2.value ?? 0) >= 60 ? 2 : 1,
      newestYear: top2.year,
      evidence: [plain(top2)],
      modes: BEARS_ON.incumbents,
      current: false,
    });
  }

  const logistics = logisticsRisk(w, matrix, iso3, name);
  if (logistics) drafts.push(logistics);

  return drafts
    .map((d): MaterialRisk => {
      const bears = mode === null ? false : d.modes === "all" || d.modes.includes(mode);
      const recency = d.current || (d.newestYear !== null && d.newestYear >= reportYear - 3) ? 1 : 0.5;
      return {
        category: d.category,
        title: d.title,
        severity: d.severity,
        newestYear: d.newestYear,
        evidence: d.evidence,
        categoryName: categoryName(w, d.category),
        bearsOnMode: bears,
        recency,
        weight: d.severity * (bears ? 2 : 1) * recency,
      };
    })
    .sort((a, b) => b.weight - a.weight || ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
}

const BURDEN_KEYS: Record<number, "cost" | "barrier" | "blocks"> = { 1: "cost", 2: "barrier", 3: "blocks" };

function logisticsRisk(w: Words, matrix: MatrixSection, iso3: string, name: string): Draft | null {
  const criterion = matrix.criteria.find((c) => c.key === "lpi_score");
  if (!criterion) return null;
  const own = matrix.cells[iso3]?.lpi_score;
  const values = matrix.markets
    .map((m) => matrix.cells[m.iso3]?.lpi_score?.value)
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  if (!own || values.length < 2) return null;
  const median =
    values.length % 2
      ? values[(values.length - 1) / 2]!
      : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
  const weakest = own.value <= values[0]!;
  if (!weakest && own.value >= median) return null;
  return {
    category: "logistics",
    title: w.t("sentencesA.risks.logistics", {
      market: name,
      value: own.display,
      weakest: weakest ? "yes" : "no",
      count: values.length,
    }),
    severity: weakest ? 2 : 1,
    newestYear: own.year,
    evidence: [
      {
        statement: w.t("sentencesA.risks.logisticsEvidence", { value: own.display }),
        year: own.year ?? 0,
        yearNote: null,
        source: own.source,
        locator: "lpi_score",
      },
    ],
    modes: BEARS_ON.logistics,
    current: false,
  };
}

const plain = (e: EvidenceLine): EvidenceLine => ({
  statement: e.statement,
  year: e.year,
  yearNote: e.yearNote,
  source: e.source,
  locator: e.locator,
});
