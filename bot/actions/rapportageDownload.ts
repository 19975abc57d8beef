import { CardFactory } from "botbuilder";
import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import { tekstVoor } from "../fouttekst.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";
import { UITLEG } from "../kaarten/link.js";
import { rapportageKaart } from "../kaarten/rapportage.js";
import { VERB } from "../verbs.js";
const Data = z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/), formaat: z.enum(["csv", "xlsx"]).default("csv") });
const NAAM = { csv: "CSV", xlsx: "Excel" } as const;


/**
 * "Download als Excel" and "Download als CSV" on the report card: for staff (checked on the server), a fresh link
 * for this person that works once, for ten minutes; bound to them by sign-in where that is
 * set up, and not issued at all in real Teams when it is not.
 */
export function rapportageDownload(deps: BotDeps, basisUrl: () => string, aanmelden: Aanmelden["soort"]) {
  return veiligeActie(deps, async (context, actor, ruw) => {
    if (!deps.rapportage.magRapportage(actor.id)) return toonMelding("Rapportage", tekstVoor("ALLEEN_STAF"));
    const d = Data.safeParse(ruw);
    if (!d.success) return toonMelding("Rapportage", "Deze kaart is niet meer geldig; vraag de rapportage opnieuw op.");
    const { schooljaar, formaat } = d.data;
    // The link (or why there is none) comes as a new message; the report stays, shown again.
    const bericht =
      aanmelden === "niet-ingericht"
        ? toonMelding("Rapportage", tekstVoor("DOWNLOAD_NIET_INGERICHT"))
        : renderCard("link", {
            titel: `Rapportage ${schooljaar} als ${NAAM[formaat]}`,
            tekst: UITLEG[aanmelden],
            knop: `Download ${NAAM[formaat]}`,
            url: `${basisUrl()}/rapportage/${(await deps.downloads.maakLink(actor.id, { soort: "rapportage", schooljaar, formaat })).token}`,
          });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(bericht)] });
    return renderCard("rapportage", rapportageKaart(await deps.rapportage.regels(schooljaar), schooljaar, VERB.rapportageDownload));
  });
}
