import "server-only";

import type { DecisionInput, DecisionSetup, DecisionStatus, FrozenGroup } from "@/lib/contracts/decisions";
import type { ScenarioInputs, ScenarioResults } from "@/lib/contracts/scenarios";

import { recordAudit, type AuditRecord } from "./audit";
import type { Db } from "./client";
import { DecisionConflictError } from "./errors";
import type { Prisma, PrismaClient } from "./generated/client";

export { DecisionConflictError };

// Group decisions and their participants' private inputs (issue 13 §4): the queries, each change
// one transaction that also bumps the decision's `revision` (what live views poll, so a change made
// on one instance reaches every other) and writes its audit entry. Every query names the
// workspace: a decision of another workspace is not found. What may be done, by whom and when is
// decided in lib/server/decisions.ts; the conditional updates here (WHERE version = base) make two
// concurrent changes based on the same version end with exactly one saved.

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The stored set-up: the facilitator's, and after the freeze what the report keeps. */
export type StoredSetup = DecisionSetup & { frozen?: FrozenGroup };

export type ParticipantRecord = {
  userId: string;
  name: string;
  email: string;
  /** Their workspace role now; null when they have left the workspace. */
  role: string | null;
  weight: number;
  input: DecisionInput | null;
  version: number;
  submittedAt: Date | null;
};

export type DecisionRecord = {
  id: string;
  workspaceId: string;
  facilitatorId: string | null;
  facilitatorName: string;
  name: string;
  setup: StoredSetup;
  status: DecisionStatus;
  revision: number;
  version: number;
  createdAt: Date;
  revealedAt: Date | null;
  frozenAt: Date | null;
  scenarioId: string | null;
  participants: ParticipantRecord[];
};

const include = {
  participants: { include: { user: { select: { id: true, name: true, email: true } } } },
} satisfies Prisma.GroupDecisionInclude;

type Row = Prisma.GroupDecisionGetPayload<{ include: typeof include }>;

async function toRecord(db: Db, row: Row): Promise<DecisionRecord> {
  const userIds = [...row.participants.map((p) => p.userId), ...(row.facilitatorId ? [row.facilitatorId] : [])];
  const [members, facilitator] = await Promise.all([
    db.member.findMany({
      where: { workspaceId: row.workspaceId, userId: { in: userIds } },
      select: { userId: true, role: true },
    }),
    row.facilitatorId
      ? db.user.findUnique({ where: { id: row.facilitatorId }, select: { name: true, email: true } })
      : null,
  ]);
  const roles = new Map(members.map((m) => [m.userId, m.role]));
  const participants = row.participants
    .map((p) => ({
      userId: p.userId,
      name: p.user.name || p.user.email,
      email: p.user.email,
      role: roles.get(p.userId) ?? null,
      weight: p.weight,
      input: (p.input as DecisionInput | null) ?? null,
      version: p.version,
      submittedAt: p.submittedAt,
    }))
    // A stable order every reader shares: by name, then id.
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    facilitatorId: row.facilitatorId,
    facilitatorName: facilitator ? facilitator.name || facilitator.email : "",
    name: row.name,
    setup: row.setup as StoredSetup,
    status: row.status as DecisionStatus,
    revision: row.revision,
    version: row.version,
    createdAt: row.createdAt,
    revealedAt: row.revealedAt,
    frozenAt: row.frozenAt,
    scenarioId: row.scenarioId,
    participants,
  };
}

/** One decision of the workspace, or null (another workspace's is null too). */
export async function findDecision(db: Db, workspaceId: string, id: string): Promise<DecisionRecord | null> {
  const row = await db.groupDecision.findFirst({ where: { id, workspaceId }, include });
  return row ? toRecord(db, row) : null;
}

/** The decision's revision and status alone: what the live view polls every second. */
export async function readDecisionRevision(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ revision: number; status: DecisionStatus; submitted: number } | null> {
  const row = await db.groupDecision.findFirst({
    where: { id, workspaceId },
    select: {
      revision: true,
      status: true,
      _count: { select: { participants: { where: { submittedAt: { not: null } } } } },
    },
  });
  return row
    ? { revision: row.revision, status: row.status as DecisionStatus, submitted: row._count.participants }
    : null;
}

export type DecisionSummaryRecord = {
  id: string;
  name: string;
  status: DecisionStatus;
  method: string;
  facilitatorId: string | null;
  facilitatorName: string;
  participantIds: string[];
  submitted: number;
  createdAt: Date;
  scenarioId: string | null;
};

/** The workspace's decisions, newest first. */
export async function listDecisionRows(db: Db, workspaceId: string): Promise<DecisionSummaryRecord[]> {
  const rows = await db.groupDecision.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { participants: { select: { userId: true, submittedAt: true } } },
    take: 500,
  });
  const facilitatorIds = [...new Set(rows.map((r) => r.facilitatorId).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: facilitatorIds } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name || u.email]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status as DecisionStatus,
    method: (r.setup as StoredSetup).method,
    facilitatorId: r.facilitatorId,
    facilitatorName: r.facilitatorId ? (names.get(r.facilitatorId) ?? "") : "",
    participantIds: r.participants.map((p) => p.userId),
    submitted: r.participants.filter((p) => p.submittedAt !== null).length,
    createdAt: r.createdAt,
    scenarioId: r.scenarioId,
  }));
}

/** The workspace's members (who can take part). */
export async function readWorkspacePeople(db: Db, workspaceId: string) {
  const rows = await db.member.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name || r.user.email, email: r.user.email, role: r.role }));
}

type Actor = Pick<AuditRecord, "actorId" | "actorName">;
type Seat = { userId: string; weight: number };

export async function insertDecision(
  prisma: PrismaClient,
  fields: { workspaceId: string; facilitatorId: string | null; name: string; setup: DecisionSetup; seats: Seat[] },
  actor: Actor,
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.groupDecision.create({
      data: {
        workspaceId: fields.workspaceId,
        facilitatorId: fields.facilitatorId,
        name: fields.name,
        setup: json(fields.setup),
        participants: { create: fields.seats.map((s) => ({ userId: s.userId, weight: s.weight })) },
      },
    });
    await recordAudit(tx, {
      workspaceId: fields.workspaceId,
      ...actor,
      action: "decision.create",
      subjectType: "decision",
      subjectId: row.id,
      detail: {
        name: fields.name,
        method: fields.setup.method,
        markets: fields.setup.markets,
        criteria: fields.setup.criteria.keys,
        participants: fields.seats.map((s) => ({ userId: s.userId, weight: s.weight })),
      },
    });
    return row.id;
  });
}

/** Bumps the version (and revision) iff it is still `baseVersion` and the status allows; else why not. */
async function claim(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
  baseVersion: number,
  status: DecisionStatus,
  data: Prisma.GroupDecisionUpdateManyMutationInput = {},
): Promise<void> {
  const { count } = await tx.groupDecision.updateMany({
    where: { id, workspaceId, version: baseVersion, status },
    data: { ...data, version: { increment: 1 }, revision: { increment: 1 } },
  });
  if (count === 1) return;
  const now = await tx.groupDecision.findFirst({ where: { id, workspaceId }, select: { version: true } });
  throw new DecisionConflictError("decision", baseVersion, now?.version ?? 0);
}

/** Replaces the participants (keeping the inputs of those who stay), while open. */
export async function replaceParticipants(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  baseVersion: number,
  seats: Seat[],
  actor: Actor,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await claim(tx, workspaceId, id, baseVersion, "open");
    const keep = seats.map((s) => s.userId);
    await tx.decisionParticipant.deleteMany({ where: { decisionId: id, userId: { notIn: keep } } });
    for (const seat of seats) {
      await tx.decisionParticipant.upsert({
        where: { decisionId_userId: { decisionId: id, userId: seat.userId } },
        create: { decisionId: id, userId: seat.userId, weight: seat.weight },
        update: { weight: seat.weight },
      });
    }
    await recordAudit(tx, {
      workspaceId,
      ...actor,
      action: "decision.participants",
      subjectType: "decision",
      subjectId: id,
      detail: { participants: seats.map((s) => ({ userId: s.userId, weight: s.weight })) },
    });
  });
}

/**
 * Saves a participant's input iff their version is still `baseVersion` and the decision is not
 * frozen; bumps the decision's revision. The audit entry never holds the values before the reveal.
 */
export async function saveInput(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  userId: string,
  baseVersion: number,
  input: DecisionInput,
  actor: Actor,
  now = new Date(),
): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    // The decision's row first, conditionally: a freeze that commits meanwhile makes this fail.
    const bumped = await tx.groupDecision.updateMany({
      where: { id, workspaceId, status: { in: ["open", "revealed"] } },
      data: { revision: { increment: 1 } },
    });
    if (bumped.count !== 1) throw new DecisionFrozenError();
    const { count } = await tx.decisionParticipant.updateMany({
      where: { decisionId: id, userId, version: baseVersion },
      data: { input: json(input), version: { increment: 1 }, submittedAt: now },
    });
    if (count !== 1) {
      const seat = await tx.decisionParticipant.findUnique({
        where: { decisionId_userId: { decisionId: id, userId } },
        select: { version: true },
      });
      throw new DecisionConflictError("input", baseVersion, seat?.version ?? 0);
    }
    const status = await tx.groupDecision.findUniqueOrThrow({ where: { id }, select: { status: true } });
    await recordAudit(tx, {
      workspaceId,
      ...actor,
      action: "decision.submit",
      subjectType: "decision",
      subjectId: id,
      // Before the reveal nobody may see another's values, the audit log's readers included.
      detail:
        status.status === "revealed" ? { version: baseVersion + 1, input: json(input) } : { version: baseVersion + 1 },
    });
    return { version: baseVersion + 1 };
  });
}

/** The decision was frozen meanwhile: nothing can change it any more. */
export class DecisionFrozenError extends Error {
  constructor() {
    super("This decision is frozen: its inputs can no longer change.");
    this.name = "DecisionFrozenError";
  }
}

export async function markRevealed(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  baseVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await claim(tx, workspaceId, id, baseVersion, "open", { status: "revealed", revealedAt: now });
    await recordAudit(tx, {
      workspaceId,
      ...actor,
      action: "decision.reveal",
      subjectType: "decision",
      subjectId: id,
    });
  });
}

export type FrozenVersion = { name: string; notes: string; inputs: ScenarioInputs; results: ScenarioResults };

/**
 * Freezes a revealed decision into a new scenario of the workspace, in one transaction: the
 * scenario's revisions are the given versions in order (each member's weights, then the group's,
 * which is the scenario's current version), the decision becomes frozen and linked to it and keeps
 * `frozen` (the result as it was) in its set-up; both changes are audited.
 */
export async function freezeIntoScenario(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  baseVersion: number,
  setup: StoredSetup,
  versions: FrozenVersion[],
  actor: Actor,
  now = new Date(),
): Promise<string> {
  const last = versions[versions.length - 1]!;
  return prisma.$transaction(async (tx) => {
    const scenario = await tx.scenario.create({
      data: {
        workspaceId,
        name: last.name,
        notes: last.notes,
        version: versions.length,
        inputs: json(last.inputs),
        results: json(last.results),
        datasetVersion: last.results.datasetVersion,
        datasetHash: last.results.datasetHash,
        createdAt: now,
      },
    });
    await tx.scenarioRevision.createMany({
      data: versions.map((v, i) => ({
        scenarioId: scenario.id,
        version: i + 1,
        name: v.name,
        notes: v.notes,
        inputs: json(v.inputs),
        results: json(v.results),
        datasetVersion: v.results.datasetVersion,
        datasetHash: v.results.datasetHash,
        savedAt: now,
      })),
    });
    await claim(tx, workspaceId, id, baseVersion, "revealed", {
      status: "frozen",
      frozenAt: now,
      setup: json(setup),
    });
    await tx.groupDecision.update({ where: { id }, data: { scenarioId: scenario.id } });
    await recordAudit(tx, {
      workspaceId,
      ...actor,
      action: "decision.freeze",
      subjectType: "decision",
      subjectId: id,
      detail: { scenarioId: scenario.id, hideNames: setup.frozen?.hideNames ?? false },
    });
    await recordAudit(tx, {
      workspaceId,
      ...actor,
      action: "scenario.create",
      subjectType: "scenario",
      subjectId: scenario.id,
      detail: { name: last.name, fromDecision: id, versions: versions.length },
    });
    return scenario.id;
  });
}

/**
 * The decision a scenario was frozen from, or null. By the scenario alone: whoever may read the
 * scenario (its workspace's members, a share link's holder) reads its report, and the decision is
 * in the scenario's workspace by construction.
 */
export async function findDecisionOfScenario(db: Db, scenarioId: string) {
  const row = await db.groupDecision.findFirst({ where: { scenarioId }, include });
  return row ? toRecord(db, row) : null;
}
