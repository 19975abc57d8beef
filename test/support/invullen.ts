import { DateTime } from "luxon";
import type { Regeling } from "../../src/domain/regeling.js";
import { plusMaanden, schooljaarVan } from "../../src/domain/datum.js";
import type { KaartJson } from "./kaart.js";
import { invoerVan } from "./kaart.js";

/** Options for filling in a step card the way a careful consulent would. */
export interface Vulopties {
  start?: string;
  /** The end of the period; by default the longest the regeling allows (six months when it sets none), less a day. */
  eind?: string;
  leerlingen?: number;
  /** Text typed in every free-text field. */
  tekst?: string;
  /** Text typed in particular fields, by criterion id. */
  antwoorden?: Record<string, string>;
}

/** Inputs for every field on a step card, valid for the regeling's criteria and limits. */
export function vulStapIn(kaart: KaartJson, regeling: Regeling, opties: Vulopties = {}): Record<string, string> {
  const invoer: Record<string, string> = {};
  const start = opties.start ?? "2027-01-11";
  const maanden = regeling.limieten.maxDuurMaanden ?? 6;
  const min = regeling.limieten.minLeerlingen ?? 1;
  const aantalLeerlingen = opties.leerlingen ?? Math.min(min, regeling.limieten.maxLeerlingen ?? min);
  const bedrag = Math.min(regeling.limieten.maxBedrag ?? 500000, 500000);
  for (const naam of Object.keys(invoerVan(kaart))) {
    const veld = /^v\.(.+)$/.exec(naam)?.[1];
    const leerling = /^l\.(\d+)\.(\w+)$/.exec(naam);
    const regel = /^b\.(\d+)\.(\w+)$/.exec(naam);
    if (veld) {
      const c = regeling.criteria.find((x) => x.id === veld)!;
      if (c.type === "jaNee") invoer[naam] = "true";
      else if (c.type === "keuze") invoer[naam] = c.opties[0]!.waarde;
      else if (c.type === "getal") invoer[naam] = String(c.min ?? 1);
      else if (c.type === "bedrag") invoer[naam] = "100";
      else if (c.type === "datum") invoer[naam] = start;
      else if (c.type === "document") invoer[naam] = "OPP-2026-118";
      else invoer[naam] = opties.antwoorden?.[c.id] ?? opties.tekst ?? `Antwoord op ${c.label}, concreet en meetbaar beschreven.`;
    } else if (leerling) {
      const i = Number(leerling[1]);
      if (i >= aantalLeerlingen) invoer[naam] = "";
      else
        invoer[naam] = { referentie: `LL-${1000 + i}`, initialen: "J.B.", geboortejaar: "2013", naam: `Leerling Nummer${i + 1}` }[leerling[2] as "referentie"] ?? "";
    } else if (regel) {
      const i = Number(regel[1]);
      invoer[naam] = i === 0 ? (regel[2] === "omschrijving" ? "Inzet ambulant begeleider" : (bedrag / 100).toFixed(0)) : "";
    } else if (naam === "b.totaal") invoer[naam] = "";
    else if (naam === "p.start") invoer[naam] = start;
    else if (naam === "p.eind") {
      // The longest the regeling allows, within the schooljaar of the start (the regelingen grant per schooljaar).
      const langst = DateTime.fromISO(plusMaanden(start, maanden)).minus({ days: 1 }).toISODate()!;
      const eindSchooljaar = `${schooljaarVan(start).slice(5)}-07-31`;
      invoer[naam] = opties.eind ?? (langst < eindSchooljaar ? langst : eindSchooljaar);
    }
    else if (naam.startsWith("w.")) invoer[naam] = "true";
  }
  return invoer;
}
