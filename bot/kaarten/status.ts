import { renderCard, type Kaart } from "../../cards/render.js";
import type { Configuratie } from "../../src/config/configuratie.js";
import { faseLabel, type Aanvraag } from "../../src/domain/aanvraag.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { standVan } from "../../src/domain/stand.js";
import { isBesloten } from "../../src/beschikking/brief.js";
import { VERB } from "../verbs.js";
import { DOWNLOAD_BESCHIKKING, uitslagKaart } from "./beslissing.js";

/** What an unknown or hidden number gets: the same answer either way. */
export const ONBEKEND_NUMMER = "Die aanvraag bestaat niet of is niet voor jou zichtbaar.";
const MAX_REGELS = 15;

/** A short card with a title and lines. */
export const meldingKaart = (titel: string, regels: string[]) => renderCard("melding", { titel, regels });
/** A person's name from the configuration. */
export const naamVan = (config: Configuratie, id: string) => config.swv.personen.find((p) => p.id === id)?.naam ?? "onbekend";
const school = (config: Configuratie, brin: string) => config.swv.scholen.find((s) => s.brin === brin)?.naam ?? brin;

/** One line per aanvraag in a list: number, school, phase. */
const regel = (config: Configuratie, a: Aanvraag) => `**${a.nummer}** · ${school(config, a.schoolBrin)} · ${faseLabel[a.status.fase]}`;

/** A list of aanvragen, at most fifteen lines, or `leeg` when there are none. */
export function lijstKaart(config: Configuratie, titel: string, aanvragen: readonly Aanvraag[], leeg: string): Kaart {
  if (aanvragen.length === 0) return meldingKaart(titel, [leeg]);
  const regels = aanvragen.slice(0, MAX_REGELS).map((a) => regel(config, a));
  if (aanvragen.length > MAX_REGELS) regels.push(`… en nog ${aanvragen.length - MAX_REGELS}. Vraag naar een aanvraag met **status MW-2026-0001**.`);
  return meldingKaart(titel, [...regels, "Typ **status** met het nummer voor de stand van zaken."]);
}

/** The compact status of one aanvraag: phase, who holds it (`beslissers`: the ids of its deciders now) since when, the next step; a button for the details. */
export function statusKaart(config: Configuratie, a: Aanvraag, r: Regeling, beslissers: readonly string[]): Kaart {
  const stand = standVan(a, r, config.swv.beslistermijnSchooldagen, config.swv.schoolvakanties);
  const bij = stand.bij === "consulent" ? naamVan(config, a.consulentId) : stand.bij === "beslisser" ? beslissers.map((id) => naamVan(config, id)).join(" of ") : "–";
  return renderCard("uitslag", {
    stijl: "emphasis",
    kaart: "status",
    kop: `${r.naam} · ${school(config, a.schoolBrin)}`,
    titel: `Aanvraag ${a.nummer}: ${stand.fase}`,
    regels: [`Volgende stap: ${stand.volgende}`],
    feiten: [
      { title: "Ligt bij", value: bij },
      { title: "Sinds", value: stand.sinds },
    ],
    knoppen: [
      { titel: "Details", verb: VERB.statusDetails, aanvraagId: a.id },
      ...(isBesloten(a) ? [{ titel: DOWNLOAD_BESCHIKKING, verb: VERB.beschikkingDownload, aanvraagId: a.id }] : []),
    ],
  });
}

/**
 * The card a button was pressed on, shown again from the aanvraag's state now, so that a
 * follow-up (details, a download link) can arrive as a new message without taking it away.
 */
export function zelfdeKaart(config: Configuratie, a: Aanvraag, r: Regeling, beslissers: readonly string[], kaart: "status" | "uitslag"): Kaart {
  if (kaart === "status") return statusKaart(config, a, r, beslissers);
  return uitslagKaart(config, a, r, a.status.fase === "afgewezen" ? "afwijzing" : "beschikking");
}
