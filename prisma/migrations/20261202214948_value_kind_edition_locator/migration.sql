-- CreateEnum
CREATE TYPE "ValueKind" AS ENUM ('observed', 'estimate', 'projection', 'computed');

-- AlterTable
ALTER TABLE "indicator_value" ADD COLUMN     "edition" TEXT,
ADD COLUMN     "kind" "ValueKind" NOT NULL DEFAULT 'observed',
ADD COLUMN     "locator" TEXT;
