import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import { foutcatalogus } from "../../src/domain/errors.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { UITLEG } from "../kaarten/link.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ aanvraagId: z.uuid() });

/**
 * "Download beschikking (PDF)" on the beschikking, refusal and status cards: a link for this
 * person, once, for ten minutes, when the download service finds them involved in the
 * aanvraag (checked on the server; the card's id is only a pointer).
 */
export function beschikkingDownload(deps: BotDeps, basisUrl: () => string, aanmelden: Aanmelden["soort"]) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const d = Data.safeParse(ruw);
    if (!d.success) return toonMelding("Beschikking", "Deze kaart is niet meer geldig; vraag de status van de aanvraag opnieuw op.");
    if (aanmelden === "niet-ingericht") return toonMelding("Beschikking", foutcatalogus.DOWNLOAD_NIET_INGERICHT());
    const { token } = await deps.downloads.maakLink(actor.id, { soort: "beschikking", aanvraagId: d.data.aanvraagId });
    return renderCard("link", { titel: "Beschikking als PDF", tekst: UITLEG[aanmelden], knop: "Download PDF", url: `${basisUrl()}/download/${token}` });
  });
}
