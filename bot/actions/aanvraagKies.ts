import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import { isDomainError } from "../../src/domain/errors.js";
import type { BotDeps } from "../deps.js";
import { toonStap } from "../formulier/toon.js";
import { VERB } from "../verbs.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ regelingId: z.string().max(60).default(""), brin: z.string().max(10).default("") });

/** The card to choose a regeling and a school, offering only the consulent's own schools. */
export function keuzeKaart(deps: BotDeps, actorId: string, waarden: { regelingId?: string; brin?: string; fout?: string } = {}) {
  const keuzes = deps.aanvragen.keuzes(actorId);
  const regelingen = [...new Map(keuzes.flatMap((k) => k.regelingen).map((r) => [r.id, r])).values()];
  return renderCard("keuze", {
    verb: VERB.aanvraagKies,
    regelingId: waarden.regelingId ?? "",
    brin: waarden.brin ?? "",
    regelingen: regelingen.map((r) => ({ title: r.naam, value: r.id })),
    scholen: keuzes.map((k) => ({ title: `${k.school.naam} (${k.school.sector})`, value: k.school.brin })),
    fout: waarden.fout ?? "",
  });
}

/** Start a draft from the choice card; a choice that does not fit stays on the card with the reason. */
export function aanvraagKies(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    const { regelingId, brin } = parsed.success ? parsed.data : { regelingId: "", brin: "" };
    if (!regelingId || !brin) return keuzeKaart(deps, actor.id, { regelingId, brin, fout: "Kies een regeling en een school." });
    try {
      const aanvraag = await deps.aanvragen.start(actor.id, regelingId, brin);
      return toonStap(deps, aanvraag, { melding: `Concept ${aanvraag.nummer} is aangemaakt en wordt na elke stap bewaard.` });
    } catch (error) {
      if (isDomainError(error) && ["REGELING_NIET_VOOR_SCHOOL", "SCHOOL_NIET_VAN_JOU", "REGELING_ONBEKEND"].includes(error.code))
        return keuzeKaart(deps, actor.id, { regelingId, brin, fout: error.message });
      throw error;
    }
  });
}
