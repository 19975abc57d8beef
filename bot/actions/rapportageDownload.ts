import { randomBytes } from "node:crypto";
import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import { foutcatalogus } from "../../src/domain/errors.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../kaarten/toon.js";
import { ALLEEN_STAF } from "../rapportage/antwoord.js";
import { veiligeActie } from "./veilig.js";

/** How long a download link of the report lives. */
export const LINK_GELDIG_MS = 10 * 60_000;
const Data = z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/) });

/** What the link card tells: bound by sign-in, or (anonymous local mode) by nothing but its secrecy. */
const UITLEG: Record<"verplicht" | "open", string> = {
  verplicht: "Deze link werkt alleen voor jou: je meldt je aan met je Microsoft-account en alleen dan krijg je het bestand. Hij werkt één keer en verloopt over tien minuten.",
  open: "Let op: deze bot draait zonder aanmelden (lokaal), dus wie deze link als eerste opent, krijgt het bestand. Hij werkt één keer en verloopt over tien minuten. Deel hem niet.",
};

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
    const token = randomBytes(32).toString("base64url");
    const verlooptOp = new Date(deps.klok().getTime() + LINK_GELDIG_MS);
    await deps.rapportage.maakLink({ token, persoonId: actor.id, schooljaar: d.data.schooljaar, verlooptOp: verlooptOp.toISOString() });
    return renderCard("link", { titel: `Rapportage ${d.data.schooljaar} als CSV`, tekst: UITLEG[aanmelden], knop: "Download CSV", url: `${basisUrl()}/rapportage/${token}` });
  });
}
