import { Documentverwijzing, type Antwoord, type Begrotingsregel, type Leerling } from "../../domain/aanvraag.js";
import { probleem, type Probleem } from "../../domain/meldingen.js";
import type { Criterium } from "../../domain/regeling.js";
import { heeftLosTeken } from "../../domain/tekst.js";
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

/** What a step's inputs mean: the new answers (a field that could not be read is absent: it keeps what was stored), and what could not be read. */
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

const invoerBedrag = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Show cents as an amount a user can type back: "1.250,50". */
export function toonBedragInvoer(centen: number): string {
  return invoerBedrag.format(centen / 100);
}

function tekst(invoer: RuweInvoer, naam: string): string {
  return (invoer[naam] ?? "").trim();
}

/** The longest pupil reference, initials and name, and budget line description: as the aanvraag's schema allows. */
export const LIMIET = { referentie: 40, initialen: 10, naam: 120, omschrijving: 200, document: 200 } as const;

/** The birth years a pupil can have. */
export const GEBOORTEJAAR = { min: 1990, max: 2100 } as const;

export { heeftLosTeken };

function rijen(invoer: RuweInvoer, voorvoegsel: "l" | "b"): number[] {
  const nummers = new Set<number>();
  for (const naam of Object.keys(invoer)) {
    const m = new RegExp(`^${voorvoegsel}\\.(\\d{1,3})\\.`).exec(naam);
    if (m) nummers.add(Number(m[1]));
  }
  return [...nummers].sort((a, b) => a - b);
}

/** What reading a field gave: an answer (undefined: empty), or `ONLEESBAAR` when a problem was reported and nothing may change. */
const ONLEESBAAR = Symbol("onleesbaar");
type Gelezen = Antwoord | undefined | typeof ONLEESBAAR;

function leesCriterium(c: Criterium, invoer: RuweInvoer, problemen: Probleem[], vorig: Antwoord | undefined): Gelezen {
  const ruw = tekst(invoer, invoerNaam.veld(c.id));
  const weiger = (p: Probleem): typeof ONLEESBAAR => {
    problemen.push(p);
    return ONLEESBAAR;
  };
  if (heeftLosTeken(ruw)) return weiger(probleem(c.id, "ONGELDIGE_TEKENS"));
  switch (c.type) {
    case "tekst":
    case "langeTekst":
      if (ruw.length > c.maxLengte) return weiger(probleem(c.id, "TE_LANG", { max: c.maxLengte, lengte: ruw.length }));
      return ruw === "" ? undefined : ruw;
    case "datum":
      return ruw === "" ? undefined : ruw;
    case "keuze":
      if (ruw === "") return undefined;
      return c.meerdere ? ruw.split(",").map((w) => w.trim()).filter(Boolean) : ruw;
    case "getal": {
      if (ruw === "") return undefined;
      const n = Number(ruw.replace(",", "."));
      return Number.isFinite(n) ? n : weiger(probleem(c.id, "GEEN_GETAL"));
    }
    case "bedrag": {
      if (ruw === "") return undefined;
      const b = leesBedrag(ruw);
      return b === undefined ? weiger(probleem(c.id, "GEEN_BEDRAG", { tekst: ruw })) : b;
    }
    case "jaNee":
      return ruw === "true" ? true : ruw === "false" ? false : undefined;
    case "document": {
      if (ruw === "") return undefined;
      if (ruw.length > LIMIET.document) return weiger(probleem(c.id, "REFERENTIE_TE_LANG", { max: LIMIET.document, lengte: ruw.length }));
      const link = /^https:\/\/\S+$/i.test(ruw) && Documentverwijzing.safeParse({ referentie: ruw, url: ruw }).success;
      return link ? { referentie: ruw, url: ruw } : { referentie: ruw };
    }
    case "leerlingen":
      return leesLeerlingen(c, invoer, problemen);
    case "periode": {
      const start = tekst(invoer, invoerNaam.start);
      const eind = tekst(invoer, invoerNaam.eind);
      return start === "" && eind === "" ? undefined : { start, eind };
    }
    case "begroting":
      return leesBegroting(c, invoer, problemen, vorig);
    default: {
      const nooit: never = c;
      return nooit;
    }
  }
}

function leesLeerlingen(c: Extract<Criterium, { type: "leerlingen" }>, invoer: RuweInvoer, problemen: Probleem[]): Gelezen {
  const leerlingen: Leerling[] = [];
  const voor = problemen.length;
  for (const i of rijen(invoer, "l")) {
    const deel = (d: "referentie" | "initialen" | "geboortejaar" | "naam") => tekst(invoer, invoerNaam.leerling(i, d));
    const [referentie, initialen, jaar, naam] = [deel("referentie"), deel("initialen"), deel("geboortejaar"), deel("naam")];
    if (!referentie && !initialen && !jaar && !naam) continue;
    const nr = leerlingen.length + 1 + (problemen.length - voor);
    const fouten: Probleem[] = [];
    if ([referentie, initialen, jaar, naam].some(heeftLosTeken)) fouten.push(probleem(c.id, "ONGELDIGE_TEKENS"));
    if (!referentie || !initialen) fouten.push(probleem(c.id, "LEERLING_ONVOLLEDIG", { nr }));
    const lang = (waarde: string, woord: string, max: number) => {
      if (waarde.length > max) fouten.push(probleem(c.id, "LEERLING_TE_LANG", { nr, deel: woord, max, lengte: waarde.length }));
    };
    lang(referentie, "het leerlingnummer of de OPP-referentie", LIMIET.referentie);
    lang(initialen, "de initialen", LIMIET.initialen);
    lang(naam, "de naam", LIMIET.naam);
    if (!/^\d{4}$/.test(jaar)) fouten.push(probleem(c.id, "GEEN_JAARTAL", { nr }));
    else if (Number(jaar) < GEBOORTEJAAR.min || Number(jaar) > GEBOORTEJAAR.max)
      fouten.push(probleem(c.id, "JAARTAL_BUITEN_BEREIK", { nr, jaar: Number(jaar), ...GEBOORTEJAAR }));
    if (fouten.length > 0) {
      problemen.push(...fouten);
      continue;
    }
    const leerling: Leerling = { referentie, initialen, geboortejaar: Number(jaar) };
    if (naam) leerling.naam = naam;
    leerlingen.push(leerling);
  }
  return problemen.length > voor ? ONLEESBAAR : leerlingen;
}

function leesBegroting(c: Criterium, invoer: RuweInvoer, problemen: Probleem[], vorig: Antwoord | undefined): Gelezen {
  const regels: Begrotingsregel[] = [];
  const voor = problemen.length;
  for (const i of rijen(invoer, "b")) {
    const omschrijving = tekst(invoer, invoerNaam.regel(i, "omschrijving"));
    const bedragTekst = tekst(invoer, invoerNaam.regel(i, "bedrag"));
    if (!omschrijving && !bedragTekst) continue;
    const nr = regels.length + 1 + (problemen.length - voor);
    const bedrag = leesBedrag(bedragTekst);
    const fouten: Probleem[] = [];
    if (heeftLosTeken(omschrijving)) fouten.push(probleem(c.id, "ONGELDIGE_TEKENS"));
    if (!omschrijving) fouten.push(probleem(c.id, "REGEL_ZONDER_OMSCHRIJVING", { nr }));
    else if (omschrijving.length > LIMIET.omschrijving) fouten.push(probleem(c.id, "REGEL_TE_LANG", { nr, max: LIMIET.omschrijving, lengte: omschrijving.length }));
    if (!bedragTekst) fouten.push(probleem(c.id, "REGEL_ZONDER_BEDRAG", { nr }));
    else if (bedrag === undefined) fouten.push(probleem(c.id, "REGEL_GEEN_BEDRAG", { nr, tekst: bedragTekst }));
    if (fouten.length > 0 || bedrag === undefined) {
      problemen.push(...fouten);
      continue;
    }
    regels.push({ omschrijving, bedrag });
  }
  const som = regels.reduce((s, r) => s + r.bedrag, 0);
  const totaalTekst = tekst(invoer, invoerNaam.totaal);
  const eerder = vorig !== undefined && typeof vorig === "object" && "regels" in vorig ? vorig : undefined;
  // A total the bot computed comes back on the card as typed text; unchanged, it still follows the lines.
  const berekend = totaalTekst === "" || (eerder?.totaalBerekend === true && leesBedrag(totaalTekst) === eerder.totaal);
  const totaal = berekend ? som : leesBedrag(totaalTekst);
  if (totaal === undefined) problemen.push(probleem(c.id, "GEEN_BEDRAG", { tekst: totaalTekst }));
  if (problemen.length > voor || totaal === undefined) return ONLEESBAAR;
  return berekend ? { regels, totaal, totaalBerekend: true } : { regels, totaal };
}

/**
 * Read the inputs of one step into answers. What cannot be read becomes a problem on
 * its field; the raw inputs stay with the caller to show them again unchanged.
 */
export function leesStap(stap: Stap, invoer: RuweInvoer, huidig: Readonly<Record<string, Antwoord>> = {}): GelezenStap {
  const problemen: Probleem[] = [];
  const antwoorden: Record<string, Antwoord | undefined> = {};
  for (const c of stap.criteria) {
    const gelezen = leesCriterium(c, invoer, problemen, huidig[c.id]);
    if (gelezen !== ONLEESBAAR) antwoorden[c.id] = gelezen;
  }
  const voorwaarden: Record<string, boolean> = {};
  if (stap.velden.includes(VOORWAARDEN_VELD))
    for (const naam of Object.keys(invoer)) {
      const m = /^w\.([a-z0-9-]+)$/.exec(naam);
      if (m) voorwaarden[m[1]!] = invoer[naam] === "true";
    }
  return { antwoorden, voorwaarden, problemen };
}
