import { z } from "zod/v4";
import { isDomainError } from "../../src/domain/errors.js";
import type { BotDeps } from "../deps.js";
import { fouttekst } from "../fouttekst.js";
import { keuzeKaart } from "../kaarten/keuze.js";
import { toonStap } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ regelingId: z.string().max(60).default(""), brin: z.string().max(10).default("") });

/** Start a draft from the choice card; a choice that does not fit stays on the card with the reason. */
export function aanvraagKies(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    const { regelingId, brin } = parsed.success ? parsed.data : { regelingId: "", brin: "" };
    if (!regelingId || !brin) return keuzeKaart(deps.aanvragen.keuzes(actor.id), { regelingId, brin, fout: "Kies een regeling en een school." });
    try {
      const aanvraag = await deps.aanvragen.start(actor.id, regelingId, brin);
      return toonStap(deps.aanvragen, aanvraag, { melding: `Concept ${aanvraag.nummer} is aangemaakt en wordt na elke stap bewaard.` });
    } catch (error) {
      if (isDomainError(error) && ["REGELING_NIET_VOOR_SCHOOL", "SCHOOL_NIET_VAN_JOU", "REGELING_ONBEKEND"].includes(error.code))
        return keuzeKaart(deps.aanvragen.keuzes(actor.id), { regelingId, brin, fout: fouttekst(error) });
      throw error;
    }
  });
}
