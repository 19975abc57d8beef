import type { Antwoord, Begrotingsregel, Leerling } from "../../domain/aanvraag.js";
import { probleem, type Probleem } from "../../domain/meldingen.js";
import type { Criterium } from "../../domain/regeling.js";
import { VOORWAARDEN_VELD } from "../../domain/validatie.js";
import type { Stap } from "./stappen.js";

/** Raw inputs of a card as Teams sends them: every value a string. */
export type RuweInvoer = Readonly<Record<string, string | undefined>>;

/** Names of the inputs on a step card, shared by the card model and this parser. */
export const invoerNaam = {
  veld: (id: string) => `v.${id}`,
  leerling: (i: number, deel: "referentie" | "initialen" | "geboortejaar" | "naam") => `l.${i}.${deel}`,
  regel: (i: number, deel: "omschrijving" | "bedrag") => `b.${i}.${deel}`,
  totaal: "b.totaal",
  start: "p.start",
  eind: "p.eind",
  voorwaarde: (id: string) => `w.${id}`,
} as const;

/** What a step's inputs mean: the new answers, and what could not be read. */
export interface GelezenStap {
  antwoorden: Record<string, Antwoord | undefined>;
  voorwaarden: Record<string, boolean>;
  problemen: Probleem[];
}

/** Read an amount in euros as Dutch users type it ("1.250,50", "€ 800", "12.5") into cents. */
export function leesBedrag(tekst: string): number | undefined {
  const t = tekst.replace(/[€\s]/g, "").replace(/^eur/i, "");
  if (t === "") return undefined;
  let euros: string;
  let centen = "";
  if (t.includes(",")) {
    const [heel, deel, ...rest] = t.split(",");
    if (rest.length > 0 || !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(heel!) || !/^\d{0,2}$/.test(deel!)) return undefined;
    euros = heel!.replace(/\./g, "");
    centen = deel!;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) euros = t.replace(/\./g, "");
  else if (/^\d+\.\d{1,2}$/.test(t)) [euros, centen] = t.split(".") as [string, string];
  else if (/^\d+$/.test(t)) euros = t;
  else return undefined;
  const bedrag = Number(euros) * 100 + Number(centen.padEnd(2, "0") || "0");
  return Number.isSafeInteger(bedrag) ? bedrag : undefined;
}

/** Show cents as an amount a user can type back: "1.250,50". */
export function toonBedragInvoer(centen: number): string {
  return new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(centen / 100);
}

function tekst(invoer: RuweInvoer, naam: string): string {
  return (invoer[naam] ?? "").trim();
}

function rijen(invoer: RuweInvoer, voorvoegsel: "l" | "b"): number[] {
  const nummers = new Set<number>();
  for (const naam of Object.keys(invoer)) {
    const m = new RegExp(`^${voorvoegsel}\\.(\\d{1,3})\\.`).exec(naam);
    if (m) nummers.add(Number(m[1]));
  }
  return [...nummers].sort((a, b) => a - b);
}

function leesCriterium(c: Criterium, invoer: RuweInvoer, problemen: Probleem[]): Antwoord | undefined {
  const ruw = tekst(invoer, invoerNaam.veld(c.id));
  switch (c.type) {
    case "tekst":
    case "langeTekst":
    case "datum":
      return ruw === "" ? undefined : ruw;
    case "keuze":
      if (ruw === "") return undefined;
      return c.meerdere ? ruw.split(",").map((w) => w.trim()).filter(Boolean) : ruw;
    case "getal": {
      if (ruw === "") return undefined;
      const n = Number(ruw.replace(",", "."));
      if (!Number.isFinite(n)) problemen.push(probleem(c.id, "GEEN_GETAL"));
      return Number.isFinite(n) ? n : undefined;
    }
    case "bedrag": {
      if (ruw === "") return undefined;
      const b = leesBedrag(ruw);
      if (b === undefined) problemen.push(probleem(c.id, "GEEN_BEDRAG"));
      return b;
    }
    case "jaNee":
      return ruw === "true" ? true : ruw === "false" ? false : undefined;
    case "document":
      return ruw === "" ? undefined : /^https:\/\//i.test(ruw) ? { referentie: ruw, url: ruw } : { referentie: ruw };
    case "leerlingen":
      return leesLeerlingen(c, invoer, problemen);
    case "periode": {
      const start = tekst(invoer, invoerNaam.start);
      const eind = tekst(invoer, invoerNaam.eind);
      return start === "" && eind === "" ? undefined : { start, eind };
    }
    case "begroting":
      return leesBegroting(c, invoer, problemen);
    default: {
      const nooit: never = c;
      return nooit;
    }
  }
}

function leesLeerlingen(c: Extract<Criterium, { type: "leerlingen" }>, invoer: RuweInvoer, problemen: Probleem[]): Leerling[] {
  const leerlingen: Leerling[] = [];
  for (const i of rijen(invoer, "l")) {
    const referentie = tekst(invoer, invoerNaam.leerling(i, "referentie"));
    const initialen = tekst(invoer, invoerNaam.leerling(i, "initialen"));
    const jaar = tekst(invoer, invoerNaam.leerling(i, "geboortejaar"));
    const naam = tekst(invoer, invoerNaam.leerling(i, "naam"));
    if (!referentie && !initialen && !jaar && !naam) continue;
    const nr = leerlingen.length + 1;
    if (!referentie || !initialen) {
      problemen.push(probleem(c.id, "LEERLING_ONVOLLEDIG", { nr }));
      continue;
    }
    if (!/^\d{4}$/.test(jaar) || Number(jaar) < 1990 || Number(jaar) > 2100) {
      problemen.push(probleem(c.id, "GEEN_JAARTAL", { nr }));
      continue;
    }
    const leerling: Leerling = { referentie: referentie.slice(0, 40), initialen: initialen.slice(0, 10), geboortejaar: Number(jaar) };
    if (naam) leerling.naam = naam.slice(0, 120);
    leerlingen.push(leerling);
  }
  return leerlingen;
}

function leesBegroting(c: Criterium, invoer: RuweInvoer, problemen: Probleem[]) {
  const regels: Begrotingsregel[] = [];
  for (const i of rijen(invoer, "b")) {
    const omschrijving = tekst(invoer, invoerNaam.regel(i, "omschrijving"));
    const bedragTekst = tekst(invoer, invoerNaam.regel(i, "bedrag"));
    if (!omschrijving && !bedragTekst) continue;
    const bedrag = leesBedrag(bedragTekst);
    if (!omschrijving || bedrag === undefined) {
      problemen.push(probleem(c.id, "REGEL_ONVOLLEDIG", { nr: regels.length + 1 }));
      continue;
    }
    regels.push({ omschrijving: omschrijving.slice(0, 200), bedrag });
  }
  const totaalTekst = tekst(invoer, invoerNaam.totaal);
  const som = regels.reduce((s, r) => s + r.bedrag, 0);
  const totaal = totaalTekst === "" ? som : leesBedrag(totaalTekst);
  if (totaal === undefined) {
    problemen.push(probleem(c.id, "GEEN_BEDRAG"));
    return { regels, totaal: som };
  }
  return { regels, totaal };
}

/**
 * Read the inputs of one step into answers. What cannot be read becomes a problem on
 * its field; the raw inputs stay with the caller to show them again unchanged.
 */
export function leesStap(stap: Stap, invoer: RuweInvoer): GelezenStap {
  const problemen: Probleem[] = [];
  const antwoorden: Record<string, Antwoord | undefined> = {};
  for (const c of stap.criteria) antwoorden[c.id] = leesCriterium(c, invoer, problemen);
  const voorwaarden: Record<string, boolean> = {};
  if (stap.velden.includes(VOORWAARDEN_VELD))
    for (const naam of Object.keys(invoer)) {
      const m = /^w\.([a-z0-9-]+)$/.exec(naam);
      if (m) voorwaarden[m[1]!] = invoer[naam] === "true";
    }
  return { antwoorden, voorwaarden, problemen };
}
