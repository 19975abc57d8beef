import { renderCard } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { formatDatum } from "../../src/domain/datum.js";
import { datumVan } from "../../src/domain/datum.js";
import type { BotDeps } from "../deps.js";
import { VERB } from "../verbs.js";

/** The card listing a consulent's drafts and aanvragen sent back, with Verder and Verwijderen. */
export async function conceptenKaart(deps: BotDeps, actorId: string, titel = "Mijn concepten") {
  const lijst = await deps.aanvragen.concepten(actorId);
  const item = (a: Aanvraag) => {
    const stappen = deps.aanvragen.stappen(a);
    return {
      id: a.id,
      versie: a.versie,
      nummer: a.nummer,
      regeling: deps.aanvragen.regeling(a.regelingId).naam,
      school: deps.aanvragen.school(a.schoolBrin).naam,
      voortgang: a.status.fase === "teruggestuurd" ? "teruggestuurd" : `stap ${Math.min(a.stap, stappen.length - 1) + 1} van ${stappen.length}`,
      bijgewerkt: formatDatum(datumVan(new Date(a.bijgewerktOp))),
      vraag: a.status.fase === "teruggestuurd" ? a.status.vraag : "",
      verwijderbaar: a.status.fase === "concept",
    };
  };
  return renderCard("concepten", { titel, verderVerb: VERB.conceptVerder, verwijderVerb: VERB.conceptVerwijder, items: lijst.map(item) });
}
