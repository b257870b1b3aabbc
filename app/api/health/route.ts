import { getDatabase } from "@/lib/db/client";
import { readHealth } from "@/lib/db/health";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => readHealth(await getDatabase()));
}
