import { formatAantal } from "./aantal.js";

/**
 * Dutch messages for a field of a form: the second half of the error catalogue. Each
 * problem of a validation carries one of these codes and the field it belongs to.
 */
export const veldmeldingen = {
  VERPLICHT: (p: { label: string }) => `Vul '${p.label}' in.`,
  TE_KORT: (p: { min: number }) => `Schrijf minstens ${p.min} tekens.`,
  TE_LANG: (p: { max: number; lengte?: number }) =>
    p.lengte === undefined
      ? `Gebruik hoogstens ${formatAantal(p.max)} tekens.`
      : `Deze tekst heeft ${formatAantal(p.lengte)} tekens; hier passen er hoogstens ${formatAantal(p.max)}. Er is niets ingekort en niets bewaard: maak de tekst korter.`,
  ONGELDIGE_TEKENS: () => "De tekst bevat een onvolledig teken (bijvoorbeeld een half emoji); er is niets bewaard. Typ het laatste teken opnieuw.",
  REFERENTIE_TE_LANG: (p: { max: number; lengte: number }) =>
    `De referentie heeft ${formatAantal(p.lengte)} tekens; hoogstens ${formatAantal(p.max)} passen. Gebruik een kortere referentie of een link.`,
  LEERLING_TE_LANG: (p: { nr: number; deel: string; max: number; lengte: number }) =>
    `Leerling ${p.nr}: ${p.deel} heeft ${formatAantal(p.lengte)} tekens; hoogstens ${formatAantal(p.max)} passen.`,
  JAARTAL_BUITEN_BEREIK: (p: { nr: number; jaar: number; min: number; max: number }) =>
    `Leerling ${p.nr}: geboortejaar ${p.jaar} kan niet; vul een jaar van ${p.min} tot en met ${p.max} in.`,
  REGEL_ZONDER_OMSCHRIJVING: (p: { nr: number }) => `Regel ${p.nr}: vul een omschrijving in.`,
  REGEL_ZONDER_BEDRAG: (p: { nr: number }) => `Regel ${p.nr}: vul een bedrag in.`,
  REGEL_GEEN_BEDRAG: (p: { nr: number; tekst: string }) =>
    `Regel ${p.nr}: '${p.tekst}' is geen bedrag. Schrijf alleen het bedrag in euro's, bijvoorbeeld 1.320 of 1.320,50.`,
  REGEL_TE_LANG: (p: { nr: number; max: number; lengte: number }) =>
    `Regel ${p.nr}: de omschrijving heeft ${p.lengte} tekens; hoogstens ${p.max} passen.`,
  GEEN_GETAL: () => "Vul een getal in.",
  GEEN_GEHEEL_GETAL: () => "Vul een heel getal in.",
  TE_KLEIN: (p: { min: string }) => `De waarde moet minstens ${p.min} zijn.`,
  TE_GROOT: (p: { max: string }) => `De waarde mag hoogstens ${p.max} zijn.`,
  GEEN_DATUM: () => "Vul een geldige datum in (JJJJ-MM-DD).",
  ONBEKENDE_KEUZE: () => "Kies een van de opties.",
  GEEN_JA_NEE: () => "Kies ja of nee.",
  ONGELDIGE_WAARDE: () => "Deze waarde past niet bij dit veld.",
  TE_WEINIG_LEERLINGEN: (p: { min: number; aantal: number }) =>
    `Deze regeling vraagt minstens ${p.min} leerlingen; er ${p.aantal === 1 ? "staat er" : "staan er"} ${p.aantal}.`,
  TE_VEEL_LEERLINGEN: (p: { max: number; aantal: number }) =>
    `Deze regeling staat hoogstens ${p.max} ${p.max === 1 ? "leerling" : "leerlingen"} toe; er staan er ${p.aantal}.`,
  NAAM_VERPLICHT: (p: { nr: number }) => `Leerling ${p.nr}: noteer de naam; het plan van aanpak vraagt daarom.`,
  NAAM_NIET_TOEGESTAAN: (p: { nr: number }) =>
    `Leerling ${p.nr}: noteer geen naam, alleen leerlingnummer of OPP-referentie, initialen en geboortejaar.`,
  DUBBELE_LEERLING: (p: { referentie: string }) => `De leerling met referentie ${p.referentie} staat er twee keer in.`,
  EIND_VOOR_START: () => "De einddatum ligt voor de startdatum.",
  PERIODE_TE_LANG: (p: { maanden: number }) =>
    `De periode is langer dan ${p.maanden} ${p.maanden === 1 ? "maand" : "maanden"}, het maximum van deze regeling.`,
  PERIODE_OVER_SCHOOLJAARGRENS: (p: { grens: string; tot: string }) =>
    `De regelingen kennen per schooljaar toe, en deze periode loopt over ${p.grens} heen. Dien twee aanvragen in: een tot en met ${p.tot} en een vanaf ${p.grens}.`,
  GEEN_BEGROTINGSREGELS: () => "Voeg minstens één begrotingsregel toe (omschrijving en bedrag).",
  BEGROTING_TELT_NIET_OP: (p: { som: string; totaal: string }) =>
    `De begrotingsregels tellen op tot ${p.som}, maar het aangevraagde totaal is ${p.totaal}.`,
  BEDRAG_NUL: () => "Het aangevraagde bedrag moet groter zijn dan nul.",
  BEDRAG_BOVEN_MAXIMUM: (p: { max: string }) => `Het bedrag is hoger dan het maximum van deze regeling (${p.max}).`,
  GEEN_BEDRAG: (p?: { tekst: string }) =>
    p ? `'${p.tekst}' is geen bedrag. Schrijf alleen het bedrag in euro's, bijvoorbeeld 1.250 of 1.250,50.` : "Vul een bedrag in euro's in, bijvoorbeeld 1.250 of 1.250,50.",
  GEEN_JAARTAL: (p: { nr: number }) => `Leerling ${p.nr}: vul het geboortejaar in als jaartal, bijvoorbeeld 2014.`,
  LEERLING_ONVOLLEDIG: (p: { nr: number }) => `Leerling ${p.nr}: vul leerlingnummer of OPP-referentie en initialen in.`,
  REGEL_ONVOLLEDIG: (p: { nr: number }) => `Regel ${p.nr}: vul zowel een omschrijving als een bedrag in.`,
  VOORWAARDE_NIET_VOLDAAN: (p: { opties: string[] }) =>
    p.opties.length === 1
      ? `Aan deze voorwaarde moet zijn voldaan: ${p.opties[0]}.`
      : `Aan minstens één van deze voorwaarden moet zijn voldaan: ${p.opties.join("; of ")}.`,
} as const;

/** A code of a field message. */
export type Veldcode = keyof typeof veldmeldingen;

/** One thing wrong with the content of an aanvraag: which field, which rule, in Dutch. */
export interface Probleem {
  veld: string;
  code: Veldcode;
  bericht: string;
}

/** Build a problem with its Dutch message. */
export function probleem<C extends Veldcode>(
  veld: string,
  code: C,
  ...params: Parameters<(typeof veldmeldingen)[C]>
): Probleem {
  const render = veldmeldingen[code] as (...p: unknown[]) => string;
  return { veld, code, bericht: render(...params) };
}
