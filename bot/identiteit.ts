import { TeamsInfo, type TurnContext } from "botbuilder";
import type { IdentiteitService } from "../src/services/identiteit.js";
import type { Persoon, SwvConfig } from "../src/domain/swv.js";

const ACTOR = Symbol("actor");

/**
 * Resolves, once at the start of a turn, who is acting: from the Entra object id Teams puts on
 * the activity, and for someone configured by e-mail from the connector's member lookup at their
 * first contact (see services/identiteit). Card data is never used for this.
 */
export async function herkenActor(context: TurnContext, identiteit: IdentiteitService): Promise<void> {
  const van = context.activity.from;
  const persoon = await identiteit.herken(van?.aadObjectId, async () => {
    try {
      return await TeamsInfo.getMember(context, van!.id);
    } catch (error) {
      // Not a member of this conversation (404): the same as no match. Any other failure is the connector's, and surfaces.
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  });
  context.turnState.set(ACTOR, persoon);
}

/**
 * The person acting in this turn as `herkenActor` resolved it; before that (or without it),
 * the configured person with the activity's object id. Undefined for someone the SWV does not know.
 */
export function actorVan(context: TurnContext, swv: SwvConfig): Persoon | undefined {
  if (context.turnState.has(ACTOR)) return context.turnState.get(ACTOR) as Persoon | undefined;
  const id = context.activity.from?.aadObjectId;
  return id === undefined ? undefined : swv.personen.find((p) => p.id === id);
}
