import "server-only";

import { createTranslator, type useTranslations } from "next-intl";

import type { ScoringData } from "@/lib/contracts/api";
import {
  type CreateDecision,
  type Decision,
  type DecisionInput,
  type DecisionList,
  type DecisionPeople,
  type DecisionSetup,
  type DecisionUnchanged,
  type Freeze,
  type FrozenGroup,
  type GroupResult,
  type MemberPreview,
  type Reveal,
  type SetParticipants,
  type SubmitInput,
} from "@/lib/contracts/decisions";
import { ScenarioInputsSchema, type ScenarioInputs } from "@/lib/contracts/scenarios";
import { DEFAULT_MONTE_CARLO_SETTINGS } from "@/lib/contracts/workspace";
import { getPrisma } from "@/lib/db/client";
import {
  DecisionConflictError,
  DecisionFrozenError,
  findDecision,
  findDecisionOfScenario,
  freezeIntoScenario,
  insertDecision,
  listDecisionRows,
  markRevealed,
  readDecisionRevision,
  readWorkspacePeople,
  replaceParticipants,
  saveInput,
  type DecisionRecord,
  type FrozenVersion,
} from "@/lib/db/decisions";
import { checkSetup, groupResult, memberPreview, resolveInput, stateFor } from "@/lib/decisions/compute";
import { RequestError } from "@/lib/http/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { ReportGroupDecision } from "@/lib/reports/context";
import { messagesFor } from "@/lib/i18n/messages";
import { aggregateJudgements } from "@/lib/scoring/group";
import { DEFAULT_HOME } from "@/lib/scoring/home";

import { actorOf, assertCan, can, type Access } from "./access";
import { computeScenario } from "./scenarios";
import { localizedScoringData, scoringData } from "./workspace";

// Group decisions (issue 13 §4; docs/decisions/023-group-decisions.md). Every use case takes the
// caller's access first, checks the permission it needs, and reads only the access's workspace: a
// decision of another workspace answers 404 as if it did not exist. On top of the role, the
// facilitator (who set it up) alone manages participants, reveals and freezes, and only a
// participant submits. Until the reveal nobody, the facilitator included, reads another's input.

export { DecisionConflictError, DecisionFrozenError };

function notFound(id: string): RequestError {
  return new RequestError(404, "not_found", `No group decision ${id} in this workspace.`, undefined, undefined, {
    key: "decisionNotFound",
    id,
  });
}

type StateReason = "notOpen" | "notRevealed" | "frozen" | "notEnoughInputs";

function wrongState(reason: StateReason, english: string): RequestError {
  return new RequestError(409, "decision_state", english, undefined, undefined, { key: "decisionState", reason });
}

type SeatReason = "notFacilitator" | "notParticipant" | "notMember";

function notAllowed(reason: SeatReason, english: string): RequestError {
  return new RequestError(403, "forbidden", english, undefined, undefined, { key: "decisionSeat", reason });
}

async function load(access: Access, id: string): Promise<DecisionRecord> {
  assertCan(access, "decision", "read");
  const record = await findDecision(await getPrisma(), access.workspaceId, id);
  if (!record) throw notFound(id);
  return record;
}

/** The facilitator: who set it up; a decision set up while the app ran alone is its owners'. */
function isFacilitator(access: Access, record: DecisionRecord): boolean {
  if (record.facilitatorId === null) return access.role === "owner";
  return access.user?.id === record.facilitatorId;
}

function seatOf(access: Access, record: DecisionRecord) {
  return access.user ? (record.participants.find((p) => p.userId === access.user!.id) ?? null) : null;
}

async function dataFor(setup: DecisionSetup, locale: Locale): Promise<ScoringData> {
  return localizedScoringData(await scoringData(setup.home ?? DEFAULT_HOME), locale);
}

function criterionNames(setup: DecisionSetup, data: ScoringData): Record<string, string> {
  const names =
    setup.criteria.level === "groups"
      ? data.criteriaGroups.map((g) => [g.key, g.name] as const)
      : data.indicators.map((i) => [i.key, i.name] as const);
  return Object.fromEntries(names);
}

function labelsOf(setup: DecisionSetup, data: ScoringData): Decision["labels"] {
  const markets = new Map(data.markets.map((m) => [m.iso3, m.name]));
  const names = criterionNames(setup, data);
  const group =
    setup.criteria.level === "indicators"
      ? (data.criteriaGroups.find((g) => g.key === (setup.criteria as { group: string }).group) ?? null)
      : null;
  return {
    markets: setup.markets.map((iso3) => ({ iso3, name: markets.get(iso3) ?? iso3 })),
    criteria: setup.criteria.keys.map((key) => ({ key, name: names[key] ?? key })),
    group: group ? { key: group.key, name: group.name } : null,
  };
}

const setupOf = (record: DecisionRecord): DecisionSetup => {
  const { frozen: _frozen, ...setup } = record.setup; // eslint-disable-line @typescript-eslint/no-unused-vars
  return setup;
};

/** The group result over the participants who submitted. */
function resultOf(record: DecisionRecord, data: ScoringData): GroupResult {
  const setup = setupOf(record);
  const members = record.participants
    .filter((p) => p.input !== null && p.submittedAt !== null)
    .map((p) => ({ userId: p.userId, name: p.name, weight: p.weight, input: p.input! }));
  return groupResult(setup, data, members, criterionNames(setup, data));
}

function view(access: Access, record: DecisionRecord, data: ScoringData): Decision {
  const setup = setupOf(record);
  const revealed = record.status !== "open";
  const facilitating = isFacilitator(access, record);
  const seat = seatOf(access, record);
  const open = record.status !== "frozen";
  let preview: MemberPreview | null = null;
  if (seat?.input) {
    try {
      preview = memberPreview(setup, data, seat.input);
    } catch {
      // An input saved against a data set that has since changed (a market left it) still shows.
      preview = null;
    }
  }
  return {
    id: record.id,
    name: record.name,
    status: record.status,
    version: record.version,
    revision: record.revision,
    setup,
    labels: labelsOf(setup, data),
    facilitator: { userId: record.facilitatorId, name: record.facilitatorName },
    createdAt: record.createdAt.toISOString(),
    revealedAt: record.revealedAt?.toISOString() ?? null,
    frozenAt: record.frozenAt?.toISOString() ?? null,
    scenarioId: record.scenarioId,
    participants: record.participants.map((p) => ({
      userId: p.userId,
      name: p.name,
      email: p.email,
      role: p.role === "owner" || p.role === "editor" || p.role === "viewer" ? p.role : null,
      weight: p.weight,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      // Private until the reveal: the caller's own is in `mine`.
      input: revealed ? p.input : null,
    })),
    you: {
      userId: access.user?.id ?? null,
      isFacilitator: facilitating,
      isParticipant: seat !== null,
      canSubmit: seat !== null && open && can(access, "decision", "submit"),
      canManage: facilitating && record.status === "open" && can(access, "decision", "create"),
      canReveal: facilitating && record.status === "open" && can(access, "decision", "reveal"),
      canFreeze: facilitating && record.status === "revealed" && can(access, "decision", "freeze"),
    },
    mine: seat
      ? {
          input: seat.input,
          version: seat.version,
          submittedAt: seat.submittedAt?.toISOString() ?? null,
          preview,
        }
      : null,
    result: revealed ? (record.setup.frozen?.result ?? resultOf(record, data)) : null,
  };
}

/** The workspace's decisions, newest first. */
export async function listDecisions(access: Access): Promise<DecisionList> {
  assertCan(access, "decision", "read");
  const rows = await listDecisionRows(await getPrisma(), access.workspaceId);
  const me = access.user?.id ?? null;
  return {
    decisions: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      method: r.method === "ahp" ? "ahp" : "direct",
      facilitator: r.facilitatorName,
      participants: r.participantIds.length,
      submitted: r.submitted,
      participating: me !== null && r.participantIds.includes(me),
      facilitating: r.facilitatorId === me,
      createdAt: r.createdAt.toISOString(),
      scenarioId: r.scenarioId,
    })),
  };
}

/** The workspace's members a facilitator can invite. */
export async function decisionPeople(access: Access): Promise<DecisionPeople> {
  assertCan(access, "decision", "create");
  const people = await readWorkspacePeople(await getPrisma(), access.workspaceId);
  return {
    people: people.flatMap((p) =>
      p.role === "owner" || p.role === "editor" || p.role === "viewer" ? [{ ...p, role: p.role }] : [],
    ),
  };
}

/** Every participant must be a member of the workspace. */
async function checkSeats(access: Access, seats: readonly { userId: string }[]): Promise<void> {
  const people = new Set((await readWorkspacePeople(await getPrisma(), access.workspaceId)).map((p) => p.userId));
  const issues = seats.flatMap((s, i) =>
    people.has(s.userId) ? [] : [{ path: `participants.${i}.userId`, message: "is not a member of this workspace" }],
  );
  if (issues.length > 0) {
    throw new RequestError(
      400,
      "invalid_request",
      `participants: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`,
      issues,
    );
  }
}

function asBadRequest<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error && error.name === "ScoringInputError") {
      const path = ((error as Error & { path?: (string | number)[] }).path ?? []).join(".");
      throw new RequestError(400, "invalid_request", `${path ? `${path}: ` : ""}${error.message}`, [
        { path, message: error.message },
      ]);
    }
    throw error;
  }
}

export async function createDecision(
  access: Access,
  body: CreateDecision,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Decision> {
  assertCan(access, "decision", "create");
  const data = await dataFor(body.setup, locale);
  asBadRequest(() => checkSetup(body.setup, data));
  await checkSeats(access, body.participants);
  const id = await insertDecision(
    await getPrisma(),
    {
      workspaceId: access.workspaceId,
      facilitatorId: access.user?.id ?? null,
      name: body.name,
      setup: body.setup,
      seats: body.participants,
    },
    actorOf(access),
  );
  return view(access, (await findDecision(await getPrisma(), access.workspaceId, id))!, data);
}

/** One decision for the caller; with `sinceRevision` equal to its revision, only that it is unchanged. */
export async function getDecision(
  access: Access,
  id: string,
  options: { locale?: Locale; sinceRevision?: number } = {},
): Promise<Decision | DecisionUnchanged> {
  if (options.sinceRevision !== undefined) {
    assertCan(access, "decision", "read");
    const now = await readDecisionRevision(await getPrisma(), access.workspaceId, id);
    if (!now) throw notFound(id);
    if (now.revision === options.sinceRevision) return { unchanged: true, revision: now.revision };
  }
  const record = await load(access, id);
  return view(access, record, await dataFor(setupOf(record), options.locale ?? DEFAULT_LOCALE));
}

/** What the live view polls: revision, status, submissions (null = not in this workspace). */
export async function decisionRevision(access: Access, id: string) {
  assertCan(access, "decision", "read");
  return readDecisionRevision(await getPrisma(), access.workspaceId, id);
}

/** Checks that a decision the caller can read exists (the events stream answers 404 before streaming). */
export async function assertDecisionReadable(access: Access, id: string): Promise<void> {
  if (!(await decisionRevision(access, id))) throw notFound(id);
}

export async function setParticipants(
  access: Access,
  id: string,
  body: SetParticipants,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Decision> {
  assertCan(access, "decision", "create");
  const record = await load(access, id);
  if (!isFacilitator(access, record))
    throw notAllowed("notFacilitator", "Only the decision's facilitator may change its participants.");
  if (record.status !== "open")
    throw wrongState("notOpen", "The participants can change only before the inputs are revealed.");
  await checkSeats(access, body.participants);
  await replaceParticipants(
    await getPrisma(),
    access.workspaceId,
    id,
    body.baseVersion,
    body.participants,
    actorOf(access),
  );
  return getDecision(access, id, { locale }) as Promise<Decision>;
}

function assertParticipant(access: Access, record: DecisionRecord) {
  assertCan(access, "decision", "submit");
  const seat = seatOf(access, record);
  if (!seat) throw notAllowed("notParticipant", "Only the decision's participants weigh its criteria.");
  return seat;
}

/** The ranking and consistency of an input not saved (what a member sees while they move sliders). */
export async function previewInput(
  access: Access,
  id: string,
  input: DecisionInput,
  locale: Locale = DEFAULT_LOCALE,
): Promise<MemberPreview> {
  const record = await load(access, id);
  assertParticipant(access, record);
  const setup = setupOf(record);
  const data = await dataFor(setup, locale);
  return asBadRequest(() => memberPreview(setup, data, input));
}

/** Saves the caller's input (409 on a stale baseVersion), until the decision is frozen. */
export async function submitInput(
  access: Access,
  id: string,
  body: SubmitInput,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Decision> {
  const record = await load(access, id);
  assertParticipant(access, record);
  if (record.status === "frozen")
    throw wrongState("frozen", "This decision is frozen: its inputs can no longer change.");
  const setup = setupOf(record);
  asBadRequest(() => resolveInput(setup, body.input));
  try {
    await saveInput(
      await getPrisma(),
      access.workspaceId,
      id,
      access.user!.id,
      body.baseVersion,
      body.input,
      actorOf(access),
    );
  } catch (error) {
    if (error instanceof DecisionFrozenError) throw wrongState("frozen", error.message);
    throw error;
  }
  return getDecision(access, id, { locale }) as Promise<Decision>;
}

/** Reveals every input and the group result to all participants (two submitted inputs needed). */
export async function revealDecision(
  access: Access,
  id: string,
  body: Reveal,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Decision> {
  assertCan(access, "decision", "reveal");
  const record = await load(access, id);
  if (!isFacilitator(access, record))
    throw notAllowed("notFacilitator", "Only the decision's facilitator may reveal the inputs.");
  if (record.status !== "open") throw wrongState("notOpen", "The inputs of this decision are already revealed.");
  const submitted = record.participants.filter((p) => p.submittedAt !== null).length;
  if (submitted < 2)
    throw wrongState(
      "notEnoughInputs",
      `A group result needs two submitted inputs; ${submitted} ${submitted === 1 ? "is" : "are"} in.`,
    );
  await markRevealed(await getPrisma(), access.workspaceId, id, body.baseVersion, actorOf(access));
  return getDecision(access, id, { locale }) as Promise<Decision>;
}

/**
 * The notes of the frozen scenario's revisions: one per member (named, or "Member k" when hidden),
 * then the group's. The translator is typed inline so the message check sees its namespace.
 */
function revisionNotes(
  t: ReturnType<typeof useTranslations<"decisions.freeze">>,
  decision: string,
  members: readonly { name: string }[],
  hideNames: boolean,
): { members: string[]; group: string } {
  return {
    members: members.map((m, k) =>
      t("memberNotes", {
        decision,
        member: hideNames ? t("memberN", { n: k + 1 }) : m.name,
        k: k + 1,
        of: members.length,
      }),
    ),
    group: t("groupNotes", { decision, members: members.length }),
  };
}

/** A scenario's inputs for one weight vector of the decision (a member's or the group's). */
function scenarioInputs(
  setup: DecisionSetup,
  data: ScoringData,
  weights: readonly number[],
  matrix: number[][] | null,
): ScenarioInputs {
  const comparison = matrix ? { criteria: [...setup.criteria.keys], matrix } : null;
  const ahp =
    comparison === null
      ? undefined
      : setup.criteria.level === "groups"
        ? { groups: comparison }
        : { indicators: { [setup.criteria.group]: comparison } };
  return ScenarioInputsSchema.parse({
    state: stateFor(setup, data, weights),
    ...(ahp ? { ahp } : {}),
    firmProfile: setup.firmProfile,
    monteCarlo: { ...DEFAULT_MONTE_CARLO_SETTINGS },
  });
}

/**
 * Freezes the revealed result into a new scenario of the workspace: one revision per member (their
 * weights; their comparisons for AHP), then the group's weights as the current version (the AIJ
 * matrix for AHP-AIJ). The decision becomes read-only and linked to it.
 */
export async function freezeDecision(
  access: Access,
  id: string,
  body: Freeze,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Decision> {
  assertCan(access, "decision", "freeze");
  assertCan(access, "scenario", "create");
  const record = await load(access, id);
  if (!isFacilitator(access, record))
    throw notAllowed("notFacilitator", "Only the decision's facilitator may freeze it.");
  if (record.status !== "revealed")
    throw wrongState(
      record.status === "frozen" ? "frozen" : "notRevealed",
      record.status === "frozen" ? "This decision is already frozen." : "Reveal the inputs before freezing the result.",
    );
  const setup = setupOf(record);
  // The scenario's own words (names and notes are the user's data) in the facilitator's language.
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "decisions.freeze" });
  const data = await dataFor(setup, locale);
  const result = resultOf(record, data);
  const name = body.scenarioName ?? record.name;

  const submitted = record.participants.filter((p) => p.input !== null && p.submittedAt !== null);
  const notes = revisionNotes(t, record.name, submitted, body.hideNames);
  const versions: FrozenVersion[] = [];
  for (const [k, p] of submitted.entries()) {
    const resolved = resolveInput(setup, p.input!);
    const computed = await computeScenario(scenarioInputs(setup, data, resolved.weights, resolved.matrix));
    versions.push({
      name,
      notes: notes.members[k]!,
      ...computed,
    });
  }
  const groupWeights = result.criteria.map((c) => c.weight);
  const groupMatrix =
    setup.method === "ahp" && setup.aggregation === "aij"
      ? aggregatedMatrix(
          setup,
          submitted.map((p) => p.input!),
          submitted.map((p) => p.weight),
        )
      : null;
  const group = await computeScenario(scenarioInputs(setup, data, groupWeights, groupMatrix));
  versions.push({
    name,
    notes: notes.group,
    ...group,
  });

  const frozen: FrozenGroup = {
    hideNames: body.hideNames,
    result,
    roles: Object.fromEntries(record.participants.map((p) => [p.userId, p.role ?? ""])),
    labels: labelsOf(setup, data),
  };
  await freezeIntoScenario(
    await getPrisma(),
    access.workspaceId,
    id,
    body.baseVersion,
    { ...setup, frozen },
    versions,
    actorOf(access),
  );
  return getDecision(access, id, { locale }) as Promise<Decision>;
}

/** The AIJ matrix (lib/scoring/group), for the group version's AHP block. */
function aggregatedMatrix(setup: DecisionSetup, inputs: DecisionInput[], weights: number[]): number[][] {
  return aggregateJudgements(
    inputs.map((input) => resolveInput(setup, input).matrix!),
    weights,
  );
}

/**
 * What a report shows of the decision a scenario was frozen from (the caller has already been
 * allowed to read the scenario); null for any other scenario.
 */
export async function groupDecisionOfScenario(scenarioId: string): Promise<ReportGroupDecision | null> {
  const record = await findDecisionOfScenario(await getPrisma(), scenarioId);
  if (!record?.setup.frozen) return null;
  return { name: record.name, setup: setupOf(record), frozen: record.setup.frozen, frozenAt: record.frozenAt };
}
