import type { TurnContext } from "botbuilder";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";
import { actorVan } from "../identiteit.js";
import { ONBEKENDE_GEBRUIKER, welkomKaart } from "../kaarten/welkom.js";
import { verwijzingVan } from "../verzending/verwijzing.js";

/** Store where to reach a person; true when this conversation is new for them. */
export async function bewaarVerwijzing(deps: Pick<BotDeps, "bezorging">, context: TurnContext, persoon: Persoon): Promise<boolean> {
  return deps.bezorging.bewaarVerwijzing(persoon.id, verwijzingVan(context.activity));
}

/** Welcomes a person new in this conversation and delivers what was owed to them; false when the conversation was known. */
export async function welkom(deps: Pick<BotDeps, "bezorging" | "config" | "notifier">, context: TurnContext, persoon: Persoon): Promise<boolean> {
  if (!(await bewaarVerwijzing(deps, context, persoon))) return false;
  await context.sendActivity({ attachments: [welkomKaart(persoon, deps.config.swv.naam)] });
  await deps.notifier.verstuur(persoon.id);
  return true;
}

/**
 * Install or membership event: stores where to reach a known person and welcomes them
 * once per conversation. A stranger gets an explanation and nothing is stored.
 */
export function eersteContact(deps: BotDeps) {
  return async (context: TurnContext): Promise<void> => {
    const persoon = actorVan(context, deps.config.swv);
    if (!persoon) {
      await deps.weigeringen.leg({ actor: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? "onbekend", actie: "installatie", reden: "onbekende gebruiker" });
      await context.sendActivity(ONBEKENDE_GEBRUIKER);
      return;
    }
    await welkom(deps, context, persoon);
  };
}
