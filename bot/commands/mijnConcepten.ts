import type { BotDeps } from "../deps.js";
import { conceptenKaart } from "../kaarten/concepten.js";

/** "mijn concepten": the consulent's drafts and aanvragen sent back. */
export async function mijnConcepten(deps: Pick<BotDeps, "aanvragen">, actorId: string, titel?: string) {
  return conceptenKaart(deps.aanvragen, await deps.aanvragen.concepten(actorId), titel);
}
