import { respond } from "@/lib/http/route";
import { health } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(health);
}
