import { TurnContext, type Activity } from "botbuilder";
import { Conversatieverwijzing } from "../../src/services/bezorging.js";

/** Where the sender of `activiteit` is reached again: its conversation reference, as plain JSON and parsed. */
export function verwijzingVan(activiteit: Partial<Activity>): Conversatieverwijzing {
  return Conversatieverwijzing.parse(JSON.parse(JSON.stringify(TurnContext.getConversationReference(activiteit))));
}

/**
 * The conversation of an activity that already passed the boundary's checks, for a reply
 * after the turn (the mirror of a card): its reference as botbuilder makes it, without the
 * copy and parse that a reference to store gets. Undefined without a service URL or conversation.
 */
export function gesprekVan(activiteit: Partial<Activity>): Conversatieverwijzing | undefined {
  const ref = TurnContext.getConversationReference(activiteit);
  return typeof ref.serviceUrl === "string" && typeof ref.channelId === "string" && typeof ref.conversation?.id === "string" ? (ref as unknown as Conversatieverwijzing) : undefined;
}
