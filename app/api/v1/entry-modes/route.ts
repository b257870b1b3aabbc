import { entryModesCommand } from "@/lib/commands/engine-commands";
import { getPrisma } from "@/lib/db/client";
import { answerEntryModes } from "@/lib/db/entry-modes";
import { readBodyText, respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return respond(async () => {
    const text = await readBodyText(request);
    const prisma = await getPrisma();
    return entryModesCommand(text, (parsed) => answerEntryModes(prisma, parsed));
  });
}
