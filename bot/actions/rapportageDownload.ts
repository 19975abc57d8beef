import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import { foutcatalogus } from "../../src/domain/errors.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { ALLEEN_STAF } from "../rapportage/antwoord.js";
import { veiligeActie } from "./veilig.js";
import { UITLEG } from "../kaarten/link.js";
const Data = z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/) });


/**
 * "Download als CSV" on the report card: for staff (checked on the server), a fresh link
 * for this person that works once, for ten minutes; bound to them by sign-in where that is
 * set up, and not issued at all in real Teams when it is not.
 */
export function rapportageDownload(deps: BotDeps, basisUrl: () => string, aanmelden: Aanmelden["soort"]) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    if (!deps.rapportage.magRapportage(actor.id)) return toonMelding("Rapportage", ALLEEN_STAF);
    if (aanmelden === "niet-ingericht") return toonMelding("Rapportage", foutcatalogus.DOWNLOAD_NIET_INGERICHT());
    const d = Data.safeParse(ruw);
    if (!d.success) return toonMelding("Rapportage", "Deze kaart is niet meer geldig; vraag de rapportage opnieuw op.");
    const { token } = await deps.downloads.maakLink(actor.id, { soort: "rapportage", schooljaar: d.data.schooljaar });
    return renderCard("link", { titel: `Rapportage ${d.data.schooljaar} als CSV`, tekst: UITLEG[aanmelden], knop: "Download CSV", url: `${basisUrl()}/rapportage/${token}` });
  });
}
