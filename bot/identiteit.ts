import type { TurnContext } from "botbuilder";
import type { Persoon, SwvConfig } from "../src/domain/swv.js";

/**
 * The person acting in this turn, from the Entra object id Teams puts on the activity;
 * undefined for someone the SWV does not know. Card data is never used for this.
 */
export function actorVan(context: TurnContext, swv: SwvConfig): Persoon | undefined {
  const id = context.activity.from?.aadObjectId;
  return id === undefined ? undefined : swv.personen.find((p) => p.id === id);
}
