import { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => readFramework(await getPrisma()));
}
