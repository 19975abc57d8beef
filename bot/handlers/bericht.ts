import type { Kaart } from "../../cards/render.js";
import type { TurnState } from "@microsoft/teams-ai";
import type { TurnContext } from "botbuilder";
import { CardFactory } from "botbuilder";
import { herkenCommando } from "../../src/services/commando.js";
import { herkenVraag } from "../../src/services/vragen/herken.js";
import { vraagKaart } from "../commands/vragen.js";
import { keuzeKaart } from "../actions/aanvraagKies.js";
import { geschiedenisKaart } from "../commands/geschiedenis.js";
import { helpKaart, onbegrepenKaart } from "../commands/help.js";
import { toonStap } from "../formulier/toon.js";
import { geenVervangerKaart, vervangerKaart } from "../commands/vervanger.js";
import { conceptenKaart } from "../commands/mijnConcepten.js";
import type { BotDeps } from "../deps.js";
import type { VrijeVraag } from "../vrijeVraag/planner.js";
import { actorVan } from "../identiteit.js";
import { bewaarVerwijzing, ONBEKENDE_GEBRUIKER, welkomKaart } from "./eersteContact.js";

const NIET_VOOR_JOU = "Dat kan alleen een consulent. Typ 'help' voor wat jij hier kunt doen.";

/**
 * A chat message: first contact if it is one, then the command or question it holds. What the
 * deterministic parser does not recognise goes to `vrijeVraag` when a language model is configured.
 */
export function bericht(deps: BotDeps, vrijeVraag?: VrijeVraag) {
  return async (context: TurnContext, state: TurnState): Promise<void> => {
    const persoon = actorVan(context, deps.config.swv);
    if (!persoon) {
      await context.sendActivity(ONBEKENDE_GEBRUIKER);
      return;
    }
    const nieuw = await bewaarVerwijzing(deps, context, persoon);
    if (nieuw) {
      await context.sendActivity({ attachments: [welkomKaart(persoon, deps.config.swv.naam)] });
      await deps.notifier.verstuur(persoon.id);
    }
    const commando = herkenCommando(context.activity.text ?? "");
    const consulent = persoon.rollen.some((r) => r.rol === "consulent");
    const kaart = (inhoud: Kaart) => context.sendActivity({ attachments: [CardFactory.adaptiveCard(inhoud)] });
    switch (commando?.soort) {
      case "verleng":
        if (!consulent) await context.sendActivity(NIET_VOOR_JOU);
        else if (!commando.nummer) await context.sendActivity("Noem het nummer van het traject, bijvoorbeeld: verleng IN-2026-0001.");
        else await kaart(toonStap(deps, await deps.aanvragen.verleng(persoon.id, commando.nummer), { melding: `Verlenging van ${commando.nummer}: de antwoorden zijn overgenomen; vul de evaluatie van het eerste jaar en de nieuwe planning in.` }));
        return;
      case "vervanger":
        await kaart(await vervangerKaart(deps, persoon, commando));
        return;
      case "geen-vervanger":
        await kaart(await geenVervangerKaart(deps, persoon));
        return;
      case "geschiedenis":
        await kaart(await geschiedenisKaart(deps, persoon, commando.nummer));
        return;
      case "nieuwe-aanvraag":
        if (!consulent) await context.sendActivity(NIET_VOOR_JOU);
        else await kaart(keuzeKaart(deps, persoon.id));
        return;
      case "mijn-concepten":
        if (!consulent) await context.sendActivity(NIET_VOOR_JOU);
        else await kaart(await conceptenKaart(deps, persoon.id));
        return;
      case "help":
        await kaart(helpKaart(persoon));
        return;
      case "groet":
        if (!nieuw) await context.sendActivity({ attachments: [welkomKaart(persoon, deps.config.swv.naam)] });
        return;
      default: {
        const vraag = herkenVraag(context.activity.text ?? "");
        if (vraag) await kaart(await vraagKaart(deps, persoon, vraag));
        else if (nieuw) return;
        else if (vrijeVraag) await vrijeVraag(context, state);
        else await kaart(onbegrepenKaart(persoon));
      }
    }
  };
}
