import type { Aanvraag, Antwoord, Begroting, Documentverwijzing, Leerling } from "./aanvraag.js";
import { formatDatum, type Periode } from "./datum.js";
import { formatBedrag } from "./geld.js";
import type { Criterium, Regeling } from "./regeling.js";

/** A long text is folded after this many lines, or after about this many characters. */
export const VOUW_REGELS = 6;
export const VOUW_TEKENS = 600;

/** The id of the conditions section, which follows the criteria. */
export const VOORWAARDEN_SECTIE = "voorwaarden";

/** A text split where the card folds it: `zichtbaar + rest` is always the whole text. */
export interface GevouwenTekst {
  zichtbaar: string;
  /** Empty when the text is short enough to show whole. */
  rest: string;
}

/** One section of the dossier: the answer to one criterion, or the conditions, as a decider reads it. */
export type DossierSectie = { id: string; label: string } & (
  | { soort: "tekst"; tekst: GevouwenTekst }
  | { soort: "lijst"; items: string[] }
  | { soort: "waarde"; waarde: string }
  | { soort: "document"; referentie: string; url?: string }
  | { soort: "leerlingen"; leerlingen: { referentie: string; initialen: string; geboortejaar: string; naam?: string }[] }
  | { soort: "begroting"; regels: { omschrijving: string; bedrag: string }[]; totaal: string }
  | { soort: "voorwaarden"; items: { label: string; voldaan: boolean }[] }
);

/** What an unanswered question shows. */
export const NIET_INGEVULD = "(niet ingevuld)";

const LIJSTTEKEN = /^\s*(?:[-*•–]|\d{1,2}[.)]|[a-h][.)])\s+/;

/** Cut `tekst` before code point `n` without splitting a surrogate pair; prefers the last space before it. */
function knipBijWoord(tekst: string, n: number): number {
  const punten = Array.from(tekst);
  if (punten.length <= n) return tekst.length;
  const kop = punten.slice(0, n).join("");
  const spatie = kop.search(/\s\S*$/);
  return spatie > n / 2 ? spatie + 1 : kop.length;
}

/**
 * Where a long text folds: the first VOUW_REGELS lines, at most about VOUW_TEKENS characters,
 * ending at a line end or a space. Nothing is ever left out: the rest is everything after it.
 */
export function vouw(tekst: string, regels = VOUW_REGELS, tekens = VOUW_TEKENS): GevouwenTekst {
  let eind = 0;
  let aantal = 0;
  while (aantal < regels) {
    const nl = tekst.indexOf("\n", eind);
    if (nl === -1) {
      eind = tekst.length;
      break;
    }
    eind = nl + 1;
    aantal += 1;
  }
  if (eind > tekens) eind = knipBijWoord(tekst, tekens);
  if (eind >= tekst.trimEnd().length) return { zichtbaar: tekst, rest: "" };
  return { zichtbaar: tekst.slice(0, eind), rest: tekst.slice(eind) };
}

/** The goals of a text, one per line, list markers taken off, empty lines left out; never shortened. */
export function regelsVan(tekst: string): string[] {
  return tekst
    .split(/\r?\n/)
    .map((regel) => regel.replace(LIJSTTEKEN, "").trim())
    .filter((regel) => regel !== "");
}

/** An http(s) address, when the reference is one. */
export function linkVan(d: Documentverwijzing): string | undefined {
  if (d.url) return d.url;
  const r = d.referentie.trim();
  return /^https?:\/\/\S+$/i.test(r) ? r : undefined;
}

/** A period in words: "4 januari 2027 t/m 31 maart 2027". */
export function periodeTekst(p: Periode): string {
  return `${formatDatum(p.start)} t/m ${formatDatum(p.eind)}`;
}

/** One answer as a short line of text, for a fact or a change list. */
export function waardeTekst(c: Criterium, w: Antwoord | undefined): string {
  if (w === undefined || (typeof w === "string" && w.trim() === "")) return NIET_INGEVULD;
  switch (c.type) {
    case "tekst":
    case "langeTekst":
    case "datum":
      return typeof w === "string" ? (c.type === "datum" ? formatDatum(w) : w) : String(w);
    case "getal":
      return String(w);
    case "bedrag":
      return typeof w === "number" ? formatBedrag(w) : String(w);
    case "keuze": {
      const gekozen = Array.isArray(w) ? (w as string[]) : [String(w)];
      return gekozen.map((x) => c.opties.find((o) => o.waarde === x)?.label ?? x).join(", ") || NIET_INGEVULD;
    }
    case "jaNee":
      return w === true ? "Ja" : w === false ? "Nee" : NIET_INGEVULD;
    case "periode":
      return periodeTekst(w as Periode);
    case "document":
      return (w as Documentverwijzing).referentie;
    case "leerlingen":
      return `${(w as Leerling[]).length} leerling(en)`;
    case "begroting":
      return formatBedrag((w as Begroting).totaal);
    default: {
      const nooit: never = c;
      return nooit;
    }
  }
}

function sectie(c: Criterium, w: Antwoord | undefined, doelenId: string, metNamen: boolean): DossierSectie {
  const basis = { id: c.id, label: c.label };
  switch (c.type) {
    case "langeTekst":
    case "tekst": {
      if (typeof w !== "string" || w.trim() === "") return { ...basis, soort: "waarde", waarde: NIET_INGEVULD };
      if (c.id === doelenId) return { ...basis, soort: "lijst", items: regelsVan(w) };
      return { ...basis, soort: "tekst", tekst: vouw(w) };
    }
    case "document": {
      if (w === undefined) return { ...basis, soort: "waarde", waarde: NIET_INGEVULD };
      const d = w as Documentverwijzing;
      const url = linkVan(d);
      return { ...basis, soort: "document", referentie: d.referentie, ...(url ? { url } : {}) };
    }
    case "leerlingen": {
      const lijst = Array.isArray(w) ? (w as Leerling[]) : [];
      return {
        ...basis,
        soort: "leerlingen",
        leerlingen: lijst.map((l) => ({
          referentie: l.referentie,
          initialen: l.initialen,
          geboortejaar: String(l.geboortejaar),
          ...(metNamen && c.volledigeNaam && l.naam ? { naam: l.naam } : {}),
        })),
      };
    }
    case "begroting": {
      const b = w as Begroting | undefined;
      return {
        ...basis,
        soort: "begroting",
        regels: (b?.regels ?? []).map((r) => ({ omschrijving: r.omschrijving, bedrag: formatBedrag(r.bedrag) })),
        totaal: formatBedrag(b?.totaal ?? 0),
      };
    }
    default:
      return { ...basis, soort: "waarde", waarde: waardeTekst(c, w) };
  }
}

/**
 * The dossier of an aanvraag as its decider reads it: every criterion of the regeling,
 * in the regeling's order and with its label, then the conditions with what was ticked.
 * Generated from the regeling, so a new criterion appears without code. Nothing is cut.
 * Pupils appear by reference, initials and birth year; their names only with `metNamen`
 * and where the regeling asks for them (a card sent as a notification never carries names).
 */
export function dossierVan(a: Pick<Aanvraag, "antwoorden" | "voorwaarden">, r: Regeling, opties: { metNamen?: boolean } = {}): DossierSectie[] {
  const secties = r.criteria.map((c) => sectie(c, a.antwoorden[c.id], r.voortgang.doelen, opties.metNamen ?? false));
  if (r.voorwaarden.items.length > 0)
    secties.push({
      id: VOORWAARDEN_SECTIE,
      label: "Voorwaarden",
      soort: "voorwaarden",
      items: r.voorwaarden.items.map((v) => ({ label: v.label, voldaan: a.voorwaarden[v.id] === true })),
    });
  return secties;
}
