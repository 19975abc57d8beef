import { renderCard, type Kaart } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { faseLabel } from "../../src/domain/aanvraag.js";
import { budgetoverzicht } from "../../src/domain/budgetoverzicht.js";
import { rapportage } from "../../src/domain/rapportage.js";
import { budgetKaart } from "../../src/services/budgetKaart.js";
import { rapportageKaart } from "../../src/services/rapportageKaart.js";
import { schooljaarVan, datumVan, formatDatum } from "../../src/domain/datum.js";
import { standVan } from "../../src/domain/stand.js";
import { isTraject, openAfspraken } from "../../src/domain/voortgang.js";
import { heeftRol, type Persoon } from "../../src/domain/swv.js";
import type { Vraag } from "../../src/services/vragen/herken.js";
import type { BotDeps } from "../deps.js";
import { VERB } from "../verbs.js";

/** What an unknown or hidden number gets: the same answer either way. */
export const ONBEKEND_NUMMER = "Die aanvraag bestaat niet of is niet voor jou zichtbaar.";
const MAX_REGELS = 15;

const melding = (titel: string, regels: string[]) => renderCard("melding", { titel, regels });
const naam = (deps: BotDeps, id: string) => deps.config.swv.personen.find((p) => p.id === id)?.naam ?? "onbekend";
const school = (deps: BotDeps, brin: string) => deps.config.swv.scholen.find((s) => s.brin === brin)?.naam ?? brin;

/** One line per aanvraag in a list: number, school, phase. */
const regel = (deps: BotDeps, a: Aanvraag) => `**${a.nummer}** · ${school(deps, a.schoolBrin)} · ${faseLabel[a.status.fase]}`;

function lijst(deps: BotDeps, titel: string, aanvragen: readonly Aanvraag[], leeg: string): Kaart {
  if (aanvragen.length === 0) return melding(titel, [leeg]);
  const regels = aanvragen.slice(0, MAX_REGELS).map((a) => regel(deps, a));
  if (aanvragen.length > MAX_REGELS) regels.push(`… en nog ${aanvragen.length - MAX_REGELS}. Vraag naar een aanvraag met **status MW-2026-0001**.`);
  return melding(titel, [...regels, "Typ **status** met het nummer voor de stand van zaken."]);
}

/** The compact status of one aanvraag: phase, who holds it since when, the next step; a button for the details. */
async function statusKaart(deps: BotDeps, a: Aanvraag): Promise<Kaart> {
  const r = deps.beslissingen.regeling(a);
  const stand = standVan(a, r, deps.config.swv.beslistermijnSchooldagen, deps.config.swv.schoolvakanties);
  const bij = stand.bij === "consulent" ? naam(deps, a.consulentId) : stand.bij === "beslisser" ? (await deps.beslissingen.beslissers(a)).map((id) => naam(deps, id)).join(" of ") : "–";
  return renderCard("uitslag", {
    stijl: "emphasis",
    kop: `${r.naam} · ${school(deps, a.schoolBrin)}`,
    titel: `Aanvraag ${a.nummer}: ${stand.fase}`,
    regels: [`Volgende stap: ${stand.volgende}`],
    feiten: [
      { title: "Ligt bij", value: bij },
      { title: "Sinds", value: stand.sinds },
    ],
    knoppen: [{ titel: "Details", verb: VERB.statusDetails, aanvraagId: a.id }],
  });
}

/** The answer to a status question, under the visibility rules of the status service. */
export async function vraagKaart(deps: BotDeps, p: Persoon, v: Vraag): Promise<Kaart> {
  switch (v.soort) {
    case "status": {
      if (!v.nummer) return melding("Status", ["Noem het nummer van de aanvraag, bijvoorbeeld: status MW-2026-0001."]);
      const a = await deps.status.opNummer(p, v.nummer);
      return a ? statusKaart(deps, a) : melding("Status", [ONBEKEND_NUMMER]);
    }
    case "volgend-gesprek": {
      if (!v.nummer) return melding("Volgend voortgangsgesprek", ["Noem het nummer van het traject, bijvoorbeeld: wanneer is het volgende voortgangsgesprek van MW-2026-0001."]);
      const a = await deps.status.opNummer(p, v.nummer);
      if (!a) return melding("Volgend voortgangsgesprek", [ONBEKEND_NUMMER]);
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
      if (!heeftRol(deps.config.swv, p.id, "staf")) return melding("Rapportage", ["Alleen de staf van het samenwerkingsverband kan de rapportage opvragen. Typ **budget** voor het overzicht van de budgetten."]);
      const schooljaar = v.schooljaar ?? schooljaarVan(datumVan(deps.klok()));
      const regels = rapportage(deps.config.swv, deps.config.regelingen, await deps.store.aanvragen.lijst({ swvId: deps.config.swv.id }), schooljaar);
      return renderCard("rapportage", rapportageKaart(regels, schooljaar, VERB.rapportageDownload));
    }
    case "budget": {
      const schooljaar = v.schooljaar ?? schooljaarVan(datumVan(deps.klok()));
      const regels = budgetoverzicht(deps.config.regelingen, await deps.store.aanvragen.lijst({ swvId: deps.config.swv.id }), schooljaar, deps.config.swv.schoolvakanties);
      return renderCard("budget", budgetKaart(regels, schooljaar));
    }
  }
}
