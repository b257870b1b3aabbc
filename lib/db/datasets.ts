import "server-only";

import type { Db } from "./client";

export class DatasetNotSeededError extends Error {
  constructor() {
    super("The database holds no data set yet. Start the app with `npm start` or run `npm run db:seed`.");
    this.name = "DatasetNotSeededError";
  }
}

/** The data set the database holds (the last one seeded), or null before the first seed. */
export function findDatasetVersion(db: Db) {
  return db.datasetVersion.findFirst({ orderBy: { id: "desc" } });
}

export async function currentDatasetVersion(db: Db) {
  const row = await findDatasetVersion(db);
  if (!row) throw new DatasetNotSeededError();
  return row;
}
