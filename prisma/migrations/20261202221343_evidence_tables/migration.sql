-- CreateEnum
CREATE TYPE "EcommerceMeasure" AS ENUM ('ecommerce_gmv', 'b2c_ecommerce_sales', 'retail_ecommerce_sales', 'online_sales_total', 'ecommerce_growth_pct');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('actual', 'estimate', 'forecast');

-- CreateEnum
CREATE TYPE "RuleType" AS ENUM ('duty_de_minimis', 'vat_de_minimis', 'vat_low_value_imports', 'vat_digital_services', 'foreign_ownership_limit', 'data_localisation', 'platform_ban', 'price_floor', 'marketplace_rule', 'import_restriction');

-- CreateEnum
CREATE TYPE "ContextTopic" AS ENUM ('sanctions', 'payment_rails', 'settlement', 'political_relations', 'trade_agreement', 'belt_and_road');

-- CreateEnum
CREATE TYPE "TradeAgreementKind" AS ENUM ('bilateral_fta', 'regional_fta', 'economic_cooperation');

-- CreateEnum
CREATE TYPE "SanctionsScope" AS ENUM ('targeted', 'sectoral', 'comprehensive');

-- CreateTable
CREATE TABLE "ecommerce_size_figure" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "market_iso3" TEXT,
    "measure" "EcommerceMeasure" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "currency" TEXT,
    "year" INTEGER NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "published" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,
    "note" TEXT,

    CONSTRAINT "ecommerce_size_figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incumbent_platform" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "market_iso3" TEXT,
    "platform" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "owner_home" TEXT,
    "measure" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "year" INTEGER NOT NULL,
    "published" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,
    "note" TEXT,

    CONSTRAINT "incumbent_platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "foreign_seller_rule" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "market_iso3" TEXT,
    "rule_type" "RuleType" NOT NULL,
    "statement" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION,
    "threshold_unit" TEXT,
    "effective" TEXT,
    "burden" INTEGER NOT NULL,
    "published" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,

    CONSTRAINT "foreign_seller_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "market_context_item" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "market_iso3" TEXT,
    "topic" "ContextTopic" NOT NULL,
    "statement" TEXT NOT NULL,
    "effective" TEXT,
    "published" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,

    CONSTRAINT "market_context_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "china_trade_agreement" (
    "id" TEXT NOT NULL,
    "agreement" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "market_iso3" TEXT,
    "signed" TEXT,
    "in_force" TEXT,
    "kind" "TradeAgreementKind" NOT NULL,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,

    CONSTRAINT "china_trade_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanctions_program" (
    "id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "market_iso3" TEXT,
    "authority" TEXT NOT NULL,
    "program" TEXT NOT NULL,
    "scope" "SanctionsScope" NOT NULL,
    "since" TEXT,
    "until" TEXT,
    "source" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "secondary_of" TEXT,

    CONSTRAINT "sanctions_program_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ecommerce_size_figure_market_idx" ON "ecommerce_size_figure"("market");

-- CreateIndex
CREATE INDEX "incumbent_platform_market_idx" ON "incumbent_platform"("market");

-- CreateIndex
CREATE INDEX "foreign_seller_rule_market_idx" ON "foreign_seller_rule"("market");

-- CreateIndex
CREATE INDEX "market_context_item_market_idx" ON "market_context_item"("market");

-- CreateIndex
CREATE INDEX "china_trade_agreement_partner_idx" ON "china_trade_agreement"("partner");

-- CreateIndex
CREATE INDEX "sanctions_program_market_idx" ON "sanctions_program"("market");

-- AddForeignKey
ALTER TABLE "ecommerce_size_figure" ADD CONSTRAINT "ecommerce_size_figure_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incumbent_platform" ADD CONSTRAINT "incumbent_platform_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "foreign_seller_rule" ADD CONSTRAINT "foreign_seller_rule_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "market_context_item" ADD CONSTRAINT "market_context_item_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "china_trade_agreement" ADD CONSTRAINT "china_trade_agreement_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions_program" ADD CONSTRAINT "sanctions_program_market_iso3_fkey" FOREIGN KEY ("market_iso3") REFERENCES "market"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;
