/**
 * What the AHP page can compare: the criteria groups that have data for the selected markets,
 * and the indicators of each such group, with their current shares for comparison. Pure.
 */
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { globalWeights } from "@/lib/scoring/criteriaTree";

import { rawCriterionWeight, workspaceScoringInput } from "./scoring-input";

export interface ComparisonItem {
  key: string;
  name: string;
  /** Current share: of the total for a group, within its group for an indicator. */
  currentShare: number;
}

export interface ComparisonSetData {
  key: string;
  label: string;
  /** For a set of indicators: its group's name (pages word the label from it). */
  groupName?: string;
  target: "groups" | "indicators";
  items: ComparisonItem[];
}

export function comparisonSets(data: ScoringData, state: WorkspaceState): ComparisonSetData[] {
  const scoring = workspaceScoringInput(data, state);
  if (!scoring.ok) return [];
  const groupNames = new Map(data.criteriaGroups.map((g) => [g.key, g.name]));
  const weights = globalWeights(scoring.input.criteria, scoring.input.groups);
  const groupShare = new Map<string, number>();
  scoring.input.criteria.forEach((c, k) => groupShare.set(c.group!, (groupShare.get(c.group!) ?? 0) + weights[k]!));

  const groups = scoring.input.groups ?? [];
  const sets: ComparisonSetData[] = [
    {
      key: "groups",
      label: "The criteria groups",
      target: "groups",
      items: groups.map((g) => ({
        key: g.id,
        name: groupNames.get(g.id) ?? g.id,
        currentShare: groupShare.get(g.id) ?? 0,
      })),
    },
  ];
  for (const g of groups) {
    const members = scoring.criteria.filter((c) => c.group === g.id && c.kind === "indicator");
    const total = members.reduce((s, c) => s + rawCriterionWeight(state, c), 0);
    sets.push({
      key: g.id,
      label: `Indicators of ${groupNames.get(g.id) ?? g.id}`,
      groupName: groupNames.get(g.id) ?? g.id,
      target: "indicators",
      items: members.map((c) => ({
        key: c.key,
        name: c.name,
        currentShare: total > 0 ? rawCriterionWeight(state, c) / total : 0,
      })),
    });
  }
  return sets;
}
