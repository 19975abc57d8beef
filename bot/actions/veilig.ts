import type { Kaart } from "../../cards/render.js";
import type { TurnContext } from "botbuilder";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";
import { ONBEKENDE_GEBRUIKER } from "../kaarten/welkom.js";
import { toonMelding } from "../kaarten/toon.js";
import { actorVan } from "../identiteit.js";
import { heeftEigenTekst, ONVERWACHTE_FOUT, tekstVoorGebruiker } from "../fouttekst.js";

/**
 * Wrap a card action: the actor comes from the activity, never from card data; a
 * stranger gets the polite refusal; a coded error becomes its Dutch message on the
 * card; anything else is logged and the user sees a plain Dutch message.
 */
export function veiligeActie(deps: BotDeps, handler: (context: TurnContext, actor: Persoon, data: Record<string, unknown>) => Promise<Kaart>) {
  return async (context: TurnContext, _state: unknown, data: Record<string, unknown>): Promise<Kaart> => {
    const actor = actorVan(context, deps.config.swv);
    if (!actor) return toonMelding("Geen toegang", ONBEKENDE_GEBRUIKER);
    try {
      return await handler(context, actor, data ?? {});
    } catch (error) {
      if (heeftEigenTekst(error)) return toonMelding("Dat lukte niet", tekstVoorGebruiker(error));
      deps.log("error", "Fout in kaartactie", { fout: (error as Error).message, stack: (error as Error).stack });
      return toonMelding("Dat lukte niet", ONVERWACHTE_FOUT);
    }
  };
}
