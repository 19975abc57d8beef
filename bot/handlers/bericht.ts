import type { TurnState } from "@microsoft/teams-ai";
import type { TurnContext } from "botbuilder";
import { CardFactory } from "botbuilder";
import { herkenVraag } from "../../src/services/vragen/herken.js";
import { herkenCommando, voerUit, type Antwoord } from "../commandos.js";
import { vraagKaart } from "../commands/vragen.js";
import type { BotDeps } from "../deps.js";
import { actorVan } from "../identiteit.js";
import { onbegrepenKaart } from "../kaarten/help.js";
import { ONBEKENDE_GEBRUIKER } from "../kaarten/welkom.js";
import type { VrijeVraag } from "../vrijeVraag/planner.js";
import { welkom } from "./eersteContact.js";

/**
 * A chat message: first contact if it is one, then the command (see the command table) or
 * question it holds. What the deterministic parser does not recognise goes to `vrijeVraag`
 * when a language model is configured.
 */
export function bericht(deps: BotDeps, vrijeVraag?: VrijeVraag) {
  return async (context: TurnContext, state: TurnState): Promise<void> => {
    const persoon = actorVan(context, deps.config.swv);
    if (!persoon) {
      await deps.weigeringen.leg({ actor: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? "onbekend", actie: "bericht", reden: "onbekende gebruiker" });
      await context.sendActivity(ONBEKENDE_GEBRUIKER);
      return;
    }
    const nieuw = await welkom(deps, context, persoon);
    const stuur = (antwoord: Antwoord) => context.sendActivity(typeof antwoord === "string" ? antwoord : { attachments: [CardFactory.adaptiveCard(antwoord)] });
    const commando = herkenCommando(context.activity.text ?? "");
    if (commando) {
      // A greeting on first contact has had its welcome already.
      if (!(nieuw && commando.soort === "groet")) await stuur(await voerUit(deps, persoon, commando));
      return;
    }
    const vraag = herkenVraag(context.activity.text ?? "");
    if (vraag) await stuur(await vraagKaart(deps, persoon, vraag));
    else if (nieuw) return;
    else if (vrijeVraag) await vrijeVraag(context, state);
    else await stuur(onbegrepenKaart(persoon));
  };
}
