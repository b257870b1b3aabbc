import { getPrisma } from "@/lib/db/client";
import { listMarkets } from "@/lib/db/markets";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => listMarkets(await getPrisma()));
}
