import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { BotDeps } from "../deps.js";
import { conceptenKaart } from "../kaarten/concepten.js";
import { toonMelding } from "../kaarten/toon.js";
import { VERB } from "../verbs.js";
import { veiligeActie } from "./veilig.js";

const Verwijder = z.object({ aanvraagId: z.uuid(), versie: z.coerce.number().int().nonnegative(), bevestigd: z.literal(true).optional() });
const ONGELDIG = "Deze kaart is niet meer geldig. Typ 'mijn concepten' voor je actuele concepten.";

/** Delete a draft, after the consulent confirmed it on the card. */
export function conceptVerwijder(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, data) => {
    const parsed = Verwijder.safeParse(data);
    if (!parsed.success) return toonMelding("Dat lukte niet", ONGELDIG);
    const { aanvraagId, versie, bevestigd } = parsed.data;
    const a = await deps.aanvragen.eigen(actor.id, aanvraagId);
    if (!bevestigd)
      return renderCard("bevestig", {
        titel: `Concept ${a.nummer} verwijderen?`,
        tekst: "Alles wat je hebt ingevuld wordt definitief verwijderd.",
        jaTitel: "Ja, verwijderen",
        jaVerb: VERB.conceptVerwijder,
        neeTitel: "Nee, terug naar het concept",
        neeVerb: VERB.conceptVerder,
        aanvraagId,
        versie,
      });
    await deps.aanvragen.verwijderConcept(actor.id, { id: aanvraagId, versie });
    return conceptenKaart(deps.aanvragen, await deps.aanvragen.concepten(actor.id), `Concept ${a.nummer} is verwijderd`);
  });
}
