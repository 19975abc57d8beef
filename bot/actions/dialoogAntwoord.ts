import { z } from "zod/v4";
import { isDomainError } from "../../src/domain/errors.js";
import { fouttekst } from "../fouttekst.js";
import { uitslagKaart } from "../kaarten/beslissing.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";

/** The answer whole: the domain refuses one over its limit at the field, never cut here (the body limit bounds the size). */
const Data = z.object({ aanvraagId: z.uuid(), versie: z.coerce.number().int().nonnegative(), antwoord: z.string().default("") });

/** "Antwoord versturen" on the card after Terugsturen: the consulent's answer to the decider's question, kept in the aanvraag. */
export function dialoogAntwoord(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    if (!parsed.success) return toonMelding("Dat lukte niet", "Deze kaart is niet meer geldig. Typ 'mijn concepten' om verder te gaan.");
    const d = parsed.data;
    const huidig = await deps.aanvragen.eigen(actor.id, d.aanvraagId);
    const r = deps.aanvragen.regeling(huidig.regelingId);
    try {
      const a = await deps.aanvragen.beantwoord(actor.id, { id: d.aanvraagId, versie: d.versie, antwoord: d.antwoord });
      return uitslagKaart(deps.config, a, r, "teruggestuurd", undefined, { melding: "Je antwoord is bewaard. Het gaat mee naar de beslisser zodra je de aanvraag opnieuw indient." });
    } catch (error) {
      if (!isDomainError(error) || error.code === "AANVRAAG_NIET_GEVONDEN") throw error;
      const actueel = await deps.aanvragen.eigen(actor.id, d.aanvraagId);
      if (actueel.status.fase !== "teruggestuurd") return toonMelding("Dat lukte niet", fouttekst(error));
      return uitslagKaart(deps.config, actueel, r, "teruggestuurd", undefined, { waarde: d.antwoord, fout: fouttekst(error) });
    }
  });
}
