import "server-only";

import type { Db } from "./client";

// Settings every instance on one database shares (app_setting). A value made up by whichever
// instance comes first is written once and then read by all: insert … on conflict do nothing, then
// read what won, so two instances starting together still agree.

/** The stored value of `key`; when there is none yet, `candidate` is stored and returned. */
export async function settingOnce(db: Db, key: string, candidate: () => string): Promise<string> {
  await db.$executeRaw`insert into app_setting (key, value) values (${key}, ${candidate()}) on conflict (key) do nothing`;
  const row = await db.appSetting.findUniqueOrThrow({ where: { key }, select: { value: true } });
  return row.value;
}
