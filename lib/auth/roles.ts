import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

// Who may do what in a workspace (issue 13 §3), as better-auth access-control statements. The
// server layer checks these on every route and page (never the UI alone); the role × route
// matrix test holds them to the table:
// - owner: manages members and everything an editor does;
// - editor: creates and changes scenarios, imports and group decisions;
// - viewer: reads and exports.

export const STATEMENTS = {
  ...defaultStatements,
  scenario: ["read", "export", "create", "update", "delete", "share"],
  import: ["read", "create", "delete"],
  decision: ["read", "create", "submit", "reveal", "freeze"],
  audit: ["read"],
} as const;

export const accessControl = createAccessControl(STATEMENTS);

const READ = {
  scenario: ["read", "export"],
  import: ["read"],
  decision: ["read", "submit"],
  audit: ["read"],
} as const;

export const viewer = accessControl.newRole({ ...READ });

export const editor = accessControl.newRole({
  scenario: ["read", "export", "create", "update", "delete", "share"],
  import: ["read", "create", "delete"],
  decision: ["read", "create", "submit", "reveal", "freeze"],
  audit: ["read"],
});

export const owner = accessControl.newRole({
  ...defaultStatements,
  scenario: ["read", "export", "create", "update", "delete", "share"],
  import: ["read", "create", "delete"],
  decision: ["read", "create", "submit", "reveal", "freeze"],
  audit: ["read"],
});

export const ROLES = { owner, editor, viewer } as const;
export type WorkspaceRole = keyof typeof ROLES;
