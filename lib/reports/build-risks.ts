import type { MarketProfile } from "@/lib/contracts/api";
import { RULE_TYPE_LABELS, sourceLine } from "@/lib/evidence/labels";
import { formatNumber } from "@/lib/format";

import { evidenceItems, STANCE_RULES } from "./build-for-against";
import type { EvidenceLine, MaterialRisk, MatrixSection, RiskCategory } from "./model";

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

export const RISK_RANKING_RULE =
  "Risks are ranked by severity (1-3) × bearing (2 when the risk bears on the recommended entry mode, else 1) × recency (1 when the newest evidence is at most three years old, else 0.5; rules in force count as current).";

const CATEGORY_NAMES: Record<RiskCategory, string> = {
  sanctions: "Sanctions",
  payments: "Payments and settlement",
  rules: "Rules for foreign sellers",
  incumbents: "Incumbent platforms",
  logistics: "Logistics",
};
const ORDER: RiskCategory[] = ["sanctions", "payments", "rules", "incumbents", "logistics"];

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
): MaterialRisk[] {
  const items = evidenceItems(profile);
  const drafts: Draft[] = [];
  const name = profile?.market.name ?? iso3;

  const sanctions = items.filter((i) => i.kind.startsWith("sanctions:") || i.kind === "context:sanctions");
  if (sanctions.length > 0) {
    const broad = sanctions.some((i) => i.kind !== "sanctions:targeted");
    drafts.push({
      category: "sanctions",
      title: broad
        ? `Sanctions on ${name}: ${count(sanctions.length, "dated item")} on sanctions programmes and their effects`
        : `Targeted sanctions listings on ${name}`,
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
      title: `Payments and settlement with ${name}: ${count(payments.length, "dated item")} on payment systems and settlement under sanctions`,
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
      title: `Rules for foreign sellers in ${name}: ${rules.length} in force, the heaviest ${BURDEN_WORDS[top.burden] ?? "a burden"} (${RULE_TYPE_LABELS[top.ruleType] ?? top.ruleType})`,
      severity: Math.min(3, top.burden) as 1 | 2 | 3,
      newestYear: Math.max(...rules.map((r) => Number((r.effective ?? r.published ?? "0").slice(0, 4)))) || null,
      evidence: rules.slice(0, EVIDENCE_PER_RISK).map((r) => ({
        statement: `${RULE_TYPE_LABELS[r.ruleType] ?? r.ruleType}: ${r.statement}`,
        year: Number((r.effective ?? r.published ?? "0").slice(0, 4)),
        yearNote: r.effective ? `in force since ${r.effective}` : "start date not stated by the source",
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
      title: `Incumbents in ${name}: the two largest platforms hold ${formatNumber(top2.value ?? 0, 0)}% of the market`,
      severity: (top2.value ?? 0) >= 60 ? 2 : 1,
      newestYear: top2.year,
      evidence: [plain(top2)],
      modes: BEARS_ON.incumbents,
      current: false,
    });
  }

  const logistics = logisticsRisk(matrix, iso3, name);
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
        categoryName: CATEGORY_NAMES[d.category],
        bearsOnMode: bears,
        recency,
        weight: d.severity * (bears ? 2 : 1) * recency,
      };
    })
    .sort((a, b) => b.weight - a.weight || ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
}

const BURDEN_WORDS: Record<number, string> = {
  1: "a cost or compliance step",
  2: "a substantial barrier",
  3: "blocks an entry route",
};

function logisticsRisk(matrix: MatrixSection, iso3: string, name: string): Draft | null {
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
    title: `Logistics in ${name}: Logistics Performance Index ${own.display}, ${weakest ? "the weakest" : "below the median"} of the ${values.length} markets compared`,
    severity: weakest ? 2 : 1,
    newestYear: own.year,
    evidence: [
      {
        statement: `Logistics Performance Index ${own.display} (World Bank survey of customs, infrastructure, shipments, tracking and timeliness)`,
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

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
