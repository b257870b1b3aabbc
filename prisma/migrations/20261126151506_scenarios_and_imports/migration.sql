-- CreateEnum
CREATE TYPE "DataOrigin" AS ENUM ('dataset', 'user');

-- DropIndex
DROP INDEX "indicator_value_market_iso3_indicator_key_year_key";

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "import_batch_id" TEXT,
ADD COLUMN     "origin" "DataOrigin" NOT NULL DEFAULT 'dataset';

-- AlterTable
ALTER TABLE "indicator_value" ADD COLUMN     "import_batch_id" TEXT,
ADD COLUMN     "origin" "DataOrigin" NOT NULL DEFAULT 'dataset';

-- AlterTable
ALTER TABLE "market" ADD COLUMN     "import_batch_id" TEXT,
ADD COLUMN     "origin" "DataOrigin" NOT NULL DEFAULT 'dataset';

-- CreateTable
CREATE TABLE "import_batch" (
    "id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_type" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scenario" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "inputs" JSONB NOT NULL,
    "results" JSONB NOT NULL,
    "dataset_version" TEXT NOT NULL,
    "dataset_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scenario_revision" (
    "id" SERIAL NOT NULL,
    "scenario_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "inputs" JSONB NOT NULL,
    "results" JSONB NOT NULL,
    "dataset_version" TEXT NOT NULL,
    "dataset_hash" TEXT NOT NULL,
    "saved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scenario_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scenario_deleted_at_idx" ON "scenario"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "scenario_revision_scenario_id_version_key" ON "scenario_revision"("scenario_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_market_iso3_indicator_key_year_origin_key" ON "indicator_value"("market_iso3", "indicator_key", "year", "origin");

-- AddForeignKey
ALTER TABLE "market" ADD CONSTRAINT "market_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scenario_revision" ADD CONSTRAINT "scenario_revision_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;
