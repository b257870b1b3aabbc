"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

import { MarketChooser } from "@/components/markets/market-chooser";
import { Card } from "@/components/ui/page-header";
import type { FirmProfileInput as FirmProfile } from "@/lib/contracts/fit";
import {
  DECISION_CRITERIA_MAX,
  DECISION_CRITERIA_MIN,
  DECISION_MARKETS_MAX,
  DECISION_MARKETS_MIN,
  DECISION_PARTICIPANTS_MIN,
  type CreateDecision,
  type Decision,
  type DecisionAggregation,
  type DecisionMethod,
  type DecisionPeople,
} from "@/lib/contracts/decisions";
import { useRouter } from "@/lib/i18n/navigation";
import type { SearchableMarket } from "@/lib/workspace/market-search";

import { useDecisionApi, type DecisionApiFailure } from "./api";

export interface CriteriaGroupChoice {
  key: string;
  name: string;
  indicators: { key: string; name: string }[];
}

interface Props {
  markets: readonly SearchableMarket[];
  groups: readonly CriteriaGroupChoice[];
  firmPresets: readonly { key: string; name: string; profile: FirmProfile }[];
  /** Markets a firm can come from, sorted by name; the default home first in meaning, not order. */
  homes: readonly { iso3: string; name: string }[];
  defaultHome: string;
}

type Person = DecisionPeople["people"][number];

const fieldClass = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const legendClass = "text-sm font-semibold text-slate-900";

/**
 * "Open a decision" (issue 13 §4.1): the markets, the criteria (the groups, or one group's
 * indicators), the method and its aggregation, optionally the firm and its home, and who takes part
 * with what say. The server validates it all again (CreateDecisionSchema) and names what is wrong.
 */
export function OpenDecisionForm({ markets, groups, firmPresets, homes, defaultHome }: Props) {
  const t = useTranslations("decisions.open");
  const api = useDecisionApi();
  const router = useRouter();
  const ids = { name: useId(), group: useId(), preset: useId(), home: useId() };
  const [name, setName] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [level, setLevel] = useState<"groups" | "indicators">("groups");
  const withIndicators = groups.filter((g) => g.indicators.length >= DECISION_CRITERIA_MIN);
  const [groupKey, setGroupKey] = useState(withIndicators[0]?.key ?? "");
  const [criteria, setCriteria] = useState<string[]>(groups.map((g) => g.key));
  const [method, setMethod] = useState<DecisionMethod>("direct");
  const [aggregation, setAggregation] = useState<DecisionAggregation>("aij");
  const [preset, setPreset] = useState("");
  const [home, setHome] = useState(defaultHome);
  const [people, setPeople] = useState<Person[] | null>(null);
  const [peopleError, setPeopleError] = useState<string | null>(null);
  const [seats, setSeats] = useState<Record<string, number>>({});
  const [failure, setFailure] = useState<DecisionApiFailure>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api<DecisionPeople>("/people").then((answer) => {
      if (!live) return;
      if (answer.ok) setPeople(answer.data.people);
      else setPeopleError(answer.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const options =
    level === "groups"
      ? groups.map(({ key, name }) => ({ key, name }))
      : (withIndicators.find((g) => g.key === groupKey)?.indicators ?? []);
  const chooseLevel = (next: "groups" | "indicators", group = groupKey) => {
    setLevel(next);
    setGroupKey(group);
    const keys =
      next === "groups"
        ? groups.map((g) => g.key)
        : (withIndicators.find((g) => g.key === group)?.indicators ?? []).map((i) => i.key);
    setCriteria(keys.slice(0, DECISION_CRITERIA_MAX));
  };
  const toggle = (list: string[], key: string, on: boolean) => (on ? [...list, key] : list.filter((k) => k !== key));

  const seated = Object.keys(seats);
  const ready =
    name.trim() !== "" &&
    selected.length >= DECISION_MARKETS_MIN &&
    selected.length <= DECISION_MARKETS_MAX &&
    criteria.length >= DECISION_CRITERIA_MIN &&
    criteria.length <= DECISION_CRITERIA_MAX &&
    seated.length >= DECISION_PARTICIPANTS_MIN;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    // Keep the criteria in the tree's order, whatever order they were ticked in.
    const keys = options.map((o) => o.key).filter((k) => criteria.includes(k));
    const body: CreateDecision = {
      name: name.trim(),
      setup: {
        markets: selected,
        criteria: level === "groups" ? { level, keys } : { level, group: groupKey, keys },
        method,
        aggregation,
        rankingMethod: "wsm",
        firmProfile: firmPresets.find((p) => p.key === preset)?.profile ?? null,
        ...(home !== defaultHome ? { home } : {}),
      },
      participants: seated.map((userId) => ({ userId, weight: seats[userId]! })),
    };
    const answer = await api<Decision>("", { method: "POST", body });
    if (answer.ok) {
      router.push(`/decisions/${answer.data.id}`);
      return;
    }
    setBusy(false);
    setFailure(answer);
  };

  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      <form onSubmit={submit} className="mt-4 space-y-6">
        <div>
          <label htmlFor={ids.name} className={legendClass}>
            {t("name")}
          </label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            required
            className={fieldClass}
          />
        </div>

        <fieldset>
          <legend className={legendClass}>
            {t("markets", { selected: selected.length, min: DECISION_MARKETS_MIN, max: DECISION_MARKETS_MAX })}
          </legend>
          <div className="mt-2">
            <MarketChooser
              markets={markets}
              selected={selected}
              onChange={setSelected}
              max={DECISION_MARKETS_MAX}
              presets
              listLabel={t("marketList")}
            />
          </div>
        </fieldset>

        <fieldset>
          <legend className={legendClass}>{t("criteria")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="level" checked={level === "groups"} onChange={() => chooseLevel("groups")} />
              {t("levelGroups")}
            </label>
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="level"
                checked={level === "indicators"}
                disabled={withIndicators.length === 0}
                onChange={() => chooseLevel("indicators")}
              />
              {t("levelIndicators")}
            </label>
          </div>
          {level === "indicators" ? (
            <div className="mt-2">
              <label htmlFor={ids.group} className="block text-sm text-slate-800">
                {t("group")}
              </label>
              <select
                id={ids.group}
                value={groupKey}
                onChange={(e) => chooseLevel("indicators", e.currentTarget.value)}
                className={`${fieldClass} sm:w-auto`}
              >
                {withIndicators.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <ul className="mt-2 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
            {options.map((o) => (
              <li key={o.key}>
                <label className="inline-flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={criteria.includes(o.key)}
                    onChange={(e) => setCriteria((list) => toggle(list, o.key, e.currentTarget.checked))}
                  />
                  {o.name}
                </label>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-600">
            {t("criteriaCount", { count: criteria.length, min: DECISION_CRITERIA_MIN, max: DECISION_CRITERIA_MAX })}
          </p>
        </fieldset>

        <fieldset>
          <legend className={legendClass}>{t("method")}</legend>
          <div className="mt-2 space-y-1 text-sm">
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="method"
                className="mt-1"
                checked={method === "direct"}
                onChange={() => setMethod("direct")}
              />
              <span>{t("methodDirect")}</span>
            </label>
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="method"
                className="mt-1"
                checked={method === "ahp"}
                onChange={() => setMethod("ahp")}
              />
              <span>{t("methodAhp")}</span>
            </label>
          </div>
        </fieldset>

        {method === "ahp" ? (
          <fieldset>
            <legend className={legendClass}>{t("aggregation")}</legend>
            <div className="mt-2 space-y-1 text-sm">
              {(["aij", "aip"] as const).map((a) => (
                <label key={a} className="flex items-start gap-2">
                  <input
                    type="radio"
                    name="aggregation"
                    className="mt-1"
                    checked={aggregation === a}
                    onChange={() => setAggregation(a)}
                  />
                  <span>
                    <span className="font-medium">{t(`${a}.name`)}</span>
                    <span className="block text-xs text-slate-600">{t(`${a}.explain`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={ids.preset} className={legendClass}>
              {t("firm")}
            </label>
            <select
              id={ids.preset}
              value={preset}
              onChange={(e) => setPreset(e.currentTarget.value)}
              className={fieldClass}
            >
              <option value="">{t("noFirm")}</option>
              {firmPresets.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.home} className={legendClass}>
              {t("home")}
            </label>
            <select id={ids.home} value={home} onChange={(e) => setHome(e.currentTarget.value)} className={fieldClass}>
              {homes.map((m) => (
                <option key={m.iso3} value={m.iso3}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </div>

        <fieldset>
          <legend className={legendClass}>{t("participants")}</legend>
          <p className="mt-1 text-xs text-slate-600">{t("participantsHelp")}</p>
          {peopleError ? (
            <p className="mt-2 text-sm text-red-900" role="alert">
              {peopleError}
            </p>
          ) : people === null ? (
            <p className="mt-2 text-sm text-slate-600" role="status">
              {t("loadingPeople")}
            </p>
          ) : people.length < DECISION_PARTICIPANTS_MIN ? (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              {t("tooFewPeople", { count: people.length, min: DECISION_PARTICIPANTS_MIN })}
            </p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {people.map((p) => {
                const on = p.userId in seats;
                return (
                  <li key={p.userId} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                    <label className="inline-flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setSeats((all) => {
                            const next = { ...all };
                            if (checked) next[p.userId] = 1;
                            else delete next[p.userId];
                            return next;
                          });
                        }}
                      />
                      <span>
                        {p.name || p.email} <span className="text-xs text-slate-600">({t(`role.${p.role}`)})</span>
                      </span>
                    </label>
                    {on ? (
                      <label className="inline-flex items-center gap-2 text-xs text-slate-700">
                        {t("say")}
                        <input
                          type="number"
                          min={0.1}
                          max={100}
                          step={0.1}
                          value={seats[p.userId]}
                          aria-label={t("sayOf", { name: p.name || p.email })}
                          onChange={(e) => {
                            const value = Number(e.currentTarget.value);
                            setSeats((all) => ({ ...all, [p.userId]: value }));
                          }}
                          className="w-20 rounded border border-slate-300 px-2 py-1 text-right text-sm"
                        />
                      </label>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>

        {failure ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p>{failure.message}</p>
            {failure.issues && failure.issues.length > 0 ? (
              <ul className="mt-1 list-inside list-disc">
                {failure.issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    {i.path}: {i.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={!ready || busy}
            className="bg-brand-700 hover:bg-brand-900 rounded px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {busy ? t("opening") : t("submit")}
          </button>
          {!ready ? <p className="text-xs text-slate-600">{t("notReady")}</p> : null}
        </div>
      </form>
    </Card>
  );
}
