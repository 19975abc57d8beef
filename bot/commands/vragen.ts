import { renderCard, type Kaart } from "../../cards/render.js";
import { faseLabel, type Aanvraag } from "../../src/domain/aanvraag.js";
import { budgetKaart } from "../kaarten/budget.js";
import { rapportageKaart } from "../kaarten/rapportage.js";
import { schooljaarVan, datumVan, formatDatum } from "../../src/domain/datum.js";
import { isTraject, openAfspraken } from "../../src/domain/voortgang.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { Vraag } from "../../src/services/vragen/herken.js";
import type { BotDeps } from "../deps.js";
import { lijstKaart, meldingKaart, ONBEKEND_NUMMER, statusKaart } from "../kaarten/status.js";
import { VERB } from "../verbs.js";

const melding = meldingKaart;
const lijst = (deps: BotDeps, titel: string, aanvragen: readonly Aanvraag[], leeg: string) => lijstKaart(deps.config, titel, aanvragen, leeg);
const status = async (deps: BotDeps, a: Aanvraag) => statusKaart(deps.config, a, deps.beslissingen.regeling(a), await deps.beslissingen.beslissers(a));

/** An aanvraag out of sight (or no such number): audited as a refused look, answered as if it did not exist. */
async function buitenZicht(deps: BotDeps, p: Persoon, actie: string, antwoord: Kaart): Promise<Kaart> {
  await deps.weigeringen.leg({ actor: p.id, actie, reden: "aanvraag buiten zicht of onbekend" });
  return antwoord;
}

/** The answer to a status question, under the visibility rules of the status service. */
export async function vraagKaart(deps: BotDeps, p: Persoon, v: Vraag): Promise<Kaart> {
  switch (v.soort) {
    case "status": {
      if (!v.nummer) return melding("Status", ["Noem het nummer van de aanvraag, bijvoorbeeld: status MW-2026-0001."]);
      const a = await deps.status.opNummer(p, v.nummer);
      if (!a) return buitenZicht(deps, p, "status", melding("Status", [ONBEKEND_NUMMER]));
      return status(deps, a);
    }
    case "volgend-gesprek": {
      if (!v.nummer) return melding("Volgend voortgangsgesprek", ["Noem het nummer van het traject, bijvoorbeeld: wanneer is het volgende voortgangsgesprek van MW-2026-0001."]);
      const a = await deps.status.opNummer(p, v.nummer);
      if (!a) return buitenZicht(deps, p, "volgend-gesprek", melding("Volgend voortgangsgesprek", [ONBEKEND_NUMMER]));
      const eerst = isTraject(a) ? openAfspraken(a, deps.beslissingen.regeling(a), deps.config.swv.schoolvakanties)[0] : undefined;
      const tekst = eerst ? `${eerst.soort === "evaluatie" ? "De evaluatie" : `Voortgangsgesprek ${eerst.volgnummer}`} van ${a.nummer} staat op ${formatDatum(eerst.datum)}.` : `${a.nummer} is ${faseLabel[a.status.fase]}: er staat geen voortgangsgesprek gepland.`;
      return melding("Volgend voortgangsgesprek", [tekst]);
    }
    case "mijn-aanvragen":
      return lijst(deps, "Mijn aanvragen", await deps.status.mijnAanvragen(p), "Je hebt nog geen aanvragen. Typ **nieuwe aanvraag** om er een te beginnen.");
    case "bij-mij":
      return lijst(deps, "Wacht op jouw besluit", await deps.status.bijMij(p), "Er ligt niets bij jou.");
    case "openstaand": {
      const { scholen, aanvragen } = await deps.status.openstaand(p, v.school);
      if (scholen.length === 0) return melding("Openstaande aanvragen", [`Ik ken geen school '${v.school}'. Noem (een deel van) de naam of de BRIN, bijvoorbeeld: openstaande aanvragen De Regenboog.`]);
      return lijst(deps, `Openstaande aanvragen · ${scholen.length === 1 ? scholen[0] : `${scholen.length} scholen`}`, aanvragen, "Geen openstaande aanvragen die jij mag zien.");
    }
    case "lopend": {
      const { scholen, aanvragen } = await deps.status.lopend(p, v.school);
      if (scholen.length === 0) return melding("Lopende trajecten", [`Ik ken geen school '${v.school}'. Noem (een deel van) de naam of de BRIN, bijvoorbeeld: lopende trajecten De Regenboog.`]);
      return lijst(deps, `Lopende trajecten · ${scholen.length === 1 ? scholen[0] : `${scholen.length} scholen`}`, aanvragen, "Geen lopende trajecten die jij mag zien.");
    }
    case "rapportage": {
      if (!deps.rapportage.magRapportage(p.id)) {
        await deps.weigeringen.leg({ actor: p.id, actie: "rapportage", reden: "alleen voor de staf" });
        return melding("Rapportage", ["Alleen de staf van het samenwerkingsverband kan de rapportage opvragen. Typ **budget** voor het overzicht van de budgetten."]);
      }
      const schooljaar = v.schooljaar ?? schooljaarVan(datumVan(deps.klok()));
      return renderCard("rapportage", rapportageKaart(await deps.rapportage.regels(schooljaar), schooljaar, VERB.rapportageDownload));
    }
    case "budget": {
      const schooljaar = v.schooljaar ?? schooljaarVan(datumVan(deps.klok()));
      return renderCard("budget", budgetKaart(await deps.rapportage.budget(schooljaar), schooljaar));
    }
  }
}
