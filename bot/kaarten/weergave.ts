import type { Aanvraag, Antwoord, Begroting, Leerling } from "../../src/domain/aanvraag.js";
import { formatDatum, type Periode } from "../../src/domain/datum.js";
import { formatBedrag } from "../../src/domain/geld.js";
import type { Criterium } from "../../src/domain/regeling.js";
import { toonBedragInvoer } from "../../src/services/formulier/invoer.js";

const MAX_SAMENVATTING = 400;

function kort(tekst: string): string {
  return tekst.length > MAX_SAMENVATTING ? `${tekst.slice(0, MAX_SAMENVATTING)}…` : tekst;
}

/** How a stored answer is shown to a user reading the aanvraag. */
export function toonAntwoord(c: Criterium, waarde: Antwoord | undefined): string {
  if (waarde === undefined) return "(niet ingevuld)";
  switch (c.type) {
    case "tekst":
    case "langeTekst":
      return kort(String(waarde));
    case "getal":
      return String(waarde);
    case "bedrag":
      return formatBedrag(waarde as number);
    case "datum":
      return formatDatum(waarde as string);
    case "keuze": {
      const gekozen = Array.isArray(waarde) ? (waarde as string[]) : [String(waarde)];
      return gekozen.map((w) => c.opties.find((o) => o.waarde === w)?.label ?? w).join(", ");
    }
    case "jaNee":
      return waarde === true ? "Ja" : "Nee";
    case "document":
      return (waarde as { referentie: string }).referentie;
    case "leerlingen":
      return (waarde as Leerling[]).map((l) => `${l.naam ? `${l.naam}, ` : ""}${l.initialen} (${l.geboortejaar}), ref. ${l.referentie}`).join("\n");
    case "periode": {
      const p = waarde as Periode;
      return `${formatDatum(p.start)} t/m ${formatDatum(p.eind)}`;
    }
    case "begroting": {
      const b = waarde as Begroting;
      return [...b.regels.map((r) => `${r.omschrijving}: ${formatBedrag(r.bedrag)}`), `Totaal: ${formatBedrag(b.totaal)}`].join("\n");
    }
    default: {
      const nooit: never = c;
      return nooit;
    }
  }
}

/** How a stored answer goes back into a text input, so the user can change it. */
export function invoerWaarde(c: Criterium, waarde: Antwoord | undefined): string {
  if (waarde === undefined) return "";
  switch (c.type) {
    case "bedrag":
      return toonBedragInvoer(waarde as number);
    case "jaNee":
      return waarde === true ? "true" : "false";
    case "keuze":
      return Array.isArray(waarde) ? waarde.join(",") : String(waarde);
    case "document":
      return (waarde as { referentie: string }).referentie;
    default:
      return typeof waarde === "object" ? "" : String(waarde);
  }
}

/** "MW-2026-0003 · Basisschool De Regenboog". */
export function kopVan(a: Aanvraag, schoolNaam: string): string {
  return `Aanvraag ${a.nummer} · ${schoolNaam}`;
}
