import { z } from "zod/v4";
import type { BotDeps } from "../deps.js";
import { toonMelding, toonStap } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";

const Verder = z.object({ aanvraagId: z.uuid() });
const ONGELDIG = "Deze kaart is niet meer geldig. Typ 'mijn concepten' voor je actuele concepten.";

/** Resume a draft at the step where the consulent left it. */
export function conceptVerder(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, data) => {
    const parsed = Verder.safeParse(data);
    if (!parsed.success) return toonMelding("Dat lukte niet", ONGELDIG);
    const a = await deps.aanvragen.eigen(actor.id, parsed.data.aanvraagId);
    if (a.status.fase === "teruggestuurd")
      return toonStap(deps.aanvragen, a, { melding: `Teruggestuurd met de vraag: ${a.status.vraag}` });
    if (a.status.fase !== "concept") return toonMelding(`Aanvraag ${a.nummer}`, `Deze aanvraag is ${a.status.fase} en kan niet meer worden gewijzigd.`);
    return toonStap(deps.aanvragen, a);
  });
}
