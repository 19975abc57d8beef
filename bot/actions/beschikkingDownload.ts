import { CardFactory } from "botbuilder";
import { z } from "zod/v4";
import { renderCard, type Kaart } from "../../cards/render.js";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import { tekstVoor } from "../fouttekst.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { UITLEG } from "../kaarten/link.js";
import { zelfdeKaart } from "../kaarten/status.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ aanvraagId: z.uuid(), kaart: z.enum(["status", "uitslag"]).catch("uitslag") });

/**
 * "Download beschikking (PDF)" on the beschikking, refusal and status cards: a link for this
 * person, once, for ten minutes, when the download service finds them involved in the
 * aanvraag (checked on the server; the card's id is only a pointer). The link arrives as a new
 * message; the pressed card stays, shown as it is now.
 */
export function beschikkingDownload(deps: BotDeps, basisUrl: () => string, aanmelden: Aanmelden["soort"]) {
  return veiligeActie(deps, async (context, actor, ruw) => {
    const d = Data.safeParse(ruw);
    if (!d.success) return toonMelding("Beschikking", "Deze kaart is niet meer geldig; vraag de status van de aanvraag opnieuw op.");
    // The answer goes into the chat as a new message; the pressed card stays, as it is now, for whoever may see it.
    const alsBericht = async (bericht: Kaart): Promise<Kaart> => {
      const a = await deps.status.details(actor, d.data.aanvraagId);
      if (!a) return bericht;
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(bericht)] });
      return zelfdeKaart(deps.config, a, deps.beslissingen.regeling(a), await deps.beslissingen.beslissers(a), d.data.kaart);
    };
    if (aanmelden === "niet-ingericht") return alsBericht(toonMelding("Beschikking", tekstVoor("DOWNLOAD_NIET_INGERICHT")));
    const { token } = await deps.downloads.maakLink(actor.id, { soort: "beschikking", aanvraagId: d.data.aanvraagId });
    return alsBericht(renderCard("link", { titel: "Beschikking als PDF", tekst: UITLEG[aanmelden], knop: "Download PDF", url: `${basisUrl()}/download/${token}` }));
  });
}
