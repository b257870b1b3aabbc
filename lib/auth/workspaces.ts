// The workspace everything made while the app ran alone belongs to (created by the migration
// 20261203121829_team_workspaces_audit_sharing_decisions); the first owner that
// `outbound admin create` makes owns it, so nothing saved before accounts existed is lost.
export const DEFAULT_WORKSPACE_ID = "default";
