-- AlterTable
ALTER TABLE "market" ADD COLUMN     "capital" TEXT,
ADD COLUMN     "capital_lat" DOUBLE PRECISION,
ADD COLUMN     "capital_lon" DOUBLE PRECISION,
ADD COLUMN     "land_neighbours" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "hofstede_score" (
    "iso3" TEXT NOT NULL,
    "hofstede_code" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "power_distance" DOUBLE PRECISION,
    "individualism" DOUBLE PRECISION,
    "masculinity" DOUBLE PRECISION,
    "uncertainty_avoidance" DOUBLE PRECISION,
    "long_term_orientation" DOUBLE PRECISION,
    "indulgence" DOUBLE PRECISION,

    CONSTRAINT "hofstede_score_pkey" PRIMARY KEY ("iso3")
);
