-- AlterEnum
ALTER TYPE "MarketRole" ADD VALUE 'other';

-- AlterTable
ALTER TABLE "market" ADD COLUMN     "income_group" TEXT;
