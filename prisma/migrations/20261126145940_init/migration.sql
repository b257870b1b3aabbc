-- CreateEnum
CREATE TYPE "Measurement" AS ENUM ('public_data', 'user_assessment');

-- CreateEnum
CREATE TYPE "FrameworkSubject" AS ENUM ('driver', 'strategy', 'entry_mode');

-- CreateEnum
CREATE TYPE "CaseKey" AS ENUM ('russia', 'southeast_asia', 'general');

-- CreateEnum
CREATE TYPE "FactorScope" AS ENUM ('firm', 'market');

-- CreateEnum
CREATE TYPE "FactorValueSource" AS ENUM ('firm_input', 'derived_from_indicators', 'user_assessment');

-- CreateEnum
CREATE TYPE "FitTarget" AS ENUM ('entry_mode', 'strategy');

-- CreateEnum
CREATE TYPE "EffectDirection" AS ENUM ('raises', 'lowers');

-- CreateEnum
CREATE TYPE "AnchorScale" AS ENUM ('linear', 'log10');

-- CreateEnum
CREATE TYPE "MarketRole" AS ENUM ('target_russia', 'target_sea', 'emerging_other', 'home_reference', 'reference');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('benefit', 'cost');

-- CreateTable
CREATE TABLE "dataset_version" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "released_on" DATE NOT NULL,
    "seeded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "driver_group" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sort" INTEGER NOT NULL,

    CONSTRAINT "driver_group_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "driver" (
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "group_key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "theory" TEXT NOT NULL,
    "ranks_markets" BOOLEAN NOT NULL,

    CONSTRAINT "driver_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "criteria_group" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "driver_key" TEXT,
    "measurement" "Measurement" NOT NULL,
    "default_weight" DOUBLE PRECISION NOT NULL,
    "sort" INTEGER NOT NULL,

    CONSTRAINT "criteria_group_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "business_strategy" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "theory" TEXT NOT NULL,

    CONSTRAINT "business_strategy_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "entry_mode" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "theory" TEXT NOT NULL,
    "control" INTEGER NOT NULL,
    "commitment" INTEGER NOT NULL,

    CONSTRAINT "entry_mode_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "framework_evidence" (
    "id" TEXT NOT NULL,
    "subject_kind" "FrameworkSubject" NOT NULL,
    "subject_key" TEXT NOT NULL,
    "case" "CaseKey" NOT NULL,
    "statement" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "year_note" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,

    CONSTRAINT "framework_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fit_factor" (
    "key" TEXT NOT NULL,
    "scope" "FactorScope" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "low_label" TEXT NOT NULL,
    "high_label" TEXT NOT NULL,
    "source_of_value" "FactorValueSource" NOT NULL,

    CONSTRAINT "fit_factor_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "fit_effect" (
    "id" TEXT NOT NULL,
    "factor_key" TEXT NOT NULL,
    "target_kind" "FitTarget" NOT NULL,
    "target_key" TEXT NOT NULL,
    "direction" "EffectDirection" NOT NULL,
    "strength" INTEGER NOT NULL,
    "theory" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "precedent" TEXT,

    CONSTRAINT "fit_effect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "market_factor_anchor" (
    "factor_key" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "value_at_1" DOUBLE PRECISION NOT NULL,
    "value_at_5" DOUBLE PRECISION NOT NULL,
    "scale" "AnchorScale" NOT NULL DEFAULT 'linear',
    "rationale" TEXT NOT NULL,

    CONSTRAINT "market_factor_anchor_pkey" PRIMARY KEY ("factor_key","indicator_key")
);

-- CreateTable
CREATE TABLE "firm_preset" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "justification" JSONB NOT NULL,

    CONSTRAINT "firm_preset_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "case_replay" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "market_iso3" TEXT NOT NULL,
    "definition" JSONB NOT NULL,

    CONSTRAINT "case_replay_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "market" (
    "iso3" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subregion" TEXT NOT NULL,
    "role" "MarketRole" NOT NULL,

    CONSTRAINT "market_pkey" PRIMARY KEY ("iso3")
);

-- CreateTable
CREATE TABLE "indicator" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "Direction" NOT NULL,
    "criteria_group_key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "dataset" TEXT NOT NULL,
    "default_weight" DOUBLE PRECISION NOT NULL,
    "plausible_min" DOUBLE PRECISION NOT NULL,
    "plausible_max" DOUBLE PRECISION NOT NULL,
    "decimals" INTEGER NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "id" SERIAL NOT NULL,
    "market_iso3" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_item" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "market_iso3" TEXT,
    "topic" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "year_note" TEXT,
    "metric" TEXT,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,

    CONSTRAINT "evidence_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "dataset_version_content_hash_key" ON "dataset_version"("content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "driver_number_key" ON "driver"("number");

-- CreateIndex
CREATE INDEX "framework_evidence_subject_kind_subject_key_idx" ON "framework_evidence"("subject_kind", "subject_key");

-- CreateIndex
CREATE INDEX "fit_effect_target_kind_target_key_idx" ON "fit_effect"("target_kind", "target_key");

-- CreateIndex
CREATE INDEX "indicator_value_indicator_key_idx" ON "indicator_value"("indicator_key");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_market_iso3_indicator_key_year_key" ON "indicator_value"("market_iso3", "indicator_key", "year");

-- CreateIndex
CREATE INDEX "evidence_item_scope_idx" ON "evidence_item"("scope");

-- AddForeignKey
ALTER TABLE "driver" ADD CONSTRAINT "driver_group_key_fkey" FOREIGN KEY ("group_key") REFERENCES "driver_group"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criteria_group" ADD CONSTRAINT "criteria_group_driver_key_fkey" FOREIGN KEY ("driver_key") REFERENCES "driver"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fit_effect" ADD CONSTRAINT "fit_effect_factor_key_fkey" FOREIGN KEY ("factor_key") REFERENCES "fit_factor"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "market_factor_anchor" ADD CONSTRAINT "market_factor_anchor_factor_key_fkey" FOREIGN KEY ("factor_key") REFERENCES "fit_factor"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "market_factor_anchor" ADD CONSTRAINT "market_factor_anchor_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_replay" ADD CONSTRAINT "case_replay_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_criteria_group_key_fkey" FOREIGN KEY ("criteria_group_key") REFERENCES "criteria_group"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;
