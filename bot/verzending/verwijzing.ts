import { TurnContext, type Activity } from "botbuilder";
import { Conversatieverwijzing } from "../../src/services/bezorging.js";

/** Where the sender of `activiteit` is reached again: its conversation reference, as plain JSON and parsed. */
export function verwijzingVan(activiteit: Partial<Activity>): Conversatieverwijzing {
  return Conversatieverwijzing.parse(JSON.parse(JSON.stringify(TurnContext.getConversationReference(activiteit))));
}
