import type { TurnContext } from "botbuilder";
import { z } from "zod/v4";
import type { Kaart } from "../../cards/render.js";
import type { BotDeps } from "../deps.js";
import { kaartVoorKijker } from "../kaarten/kaartVoor.js";
import { toonMelding } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";

/**
 * Universal Actions refresh: the card as this person may see it now, returned to their
 * client only; the message itself stays as it is for everyone else.
 */
export function beslissingVervers(deps: BotDeps) {
  const actie = veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = z.object({ aanvraagId: z.uuid() }).safeParse(ruw);
    if (!parsed.success) return toonMelding("Dat lukte niet", "Deze kaart is niet meer geldig.");
    return kaartVoorKijker(deps, actor, await deps.beslissingen.haal(parsed.data.aanvraagId));
  });
  return async (context: TurnContext, state: unknown, data: Record<string, unknown>): Promise<Kaart> => {
    const kaart = await actie(context, state, data);
    await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: kaart } } });
    return kaart;
  };
}
