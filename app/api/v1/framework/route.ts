import { respond } from "@/lib/http/route";
import { decisionFramework } from "@/lib/server/framework";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(decisionFramework);
}
