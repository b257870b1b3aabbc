import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import {
  AcceptAnswer,
  AcceptInvitationBody,
  ActiveWorkspaceAnswer,
  AdminCreateAnswer,
  AdminCreateBody,
  AdminResetBody,
  ChangeRoleBody,
  IssuedLink,
  MembersAnswer,
  NewInvitationBody,
  OkAnswer,
  ResetAnswer,
  ResetPasswordBody,
  SwitchWorkspaceBody,
} from "@/lib/contracts/people";

import { errors, json, jsonBody, JSON_BODY_ERRORS, JSON_BODY_MEANINGS } from "../responses";

// Members, invitations, password-reset links and the active workspace (issue 13 §2–§3), and the
// two loopback-only endpoints the command line's `admin` commands use while the app holds the
// embedded database. Sign-in, sign-out and sessions are better-auth's own, under /api/auth.

const MemberId = z.object({ id: z.string().describe("The membership's id (from GET /api/v1/members).") });
const NOT_SIGNED_IN = "In team mode, the request carries no valid session: sign in first.";
const NOT_OWNER =
  "The asker's role does not allow it (only owners manage members and invitations), or the request came from another site.";

export function registerPeoplePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/members",
    tags: ["team"],
    operationId: "listMembers",
    summary: "Members of the workspace",
    description:
      "Everyone in the asker's workspace with their role (owner, editor, viewer), and, for owners, the pending invitations. When the app runs alone (no accounts) the list is empty and `mode` is solo.",
    responses: {
      200: json(MembersAnswer, "The workspace, its members and, for owners, its pending invitations."),
      ...errors([401, 403, 503], { 401: NOT_SIGNED_IN, 403: "The account belongs to no workspace." }),
    },
  });

  registry.registerPath({
    method: "put",
    path: "/api/v1/members/{id}",
    tags: ["team"],
    operationId: "changeMemberRole",
    summary: "Change a member's role",
    description:
      "Owners change a member's role. The last owner of a workspace cannot be made an editor or viewer (409).",
    request: { params: MemberId, body: jsonBody(ChangeRoleBody, "The new role.") },
    responses: {
      200: json(OkAnswer, "The role was changed (and recorded in the audit log)."),
      ...errors([...JSON_BODY_ERRORS, 401, 403, 404, 409, 503], {
        ...JSON_BODY_MEANINGS,
        401: NOT_SIGNED_IN,
        403: NOT_OWNER,
        404: "No such member in this workspace.",
        409: "The member is the workspace's last owner, or the app runs alone without accounts.",
      }),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/members/{id}",
    tags: ["team"],
    operationId: "removeMember",
    summary: "Remove a member",
    description:
      "Owners remove a member from the workspace; the account itself stays. The last owner cannot be removed (409).",
    request: { params: MemberId },
    responses: {
      200: json(OkAnswer, "The member was removed (and the removal recorded in the audit log)."),
      ...errors([401, 403, 404, 409, 503], {
        401: NOT_SIGNED_IN,
        403: NOT_OWNER,
        404: "No such member in this workspace.",
        409: "The member is the workspace's last owner, or the app runs alone without accounts.",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/members/{id}/reset-link",
    tags: ["team"],
    operationId: "issueResetLink",
    summary: "A one-time password-reset link",
    description:
      "Owners get a link to hand to a member (no email server needed) with which that member sets a new password, once, within 24 hours. Only the SHA-256 of the link's token is stored.",
    request: { params: MemberId },
    responses: {
      201: json(
        IssuedLink,
        "The link's path (under the app's address and a locale, e.g. /en/reset/…) and its expiry; shown once.",
      ),
      ...errors([401, 403, 404, 409, 503], {
        401: NOT_SIGNED_IN,
        403: NOT_OWNER,
        404: "No such member in this workspace.",
        409: "The app runs alone without accounts.",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/invitations",
    tags: ["team"],
    operationId: "createInvitation",
    summary: "An invitation link",
    description:
      "Owners make a link that lets one person join the workspace with a role, until it expires (1 to 30 days). The owner hands the link over; only the SHA-256 of its token is stored.",
    request: {
      body: jsonBody(NewInvitationBody, "The role, optionally the invitee's email, and how many days the link lasts."),
    },
    responses: {
      201: json(IssuedLink, "The invitation's id, the link's path (/join/…) and its expiry; shown once."),
      ...errors([...JSON_BODY_ERRORS, 401, 403, 409, 503], {
        ...JSON_BODY_MEANINGS,
        401: NOT_SIGNED_IN,
        403: NOT_OWNER,
        409: "The app runs alone without accounts.",
      }),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/invitations/{id}",
    tags: ["team"],
    operationId: "revokeInvitation",
    summary: "Revoke an invitation",
    description: "Owners revoke a pending invitation: its link stops working at once.",
    request: { params: z.object({ id: z.string().describe("The invitation's id (64 hexadecimal digits).") }) },
    responses: {
      200: json(OkAnswer, "The invitation was revoked (and the revocation recorded in the audit log)."),
      ...errors([400, 401, 403, 404, 409, 503], {
        401: NOT_SIGNED_IN,
        403: NOT_OWNER,
        404: "No such pending invitation in this workspace.",
        409: "The app runs alone without accounts.",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/invitations/accept",
    tags: ["team"],
    operationId: "acceptInvitation",
    summary: "Accept an invitation",
    description:
      "The link's token joins its workspace: as the signed-in person, or, without a session, with an email (unless the invitation names one), a name and a password. The answer is the same whether or not the email has an account; sign in with the same email and password afterwards (an existing account joins only with its own password).",
    request: {
      body: jsonBody(
        AcceptInvitationBody,
        "The link's token, and for someone not signed in, email, name and password.",
      ),
    },
    responses: {
      200: json(AcceptAnswer, "The email to sign in with."),
      ...errors([...JSON_BODY_ERRORS, 503], {
        ...JSON_BODY_MEANINGS,
        400: "A field is missing or malformed, or the link is not valid (used, expired or revoked).",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/password-resets",
    tags: ["team"],
    operationId: "resetPassword",
    summary: "Set a new password with a reset link",
    description:
      "Sets the password of the person a one-time link was issued for. The link works once and expires after 24 hours; all that person's sessions end, on every instance.",
    request: { body: jsonBody(ResetPasswordBody, "The link's token and the new password (12 to 128 characters).") },
    responses: {
      200: json(ResetAnswer, "The password was set; how many sessions ended."),
      ...errors([...JSON_BODY_ERRORS, 503], {
        ...JSON_BODY_MEANINGS,
        400: "The password is too short or too long, or the link is not valid (used, expired or never issued).",
      }),
    },
  });

  registry.registerPath({
    method: "put",
    path: "/api/v1/workspaces/active",
    tags: ["team"],
    operationId: "switchWorkspace",
    summary: "Switch workspace",
    description: "Makes one of the signed-in person's workspaces the one this browser's session works in.",
    request: { body: jsonBody(SwitchWorkspaceBody, "The workspace's id.") },
    responses: {
      200: json(ActiveWorkspaceAnswer, "The workspace now active."),
      ...errors([...JSON_BODY_ERRORS, 401, 403, 404, 409, 503], {
        ...JSON_BODY_MEANINGS,
        401: NOT_SIGNED_IN,
        403: "The account belongs to no workspace, or the request came from another site.",
        404: "The person is not a member of that workspace.",
        409: "The app runs alone without accounts.",
      }),
    },
  });

  const adminDescription =
    "Used by the command line while the app holds the embedded database: accepted only on a loopback address and with the one-time token the command wrote into a file beside the data directory that only the machine's user can read (header x-outbound-admin-token).";
  registry.registerPath({
    method: "post",
    path: "/api/admin/accounts",
    tags: ["team"],
    operationId: "adminCreateAccount",
    summary: "outbound admin create",
    description: `Makes an account (or finds it by email) a member of a workspace with a role; without a password, answers a one-time set-password link. ${adminDescription}`,
    request: { body: jsonBody(AdminCreateBody, "Email, name, optional workspace name, role and password.") },
    responses: {
      201: json(
        AdminCreateAnswer,
        "The account, its workspace and role, and the set-password link when no password was given.",
      ),
      ...errors([...JSON_BODY_ERRORS, 403, 503], {
        ...JSON_BODY_MEANINGS,
        403: "Not from the command line of this machine.",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/admin/reset-links",
    tags: ["team"],
    operationId: "adminResetLink",
    summary: "outbound admin reset-link",
    description: `A one-time set-password link for the account with this email, valid 24 hours. ${adminDescription}`,
    request: { body: jsonBody(AdminResetBody, "The account's email.") },
    responses: {
      201: json(IssuedLink, "The link's path and expiry."),
      ...errors([...JSON_BODY_ERRORS, 403, 404, 503], {
        ...JSON_BODY_MEANINGS,
        403: "Not from the command line of this machine.",
        404: "No account has that email.",
      }),
    },
  });
}
