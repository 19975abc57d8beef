import { AdaptiveCardActionExecuteResponseType, Application, type PromptCompletionModel, type TurnState, type TeamsAdapter } from "@microsoft/teams-ai";
import { ActivityTypes } from "botbuilder";
import { aanvraagKies } from "./actions/aanvraagKies.js";
import { aanvraagStap } from "./actions/aanvraagStap.js";
import { beslissing } from "./actions/beslissing.js";
import { beslissingVervers } from "./actions/beslissingVervers.js";
import { voortgang } from "./actions/voortgang.js";
import { statusDetails } from "./actions/statusDetails.js";
import { dialoogAntwoord } from "./actions/dialoogAntwoord.js";
import { rapportageDownload } from "./actions/rapportageDownload.js";
import { conceptVerder } from "./actions/conceptVerder.js";
import { conceptVerwijder } from "./actions/conceptVerwijder.js";
import { beschikkingDownload } from "./actions/beschikkingDownload.js";
import type { Aanmelden } from "../src/config/aanmelden.js";
import type { BotDeps } from "./deps.js";
import { bericht } from "./handlers/bericht.js";
import { eersteContact } from "./handlers/eersteContact.js";
import { herkenActor } from "./identiteit.js";
import { onTurnError } from "./onTurnError.js";
import { toonMelding } from "./kaarten/toon.js";
import { VERB } from "./verbs.js";
import { gesprekVan } from "./verzending/verwijzing.js";
import { maakVrijeVraag } from "./vrijeVraag/planner.js";

/** Whether an `adaptiveCard/action` value carries an action with a verb, as every card of this bot sends. */
function heeftActie(value: unknown): boolean {
  const actie = (value as { action?: unknown } | undefined)?.action;
  return typeof actie === "object" && actie !== null && typeof (actie as { verb?: unknown }).verb === "string";
}

/**
 * The route table of the bot, and nothing else (the chat commands have their own table, commandos.ts). `aanmelden` says how report download links are bound
 * to their person; `taalmodel`, when configured, answers the free-form questions the parser does not know.
 */
export function maakApp(deps: BotDeps, adapter: TeamsAdapter, basisUrl: () => string, aanmelden: Aanmelden["soort"], taalmodel?: PromptCompletionModel): Application<TurnState> {
  // No storage: the bot keeps nothing in teams-ai's turn state between turns (its data is in the store, and the free
  // question keeps no history), so each turn starts from empty state instead of reading and writing a copy per conversation.
  const app = new Application<TurnState>({
    adapter,
    adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL },
  });
  app.turn("beforeTurn", async (context) => {
    // Teams redelivers a message when it is unsure we got it: the second one is ignored. (Card actions are idempotent by version.)
    const { type, id, conversation } = context.activity;
    if (type === "message" && id && conversation?.id && !(await deps.bezorging.nieuwOntvangen(`${conversation.id}|${id}`, deps.klok().toISOString()))) {
      deps.log("info", "Dubbel bezorgd bericht genegeerd", { activiteit: id });
      return false;
    }
    // A card action without its action object cannot be routed: 400, and nothing in the chat.
    if (type === "invoke" && context.activity.name === "adaptiveCard/action" && !heeftActie(context.activity.value)) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { fout: "Ongeldige kaartactie: de actie ontbreekt." } } });
      return false;
    }
    await herkenActor(context, deps.identiteit);
    // The card a clicker is answered with replaces their message for all their devices too; that update follows the answer, never delays it.
    context.onUpdateActivity(async (_context, activiteit) => {
      const gesprek = gesprekVan(context.activity);
      if (activiteit.id && gesprek) deps.notifier.vervangNaDeBeurt(gesprek, { ...activiteit, id: activiteit.id });
    });
    return true;
  });
  const welkom = eersteContact(deps);
  app.conversationUpdate("membersAdded", welkom);
  app.activity("installationUpdate", welkom);
  app.activity("message", bericht(deps, taalmodel ? maakVrijeVraag(deps, taalmodel) : undefined));
  app.adaptiveCards.actionExecute(VERB.aanvraagKies, aanvraagKies(deps));
  app.adaptiveCards.actionExecute(VERB.aanvraagStap, aanvraagStap(deps));
  app.adaptiveCards.actionExecute(VERB.conceptVerder, conceptVerder(deps));
  app.adaptiveCards.actionExecute(VERB.conceptVerwijder, conceptVerwijder(deps));
  app.adaptiveCards.actionExecute(VERB.beslissing, beslissing(deps));
  app.adaptiveCards.actionExecute(VERB.beslissingVervers, beslissingVervers(deps));
  app.adaptiveCards.actionExecute(VERB.voortgang, voortgang(deps));
  app.adaptiveCards.actionExecute(VERB.statusDetails, statusDetails(deps));
  app.adaptiveCards.actionExecute(VERB.dialoogAntwoord, dialoogAntwoord(deps));
  app.adaptiveCards.actionExecute(VERB.rapportageDownload, rapportageDownload(deps, basisUrl, aanmelden));
  app.adaptiveCards.actionExecute(VERB.beschikkingDownload, beschikkingDownload(deps, basisUrl, aanmelden));
  // Last: a button this bot does not know (an old card, a forged request) gets a Dutch answer, not an error.
  const bekend = new Set<string>(Object.values(VERB));
  app.adaptiveCards.actionExecute(
    async (context) => context.activity.type === "invoke" && context.activity.name === "adaptiveCard/action" && !bekend.has((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb as string),
    async () => toonMelding("Onbekende actie", "Deze knop ken ik niet (meer). Typ 'help' voor wat je hier kunt doen."),
  );
  app.error(onTurnError(deps.log));
  return app;
}
