import { ActionPlanner, AI, PromptManager, type Plan, type PromptCompletionModel, type TurnState } from "@microsoft/teams-ai";
import { CardFactory, type TurnContext } from "botbuilder";
import type { Kaart } from "../../cards/render.js";
import { isDomainError } from "../../src/domain/errors.js";
import type { Persoon } from "../../src/domain/swv.js";
import { ACTIES, leesActie, type Opdracht } from "../../src/services/vragen/acties.js";
import { geschiedenisKaart } from "../commands/geschiedenis.js";
import { helpKaart, onbegrepenKaart } from "../kaarten/help.js";
import { vraagKaart } from "../commands/vragen.js";
import type { BotDeps } from "../deps.js";
import { actorVan } from "../identiteit.js";
import { PROMPT, vraagPrompt } from "./prompt.js";

/** Answers a question the deterministic parser did not recognise, through the language model. */
export type VrijeVraag = (context: TurnContext, state: TurnState) => Promise<void>;

/** The same card the typed question gets, for the same person. */
function opdrachtKaart(deps: BotDeps, persoon: Persoon, o: Opdracht): Promise<Kaart> | Kaart {
  switch (o.soort) {
    case "geschiedenis":
      return geschiedenisKaart(deps, persoon, o.nummer);
    case "help":
      return helpKaart(persoon);
    default:
      return vraagKaart(deps, persoon, o);
  }
}

/** Why the model's answer could not be used, for the operator: codes and names only, never the user's text. */
const foutVelden = (fout: unknown) => ({
  fout: fout instanceof Error ? fout.name : typeof fout,
  ...(isDomainError(fout) ? { code: fout.code } : {}),
  ...(typeof (fout as { status?: unknown } | undefined)?.status === "number" ? { status: (fout as { status: number }).status } : {}),
});

/**
 * teams-ai's ActionPlanner with one action per kind of question. Each action parses its
 * arguments with zod, answers for the person of this turn (never one the model names) and
 * stops the plan: what the bot found never goes back to the model. Anything else (no action,
 * an unknown one, bad arguments, an error or timeout of the service) gets the examples card.
 */
export function maakVrijeVraag(deps: BotDeps, model: PromptCompletionModel): VrijeVraag {
  // Every prompt is added in code (see prompt.ts): the folder is never read.
  const prompts = new PromptManager({ promptsFolder: "" });
  prompts.addPrompt(vraagPrompt());
  const ai = new AI<TurnState>({ planner: new ActionPlanner<TurnState>({ model, prompts, defaultPrompt: PROMPT }), allow_looping: false });
  const mislukt = new WeakMap<TurnContext, unknown>();
  const stuur = (context: TurnContext, kaart: Kaart) => context.sendActivity({ attachments: [CardFactory.adaptiveCard(kaart)] });
  const terug = async (context: TurnContext, reden: string, velden: Record<string, unknown> = {}) => {
    deps.log("warn", "Vrije vraag niet beantwoord; de voorbeelden getoond", { reden, ...velden });
    const persoon = actorVan(context, deps.config.swv);
    if (persoon) await stuur(context, onbegrepenKaart(persoon));
    return AI.StopCommandName;
  };

  for (const naam of Object.keys(ACTIES))
    ai.action(naam, async (context: TurnContext, _state: TurnState, parameters: Record<string, unknown> | undefined) => {
      const persoon = actorVan(context, deps.config.swv);
      const gelezen = leesActie(naam, parameters);
      if (!persoon) return terug(context, "onbekende-gebruiker");
      if ("reden" in gelezen) return terug(context, gelezen.reden, gelezen.reden === "ongeldige-argumenten" ? { actie: gelezen.actie, fouten: gelezen.fouten } : {});
      try {
        await stuur(context, await opdrachtKaart(deps, persoon, gelezen.opdracht));
      } catch (error) {
        mislukt.set(context, error);
        throw error;
      }
      deps.log("info", "Vrije vraag beantwoord", { actie: naam });
      return AI.StopCommandName;
    });
  ai.action(AI.PlanReadyActionName, async (context: TurnContext, _state: TurnState, plan: Plan) => (plan.commands.length > 0 ? "" : terug(context, "geen-actie")));
  ai.action(AI.SayCommandActionName, async (context: TurnContext) => terug(context, "geen-actie"));
  ai.action(AI.UnknownActionName, async (context: TurnContext) => terug(context, "onbekende-actie"));
  ai.action(AI.TooManyStepsActionName, async (context: TurnContext) => terug(context, "te-veel-stappen"));
  ai.action(AI.HttpErrorActionName, async (context: TurnContext, _state: TurnState, fout?: Error) => {
    // An error of the bot's own answer is no fault of the model: it goes to onTurnError like any other.
    if (!mislukt.has(context)) await terug(context, "taalmodel-fout", foutVelden(fout));
    return AI.StopCommandName;
  });

  return async (context, state) => {
    await ai.run(context, state);
    if (mislukt.has(context)) throw mislukt.get(context);
  };
}
