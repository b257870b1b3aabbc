import type { PrismaClient } from "./generated/client";

export class DatasetNotSeededError extends Error {
  constructor() {
    super("The database holds no data set yet. Start the app with `npm start` or run `npm run db:seed`.");
    this.name = "DatasetNotSeededError";
  }
}

export async function currentDatasetVersion(prisma: PrismaClient) {
  const row = await prisma.datasetVersion.findFirst({ orderBy: { id: "desc" } });
  if (!row) throw new DatasetNotSeededError();
  return row;
}
