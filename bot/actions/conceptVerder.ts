import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { BotDeps } from "../deps.js";
import { conceptenKaart } from "../commands/mijnConcepten.js";
import { toonMelding, toonStap } from "../formulier/toon.js";
import { VERB } from "../verbs.js";
import { veiligeActie } from "./veilig.js";

const Verder = z.object({ aanvraagId: z.uuid() });
const Verwijder = z.object({ aanvraagId: z.uuid(), versie: z.coerce.number().int().nonnegative(), bevestigd: z.literal(true).optional() });
const ONGELDIG = "Deze kaart is niet meer geldig. Typ 'mijn concepten' voor je actuele concepten.";

/** Resume a draft at the step where the consulent left it. */
export function conceptVerder(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, data) => {
    const parsed = Verder.safeParse(data);
    if (!parsed.success) return toonMelding("Dat lukte niet", ONGELDIG);
    const a = await deps.aanvragen.eigen(actor.id, parsed.data.aanvraagId);
    if (a.status.fase === "teruggestuurd")
      return toonStap(deps, a, { melding: `Teruggestuurd met de vraag: ${a.status.vraag}` });
    if (a.status.fase !== "concept") return toonMelding(`Aanvraag ${a.nummer}`, `Deze aanvraag is ${a.status.fase} en kan niet meer worden gewijzigd.`);
    return toonStap(deps, a);
  });
}

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
    return conceptenKaart(deps, actor.id, `Concept ${a.nummer} is verwijderd`);
  });
}
