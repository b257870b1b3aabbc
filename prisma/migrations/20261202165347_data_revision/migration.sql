-- CreateTable
CREATE TABLE "data_revision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_revision_pkey" PRIMARY KEY ("id")
);

-- The one row exists from the start, so bumping it is always an update (never two first inserts racing).
INSERT INTO "data_revision" ("id", "revision") VALUES (1, 0);
