import { renderCard } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { datumVan, formatDatum } from "../../src/domain/datum.js";
import type { AanvraagService } from "../../src/services/aanvraagService.js";
import { VERB } from "../verbs.js";

/** The card listing a consulent's drafts and aanvragen sent back, with Verder and Verwijderen. */
export function conceptenKaart(formulier: Pick<AanvraagService, "stappen" | "regeling" | "school">, lijst: readonly Aanvraag[], titel = "Mijn concepten") {
  const item = (a: Aanvraag) => {
    const stappen = formulier.stappen(a);
    return {
      id: a.id,
      versie: a.versie,
      nummer: a.nummer,
      regeling: formulier.regeling(a.regelingId).naam,
      school: formulier.school(a.schoolBrin).naam,
      voortgang: a.status.fase === "teruggestuurd" ? "teruggestuurd" : `stap ${Math.min(a.stap, stappen.length - 1) + 1} van ${stappen.length}`,
      bijgewerkt: formatDatum(datumVan(new Date(a.bijgewerktOp))),
      vraag: a.status.fase === "teruggestuurd" ? a.status.vraag : "",
      verwijderbaar: a.status.fase === "concept",
    };
  };
  return renderCard("concepten", { titel, verderVerb: VERB.conceptVerder, verwijderVerb: VERB.conceptVerwijder, items: lijst.map(item) });
}
