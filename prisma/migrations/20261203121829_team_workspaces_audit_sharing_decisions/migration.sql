-- AlterTable
-- The workspace everything made before accounts existed belongs to (lib/auth/workspaces.ts,
-- DEFAULT_WORKSPACE_ID). The first owner created by `outbound admin create` owns it, so nothing
-- saved while the app ran alone is lost.
INSERT INTO "workspace" ("id", "name", "slug") VALUES ('default', 'My workspace', 'default') ON CONFLICT DO NOTHING;

ALTER TABLE "import_batch" ADD COLUMN     "workspace_id" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "import_batch" ALTER COLUMN "workspace_id" DROP DEFAULT;

-- AlterTable
ALTER TABLE "scenario" ADD COLUMN     "workspace_id" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "scenario" ALTER COLUMN "workspace_id" DROP DEFAULT;

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "share_link" (
    "id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scenario_id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "share_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_decision" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "facilitator_id" TEXT,
    "name" TEXT NOT NULL,
    "setup" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "revealed_at" TIMESTAMP(3),
    "frozen_at" TIMESTAMP(3),
    "scenario_id" TEXT,

    CONSTRAINT "group_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_participant" (
    "id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "input" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submitted_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "decision_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_budget" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limit_budget_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "audit_entry_subject_type_subject_id_idx" ON "audit_entry"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "audit_entry_workspace_id_at_idx" ON "audit_entry"("workspace_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "share_link_token_hash_key" ON "share_link"("token_hash");

-- CreateIndex
CREATE INDEX "share_link_scenario_id_idx" ON "share_link"("scenario_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_decision_scenario_id_key" ON "group_decision"("scenario_id");

-- CreateIndex
CREATE INDEX "group_decision_workspace_id_idx" ON "group_decision"("workspace_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_participant_decision_id_user_id_key" ON "decision_participant"("decision_id", "user_id");

-- CreateIndex
CREATE INDEX "scenario_workspace_id_idx" ON "scenario"("workspace_id");

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_decision" ADD CONSTRAINT "group_decision_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_decision" ADD CONSTRAINT "group_decision_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_participant" ADD CONSTRAINT "decision_participant_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "group_decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_participant" ADD CONSTRAINT "decision_participant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
