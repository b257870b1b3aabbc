import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import {
  CreateDecisionSchema,
  DecisionInputSchema,
  DecisionListSchema,
  DecisionPeopleSchema,
  DecisionSchema,
  DecisionUnchangedSchema,
  FreezeSchema,
  MemberPreviewSchema,
  RevealSchema,
  SetParticipantsSchema,
  SubmitInputSchema,
} from "@/lib/contracts/decisions";

import { JSON_BODY_ERRORS, JSON_BODY_MEANINGS, errors, json, jsonBody } from "../responses";

// Group decisions (issue 13 §4; lib/contracts/decisions.ts): set-up, private inputs, reveal,
// freeze into a scenario, and the live stream of changes.

const Id = z.object({ id: z.uuid().describe("The decision's id (a UUID).") });
const NOT_FOUND = "No group decision with this id in the caller's workspace.";
const FORBIDDEN =
  "The caller's role may not do this, or only the facilitator (set-up, reveal, freeze) or a participant (input, preview) may; also a cross-site write.";
const STATE =
  "Conflict: `code` version_conflict when `baseVersion` is stale (`currentVersion` names the current one), decision_state when the decision's status does not allow it (revealed, not revealed, frozen, fewer than two inputs).";

const TAG = ["decisions"];

export function registerDecisionPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/decisions",
    tags: TAG,
    operationId: "listDecisions",
    summary: "Group decisions",
    description: "The workspace's group decisions, newest first.",
    responses: { 200: json(DecisionListSchema, "The decisions."), ...errors([401, 403, 503], { 403: FORBIDDEN }) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/decisions",
    tags: TAG,
    operationId: "createDecision",
    summary: "Open a group decision",
    description:
      "Sets up the markets, the criteria (criteria groups, or the indicators of one group), the method and the participants; the caller becomes the facilitator. Editors and owners.",
    request: { body: jsonBody(CreateDecisionSchema, "The decision's name, set-up and participants.") },
    responses: {
      201: json(DecisionSchema, "The decision as the facilitator sees it."),
      ...errors([...JSON_BODY_ERRORS, 401, 403, 503], { ...JSON_BODY_MEANINGS, 403: FORBIDDEN }),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/decisions/people",
    tags: TAG,
    operationId: "decisionPeople",
    summary: "Who can take part",
    description: "The workspace's members a facilitator can invite to a decision.",
    responses: { 200: json(DecisionPeopleSchema, "The members."), ...errors([401, 403, 503], { 403: FORBIDDEN }) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/decisions/{id}",
    tags: TAG,
    operationId: "getDecision",
    summary: "One group decision",
    description:
      "The decision as the caller may see it: before the reveal only their own input and who has submitted; after it every input and the group result. With `?sinceRevision=N`, `{unchanged: true}` when the revision is still N (plain polling).",
    request: {
      params: Id,
      query: z.object({
        sinceRevision: z.string().optional().describe("A revision from an earlier answer."),
      }),
    },
    responses: {
      200: json(z.union([DecisionSchema, DecisionUnchangedSchema]), "The decision, or that it is unchanged."),
      ...errors([400, 401, 403, 404, 503], { 403: FORBIDDEN, 404: NOT_FOUND }),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/decisions/{id}/events",
    tags: TAG,
    operationId: "decisionEvents",
    summary: "Live changes (server-sent events)",
    description:
      "`event: revision` with `DecisionEvent` data whenever the decision changes on any instance (the database's revision is polled every second), `: heartbeat` comments every 15 s; the stream ends after 5 minutes and the browser's EventSource reconnects.",
    request: { params: Id },
    responses: {
      200: {
        description: "An event stream.",
        content: { "text/event-stream": { schema: { type: "string" } } },
      },
      ...errors([400, 401, 403, 404, 503], { 403: FORBIDDEN, 404: NOT_FOUND }),
    },
  });
  const write = (
    method: "put" | "post",
    path: string,
    operationId: string,
    summary: string,
    description: string,
    body: z.ZodType,
    answer: z.ZodType,
    answerText: string,
  ) =>
    registry.registerPath({
      method,
      path,
      tags: TAG,
      operationId,
      summary,
      description,
      request: { params: Id, body: jsonBody(body, summary) },
      responses: {
        200: json(answer, answerText),
        ...errors([...JSON_BODY_ERRORS, 401, 403, 404, 409, 503], {
          ...JSON_BODY_MEANINGS,
          403: FORBIDDEN,
          404: NOT_FOUND,
          409: STATE,
        }),
      },
    });
  write(
    "put",
    "/api/v1/decisions/{id}/participants",
    "setDecisionParticipants",
    "Change the participants",
    "The whole list with each member's weight; the facilitator, while the inputs are not revealed. Inputs of those who stay are kept.",
    SetParticipantsSchema,
    DecisionSchema,
    "The decision at its new version.",
  );
  write(
    "post",
    "/api/v1/decisions/{id}/preview",
    "previewDecisionInput",
    "Preview an input",
    "The ranking, normalized weights and AHP consistency of an input, without saving it (participants).",
    DecisionInputSchema,
    MemberPreviewSchema,
    "The member's own view.",
  );
  write(
    "put",
    "/api/v1/decisions/{id}/input",
    "submitDecisionInput",
    "Save your input",
    "Saves the caller's private input (participants, until the decision is frozen); 409 when `baseVersion` is not the input's current version.",
    SubmitInputSchema,
    DecisionSchema,
    "The decision as the caller sees it.",
  );
  write(
    "post",
    "/api/v1/decisions/{id}/reveal",
    "revealDecision",
    "Reveal the inputs",
    "Shows every input and the group result to all (the facilitator; at least two submitted inputs).",
    RevealSchema,
    DecisionSchema,
    "The revealed decision with its result.",
  );
  write(
    "post",
    "/api/v1/decisions/{id}/freeze",
    "freezeDecision",
    "Freeze into a scenario",
    "Creates a scenario whose revisions are each member's weights, then the group's (its current version); the decision becomes read-only (the facilitator, after the reveal).",
    FreezeSchema,
    DecisionSchema,
    "The frozen decision, with scenarioId.",
  );
}
