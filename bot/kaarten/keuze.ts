import { renderCard } from "../../cards/render.js";
import type { Regeling } from "../../src/domain/regeling.js";
import type { School } from "../../src/domain/swv.js";
import { VERB } from "../verbs.js";

/** The card to choose a regeling and a school, offering only the given (the consulent's own) schools. */
export function keuzeKaart(keuzes: readonly { school: School; regelingen: Regeling[] }[], waarden: { regelingId?: string; brin?: string; fout?: string } = {}) {
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
