import type { RapportageData, RapportageRijData } from "../../cards/cardData.js";
import type { Rapportregel } from "../../src/domain/rapportage.js";
import { formatBedrag } from "../../src/domain/geld.js";

/** What every column of the rapportage tables means. */
export const RAPPORTAGE_UITLEG = [
  "Aanvragen: ingediende aanvragen in dit schooljaar (concepten tellen niet mee).",
  "Gevraagd en toegekend: het aangevraagde bedrag en het bedrag van de beschikkingen.",
  "Onder elke naam: per regeling het aantal aanvragen, met tussen haakjes hoe vaak de expertise van het vso is ingezet; dan het effect van de geëvalueerde trajecten (ja / deels / nee) en het gemiddeld aantal kalenderdagen van indienen tot besluit.",
] as const;

const rij = (r: Rapportregel): RapportageRijData => ({
  naam: r.naam,
  aanvragen: String(r.aanvragen),
  gevraagd: formatBedrag(r.gevraagd),
  toegekend: formatBedrag(r.toegekend),
  waarvoor: [...Object.entries(r.regelingen).map(([naam, n]) => `${naam}: ${n}`), ...(r.vsoExpertise > 0 ? [`(vso-expertise: ${r.vsoExpertise})`] : [])].join("; ") || "geen aanvragen",
  effect: `${r.effect.ja} / ${r.effect.deels} / ${r.effect.nee}`,
  doorlooptijd: r.doorlooptijdDagen === undefined ? "–" : `${r.doorlooptijdDagen.toLocaleString("nl-NL")} dagen`,
});

/** The monitoring report of a schooljaar as the card shows it: per school and per bestuur. */
export function rapportageKaart(regels: readonly Rapportregel[], schooljaar: string, verb: string): RapportageData {
  return {
    titel: `Rapportage schooljaar ${schooljaar}`,
    scholen: regels.filter((r) => r.niveau === "school").map(rij),
    besturen: regels.filter((r) => r.niveau === "bestuur").map(rij),
    uitleg: [...RAPPORTAGE_UITLEG],
    verb,
    schooljaar,
  };
}
