"use client";

import { useLocale, useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge } from "@/components/ui/page-header";
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { Link } from "@/lib/i18n/navigation";
import {
  ASSESSMENT_MAX,
  ASSESSMENT_MIN,
  rawCriterionWeight,
  rawGroupWeight,
  type MarketRef,
  type WorkspaceCriterion,
} from "@/lib/workspace/scoring-input";
import { ratingKeyForGroup } from "@/lib/workspace/market-ratings";
import { criterionSliderId, groupSliderId, type WeightBand, type WeightBands } from "@/lib/workspace/weight-bands";

import { groupColor } from "./criterion-colors";
import { WeightSlider, type SliderBand } from "./weight-slider";

export interface WeightShares {
  /** Group key → share of the total weight (0-1); absent = not scored. */
  groups: Record<string, number>;
  /** Criterion key → share within its group and of the total; absent = not scored. */
  criteria: Record<string, { withinGroup: number; global: number }>;
  /** Sum of the raw weights of the scored groups, and of the scored criteria in each group. */
  groupRawTotal: number;
  criterionRawTotals: Record<string, number>;
}

interface Props {
  data: ScoringData;
  state: WorkspaceState;
  criteria: readonly WorkspaceCriterion[];
  shares: WeightShares | null;
  bands: WeightBands | null;
  marketNames: Record<string, string>;
  selectedMarkets: readonly MarketRef[];
  omittedReasons: Record<string, string>;
  ahpHref: string;
  onGroupWeight: (key: string, value: number) => void;
  onCriterionWeight: (key: string, value: number) => void;
  onAssessment: (iso3: string, key: string, value: number | null) => void;
  onResetWeights: () => void;
}

export function CriteriaPanel(props: Props) {
  const { data, state, criteria, shares, bands, marketNames, ahpHref } = props;
  const t = useTranslations("workspace");
  const { formatPercent } = useFormatters();
  const directionText = { benefit: t("criteria.benefit"), cost: t("criteria.cost") } as const;
  const leaderName = bands ? (marketNames[bands.leader] ?? bands.leader) : null;

  // The band's edges as shares, like the figure the slider shows: v / (v + the others' raw weights).
  const bandFor = (sliderId: string, current: number, total: number | undefined, unitOf: string): SliderBand | null => {
    const band: WeightBand | undefined = bands?.bands[sliderId];
    if (!band || total === undefined || !leaderName) return null;
    const rest = total - current;
    const asShare = (v: number) => (rest + v > 0 ? v / (rest + v) : 0);
    const low = asShare(band.low);
    const high = asShare(band.high);
    const range = t("criteria.bandRange", { low: formatPercent(low, 0), high: formatPercent(high, 0), of: unitOf });
    const edges = [
      band.lowChallenger
        ? t("criteria.bandBelow", { market: marketNames[band.lowChallenger] ?? band.lowChallenger })
        : null,
      band.highChallenger
        ? t("criteria.bandAbove", { market: marketNames[band.highChallenger] ?? band.highChallenger })
        : null,
    ].filter(Boolean);
    return {
      low: band.low,
      high: band.high,
      text: t("criteria.band", {
        leader: leaderName,
        range,
        edges: edges.length ? t("criteria.edgesJoin", { edges: edges.join(", ") }) : "",
      }),
    };
  };

  return (
    <div className="space-y-5">
      <p className="text-xs leading-5 text-slate-700">
        {t.rich("criteria.rawIntro", { b: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </p>
      {leaderName ? (
        <p className="flex items-start gap-2 text-xs leading-5 text-slate-700">
          <span aria-hidden="true" className="mt-2 inline-block h-1 w-6 shrink-0 rounded-full bg-emerald-600" />
          <span>
            {t.rich("criteria.bandIntro", {
              leader: leaderName,
              b: (chunks) => <strong className="font-semibold">{chunks}</strong>,
            })}
          </span>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={props.onResetWeights}
          className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("criteria.reset")}
        </button>
        <Link
          href={ahpHref}
          className="border-brand-100 bg-brand-50 text-brand-900 hover:bg-brand-100 rounded border px-2.5 py-1 text-sm font-medium"
        >
          {t("criteria.ahp")}
        </Link>
      </div>
      {data.criteriaGroups.map((group, groupIndex) => {
        const members = criteria.filter((c) => c.group === group.key);
        const groupShare = shares?.groups[group.key];
        const groupRaw = rawGroupWeight(data, state, group.key);
        const groupReason = props.omittedReasons[`group:${group.key}`];
        const assessed = group.measurement === "user_assessment";
        return (
          <section
            key={group.key}
            aria-labelledby={`group-${group.key}`}
            className="border-t border-slate-200 pt-4"
            data-group={group.key}
          >
            <h3
              id={`group-${group.key}`}
              className="mb-2 flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-600 uppercase"
            >
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-sm"
                style={{ backgroundColor: groupColor(groupIndex) }}
              />
              {assessed ? t("criteria.yourAssessment") : t("criteria.group")}
              {/* The group's name makes each section's landmark name unique (axe: landmark-unique). */}
              <span className="sr-only">: {group.name}</span>
            </h3>
            <WeightSlider
              level="group"
              name={group.name}
              value={groupRaw}
              share={groupShare === undefined ? null : formatPercent(groupShare, 0)}
              valueText={
                groupShare === undefined
                  ? t("criteria.notScoredValue", { reason: groupReason ?? t("criteria.noData") })
                  : t("criteria.ofTotalWeight", { share: formatPercent(groupShare, 1) })
              }
              band={bandFor(
                groupSliderId(group.key),
                groupRaw,
                groupShare === undefined ? undefined : shares?.groupRawTotal,
                t("criteria.ofTotal"),
              )}
              summary={
                groupShare === undefined ? (
                  <span className="text-amber-900">
                    {t("criteria.notScored", { reason: groupReason ?? t("criteria.noDataSelected") })}
                  </span>
                ) : (
                  <span>
                    {members.length > 1
                      ? t("criteria.indicators", { count: members.length })
                      : assessed
                        ? t("criteria.ratedByYou")
                        : t("criteria.indicators", { count: 1 })}
                  </span>
                )
              }
              help={
                <>
                  <p>{group.description}</p>
                  <p>
                    <Link href={`/framework#criteria-${group.key}`} className="text-brand-700 underline">
                      {t("criteria.inFramework", { group: group.name })}
                    </Link>
                  </p>
                </>
              }
              onChange={(v) => props.onGroupWeight(group.key, v)}
            />
            {assessed ? (
              <AssessmentInputs
                groupKey={group.key}
                groupName={group.name}
                markets={props.selectedMarkets}
                state={state}
                groupWeight={groupRaw}
                notScored={
                  groupShare === undefined
                    ? (groupReason ?? props.omittedReasons[`criterion:${group.key}`] ?? null)
                    : null
                }
                onAssessment={props.onAssessment}
              />
            ) : (
              <ul
                className="mt-3 space-y-3 border-l-2 border-slate-100"
                aria-label={t("criteria.indicatorsOf", { group: group.name })}
              >
                {members.map((criterion) => {
                  const share = shares?.criteria[criterion.key];
                  const raw = rawCriterionWeight(state, criterion);
                  const reason = props.omittedReasons[`criterion:${criterion.key}`];
                  return (
                    <li key={criterion.key} data-criterion={criterion.key}>
                      <WeightSlider
                        level="indicator"
                        name={criterion.name}
                        value={raw}
                        share={share ? t("criteria.ofGroup", { share: formatPercent(share.withinGroup, 0) }) : null}
                        detail={share ? t("criteria.overall", { share: formatPercent(share.global, 1) }) : null}
                        valueText={
                          share
                            ? t("criteria.shareText", {
                                withinGroup: formatPercent(share.withinGroup, 1),
                                group: group.name,
                                global: formatPercent(share.global, 1),
                              })
                            : t("criteria.notScoredValue", { reason: reason ?? t("criteria.noData") })
                        }
                        band={bandFor(
                          criterionSliderId(criterion.key),
                          raw,
                          share ? shares?.criterionRawTotals[group.key] : undefined,
                          group.name,
                        )}
                        summary={
                          <>
                            {criterion.unit} · {directionText[criterion.direction]}
                            {reason ? (
                              <span className="text-amber-900">{t("criteria.notScoredInline", { reason })}</span>
                            ) : null}
                          </>
                        }
                        help={
                          <>
                            <p>{criterion.definition}</p>
                            <p>
                              <span className="font-medium">{t("criteria.unit")}</span> {criterion.unit};{" "}
                              {directionText[criterion.direction]}.
                            </p>
                            <p>
                              <span className="font-medium">{t("criteria.source")}</span> {criterion.source};{" "}
                              {criterion.dataset}.
                            </p>
                          </>
                        }
                        onChange={(v) => props.onCriterionWeight(criterion.key, v)}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function AssessmentInputs({
  groupKey,
  groupName,
  markets,
  state,
  groupWeight,
  notScored,
  onAssessment,
}: {
  groupKey: string;
  groupName: string;
  markets: readonly MarketRef[];
  state: WorkspaceState;
  groupWeight: number;
  notScored: string | null;
  onAssessment: Props["onAssessment"];
}) {
  const t = useTranslations("workspace.criteria");
  const locale = useLocale();
  // English writes the group's name in lower case inside a sentence; other languages keep it.
  const inSentence = locale === "en" ? groupName.toLowerCase() : groupName;
  const rated = markets.filter((m) => state.assessments[m.iso3]?.[ratingKeyForGroup(groupKey)] !== undefined).length;
  // Why a rating can change nothing (issue 11 §7): the group weighs 0 in every weight preset until
  // the user gives it weight, and ratings of too few markets fall under the coverage threshold.
  const idle =
    rated === 0
      ? null
      : groupWeight === 0
        ? t("idleZero", { count: rated, group: groupName })
        : notScored
          ? t("idleNotScored", { reason: notScored })
          : null;
  const scale = Array.from({ length: ASSESSMENT_MAX - ASSESSMENT_MIN + 1 }, (_, i) => ASSESSMENT_MIN + i);
  return (
    <fieldset className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <legend className="px-1 text-xs font-semibold text-amber-950">
        <Badge tone="amber">{t("assessmentBadge")}</Badge>
      </legend>
      <p className="text-xs leading-5 text-amber-950">{t("assessmentIntro", { group: inSentence })}</p>
      {idle ? (
        <p role="status" className="mt-2 text-xs font-medium text-amber-950">
          {idle}
        </p>
      ) : null}
      {markets.length === 0 ? (
        <p className="mt-2 text-xs text-amber-950">{t("selectToRate")}</p>
      ) : (
        <div className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5">
          {markets.map((m) => {
            const current = state.assessments[m.iso3]?.[ratingKeyForGroup(groupKey)];
            const id = `assess-${groupKey}-${m.iso3}`;
            return (
              <div key={m.iso3} className="contents">
                <label htmlFor={id} className="text-sm text-slate-900">
                  {m.name}
                  <span className="sr-only">{t("ratingLabel", { group: inSentence })}</span>
                </label>
                <select
                  id={id}
                  value={current === undefined ? "" : String(current)}
                  onChange={(e) =>
                    onAssessment(
                      m.iso3,
                      ratingKeyForGroup(groupKey),
                      e.currentTarget.value === "" ? null : Number(e.currentTarget.value),
                    )
                  }
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
                >
                  <option value="">{t("notRated")}</option>
                  {scale.map((v) => (
                    <option key={v} value={v}>
                      {v === ASSESSMENT_MIN
                        ? t("weak", { value: v })
                        : v === ASSESSMENT_MAX
                          ? t("intense", { value: v })
                          : v}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
