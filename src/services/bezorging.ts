import { createHash, randomUUID } from "node:crypto";
import type { Aanvraag } from "../domain/aanvraag.js";
import type { Claim, Conversatieverwijzing, Geclaimd, Store, Uitgaand, Uitslag } from "../storage/ports.js";

export { Conversatieverwijzing } from "../storage/ports.js";
export type { Uitgaand, Uitslag } from "../storage/ports.js";

/**
 * The bot's channel to people: where each person is reached, the outbox of messages it
 * owes them, and the register of activities Teams delivered (to notice one delivered twice).
 */
export function bezorgingService(deps: { store: Pick<Store, "aanvragen" | "conversaties" | "uitgaand" | "ontvangen"> }) {
  const { store } = deps;
  return {
    /** Stores where to reach a person; true when this conversation is new for them. */
    bewaarVerwijzing: (persoonId: string, v: Conversatieverwijzing): Promise<boolean> => store.conversaties.bewaar(persoonId, v),
    /** Where to reach a person, when the bot has a conversation with them. */
    verwijzing: (persoonId: string): Promise<Conversatieverwijzing | undefined> => store.conversaties.haal(persoonId),
    /** The aanvraag a message is about, as it is now. */
    aanvraag: (id: string): Promise<Aanvraag | undefined> => store.aanvragen.haal(id),
    /** Registers a delivered activity; false when Teams delivered it before. Kept as a fixed-length hash, whatever the id's length. */
    nieuwOntvangen: (sleutel: string, op: string): Promise<boolean> => store.ontvangen.nieuw(createHash("sha256").update(sleutel).digest("base64url"), op),
    /** Claims due messages for a sender; see the outbox port. */
    claim: (claim: Claim): Promise<Geclaimd> => store.uitgaand.claim(claim),
    /** Marks a claimed message as on its way. */
    markeerGestart: (id: string, op: string): Promise<void> => store.uitgaand.markeerGestart(id, op),
    /** Records how claimed messages went, in one write. */
    verwerk: (uitslagen: readonly Uitslag[]): Promise<void> => store.uitgaand.verwerk(uitslagen),
    /** Every message about an aanvraag, delivered or not. */
    vanAanvraag: (aanvraagId: string): Promise<Uitgaand[]> => store.uitgaand.vanAanvraag(aanvraagId),
  };
}

/**
 * A card someone already has about an aanvraag (the card a click answered, such as the
 * consulent's "ingediend" card), as the outbox remembers it: a delivered decision card, so
 * later changes update it. Stored with the change that made it (aanvraagService.dienIn).
 */
export function vastgelegdeKaart(k: { persoonId: string; aanvraagId: string; activiteitId: string; op: string }): Uitgaand {
  return {
    id: randomUUID(),
    persoonId: k.persoonId,
    soort: "beslissing",
    aanvraagId: k.aanvraagId,
    sleutel: `kaart:${k.aanvraagId}:${k.persoonId}:${k.activiteitId}`.slice(0, 200),
    aangemaaktOp: k.op,
    verzondenOp: k.op,
    activiteitId: k.activiteitId,
    pogingen: 0,
  };
}

/** The channel service as built for one store. */
export type BezorgingService = ReturnType<typeof bezorgingService>;
