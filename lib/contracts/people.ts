import { z } from "zod";

// Members, invitations, password-reset links and the administrator's account command (issue 13
// §2–§3): one schema per input and answer, shared by the API, the CLI and the pages' forms.

export const WorkspaceRoleSchema = z.enum(["owner", "editor", "viewer"]);
export type WorkspaceRoleName = z.infer<typeof WorkspaceRoleSchema>;

const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** 12 characters at least (better-auth's minPasswordLength in lib/server/auth.ts), at most 128. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const PersonName = z.string().trim().min(1).max(100);
/** A link's secret: 32 random bytes, base64url (43 characters). */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "is not a link token");

/** Invitations last from one day to 30; 7 unless said otherwise. */
export const INVITATION_DAYS = { min: 1, max: 30, default: 7 };
/** Password-reset (and first set-password) links expire after 24 hours. */
export const RESET_LINK_HOURS = 24;

export const MemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: WorkspaceRoleSchema,
  joinedAt: z.iso.datetime(),
});
export type MemberView = z.infer<typeof MemberSchema>;

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: WorkspaceRoleSchema,
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  inviterName: z.string(),
});
export type InvitationView = z.infer<typeof InvitationSchema>;

export const MembersAnswer = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  mode: z.enum(["solo", "team"]),
  /** Whether the asker may change roles, remove members and manage invitations (owners). */
  canManage: z.boolean(),
  members: z.array(MemberSchema),
  /** Pending invitations; empty unless the asker manages members. */
  invitations: z.array(InvitationSchema),
});
export type MembersAnswer = z.infer<typeof MembersAnswer>;

export const ChangeRoleBody = z.object({ role: WorkspaceRoleSchema }).strict();

export const NewInvitationBody = z
  .object({
    role: WorkspaceRoleSchema,
    /** Optional: for whom the link is (single sign-on joins that email on first sign-in). */
    email: Email.optional(),
    expiresInDays: z.number().int().min(INVITATION_DAYS.min).max(INVITATION_DAYS.max).default(INVITATION_DAYS.default),
  })
  .strict();
export type NewInvitationBody = z.infer<typeof NewInvitationBody>;

/** A link made once: its path holds the token, which is never shown again (only its hash is kept). */
export const IssuedLink = z.object({
  id: z.string().optional(),
  path: z.string(),
  expiresAt: z.iso.datetime(),
});
export type IssuedLink = z.infer<typeof IssuedLink>;

/**
 * Accepting an invitation: a signed-in person sends only the token; someone new sends their email
 * (unless the invitation names it), name and password.
 */
export const AcceptInvitationBody = z
  .object({
    token: LinkToken,
    email: Email.optional(),
    name: PersonName.optional(),
    password: Password.optional(),
  })
  .strict();
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

/** The same answer whatever the email: the page then signs in with the email and password. */
export const AcceptAnswer = z.object({ email: z.string().nullable() });

/** What a change that has nothing more to say answers (a role changed, a member removed, an invitation revoked). */
export const OkAnswer = z.object({ ok: z.literal(true) });

export const ResetPasswordBody = z.object({ token: LinkToken, password: Password }).strict();
export const ResetAnswer = z.object({ sessionsEnded: z.number().int().min(0) });

export const SwitchWorkspaceBody = z.object({ workspaceId: z.string().min(1).max(100) }).strict();
export const ActiveWorkspaceAnswer = z.object({ workspaceId: z.string(), workspaceName: z.string() });

/** `outbound admin create`: a new account (or an existing one) made a member of a workspace. */
export const AdminCreateBody = z
  .object({
    email: Email,
    name: PersonName,
    /** A workspace name; created when no workspace has it. Omitted: the default workspace. */
    workspace: z.string().trim().min(1).max(100).optional(),
    role: WorkspaceRoleSchema.default("owner"),
    password: Password.optional(),
  })
  .strict();
export type AdminCreateBody = z.infer<typeof AdminCreateBody>;

export const AdminCreateAnswer = z.object({
  userId: z.string(),
  email: z.string(),
  created: z.boolean(),
  workspaceId: z.string(),
  workspaceName: z.string(),
  role: WorkspaceRoleSchema,
  /** A one-time set-password link's path, when no password was given. */
  setPasswordLink: IssuedLink.nullable(),
});
export type AdminCreateAnswer = z.infer<typeof AdminCreateAnswer>;

export const AdminResetBody = z.object({ email: Email }).strict();

/** What the header shows of the account (lib/server/people.ts accountMenu → components/account). */
export type AccountMenuData =
  | { kind: "signedOut" }
  | { kind: "noWorkspace"; name: string }
  | {
      kind: "member";
      name: string;
      email: string;
      workspaceId: string;
      workspaceName: string;
      role: WorkspaceRoleName;
      workspaces: { id: string; name: string }[];
    };
