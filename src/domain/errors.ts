/**
 * The one catalogue of coded errors. Every failure a user can meet has a code here
 * and one Dutch sentence; the bot turns a DomainError into a message in one place.
 */
export const foutcatalogus = {
  ONGELDIGE_OVERGANG: (p: { van: string; actie: string }) =>
    `Dit kan niet: een aanvraag met status '${p.van}' kan niet worden ${p.actie}.`,
  AANVRAAG_ONVOLLEDIG: (p: { aantal: number }) =>
    `De aanvraag is nog niet compleet: ${p.aantal} ${p.aantal === 1 ? "punt vraagt" : "punten vragen"} aandacht.`,
  BEDRAG_BOVEN_AANGEVRAAGD: () => "Het toe te kennen bedrag mag niet hoger zijn dan het aangevraagde bedrag.",
  BEDRAG_ONGELDIG: () => "Vul een bedrag groter dan nul in.",
  SCHOOLWEKEN_ONGELDIG: () => "Vul een aantal schoolweken in (een heel getal van 1 tot en met 52).",
  PERIODE_ONGELDIG: () => "De einddatum ligt voor de startdatum.",
  PERIODE_TE_LANG: (p: { maanden: number }) =>
    `De periode is langer dan ${p.maanden} ${p.maanden === 1 ? "maand" : "maanden"}, het maximum van deze regeling.`,
  REDEN_VERPLICHT: () => "Geef een reden op.",
  VRAAG_VERPLICHT: () => "Stel een vraag aan de consulent.",
  ANTWOORD_VERPLICHT: () => "Schrijf een antwoord op de vraag.",
  ANTWOORD_TE_LANG: (p: { max: number }) => `Het antwoord is te lang: gebruik hoogstens ${p.max} tekens. Er is niets bewaard.`,
  ONGELDIGE_TEKENS: () => "De tekst bevat een onvolledig teken (bijvoorbeeld een half emoji). Typ het laatste teken opnieuw.",
  BUDGET_OVERSCHREDEN: (p: { resterend: string }) =>
    `Deze toekenning past niet meer in het jaarbudget van de regeling (nog beschikbaar: ${p.resterend}).`,
  VERLENGING_NIET_TOEGESTAAN: (p: { reden: string }) => `Verlengen kan niet: ${p.reden}`,
  REGELING_ONBEKEND: (p: { id: string }) => `De regeling '${p.id}' bestaat niet in deze configuratie.`,
  SCHOOL_ONBEKEND: (p: { brin: string }) => `De school '${p.brin}' staat niet in de configuratie.`,
  REGELING_NIET_VOOR_SCHOOL: () => "Deze regeling geldt niet voor deze school.",
  GEEN_BESLISSER: (p: { wat: string }) => `Er is geen beslisser ingesteld voor ${p.wat}.`,
  CONFIG_ONGELDIG: (p: { bestand: string; details: string }) =>
    `Het configuratiebestand ${p.bestand} is ongeldig:\n${p.details}`,
  OMGEVING_ONGELDIG: (p: { details: string }) => `Ongeldige omgevingsvariabelen:\n${p.details}`,
  OPSLAG_CORRUPT: (p: { bestand: string; details: string }) =>
    `Het gegevensbestand ${p.bestand} is beschadigd of onleesbaar; de bot start niet en laat het bestand ongemoeid.\n${p.details}`,
  OPSLAG_NIEUWERE_VERSIE: (p: { bestand: string; versie: number; ondersteund: number }) =>
    `Het gegevensbestand ${p.bestand} heeft schemaversie ${p.versie}, deze versie van de bot kent tot en met ${p.ondersteund}. Werk de bot bij; het bestand blijft ongemoeid.`,
  OPSLAG_VERSLEUTELD: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} is versleuteld; zet OPSLAG_SLEUTEL om het te openen. Het bestand blijft ongemoeid.`,
  OPSLAG_SLEUTEL_ONJUIST: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} gaat niet open met deze OPSLAG_SLEUTEL (verkeerde sleutel of beschadigd bestand). Het bestand blijft ongemoeid.`,
  OPSLAG_BEZET: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} is in gebruik door een ander proces. Er kan maar één bot tegelijk op deze map draaien.`,
  DATABASE_ONBEREIKBAAR: (p: { adres: string; details: string }) =>
    `De database ${p.adres} is niet bereikbaar of weigert de inloggegevens; de bot start niet.\n${p.details}`,
  DATABASE_NIEUWERE_VERSIE: (p: { versie: number; ondersteund: number }) =>
    `De database heeft schemaversie ${p.versie}, deze versie van de bot kent tot en met ${p.ondersteund}. Werk de bot bij; de database blijft ongemoeid.`,
  VERSIECONFLICT: () => "Iemand anders heeft deze aanvraag net gewijzigd. Open de aanvraag opnieuw en probeer het nog eens.",
  GEEN_CONSULENT: () => "Alleen een consulent kan een aanvraag invullen.",
  SCHOOL_NIET_VAN_JOU: () => "Je kunt alleen een aanvraag doen voor een school waaraan je als consulent verbonden bent.",
  NIET_BEWERKBAAR: (p: { nummer: string; fase: string }) => `Aanvraag ${p.nummer} is ${p.fase} en kan niet meer worden gewijzigd.`,
  ONDERBOUWING_VERPLICHT: () =>
    "Deze toekenning overschrijdt het jaarbudget. Geef in de toelichting de onderbouwing voor het bestuur.",
  DATUM_ONGELDIG: () => "Vul geldige datums in (JJJJ-MM-DD).",
  DATUM_IN_TOEKOMST: () => "Die datum ligt nog in de toekomst; leg dit vast als het gedaan is.",
  GEEN_BESLISSER_ROL: () => "Alleen wie over aanvragen beslist, kan een vervanger instellen.",
  PERSOON_ONBEKEND: (p: { naam: string }) => `Ik ken niemand die '${p.naam}' heet in dit samenwerkingsverband.`,
  PERSOON_NIET_UNIEK: (p: { naam: string }) => `Er zijn meerdere mensen met '${p.naam}' in hun naam; noem de volledige naam.`,
  VERVANGER_ZELF: () => "Je kunt jezelf niet als vervanger instellen.",
  AFSPRAAK_ONBEKEND: () => "Dit gesprek staat niet (meer) open in de planning van dit traject.",
  EVALUATIE_ONVOLLEDIG: (p: { vraag: string }) => `Beantwoord de vraag '${p.vraag}'.`,
  GESPREK_ONVOLLEDIG: () => "Vul de datum van het gesprek in, wie erbij waren en hoe het met de doelen gaat.",
  AANVRAAG_NIET_GEVONDEN: () => "Die aanvraag bestaat niet of is niet voor jou zichtbaar.",
  DOWNLOAD_ONGELDIG: () => "Deze link is verlopen, al gebruikt of bestaat niet. Vraag in de chat opnieuw om de rapportage.",
  DOWNLOAD_NIET_VOOR_JOU: () =>
    "Deze link is niet voor jou: hij werkt alleen voor wie hem in de chat heeft gevraagd. Vraag zelf in de chat om de rapportage als je die nodig hebt.",
  DOWNLOAD_NIET_INGERICHT: () =>
    "Downloaden als CSV is niet ingericht: daarvoor moet aanmelden met je Microsoft-account zijn ingesteld. Vraag de beheerder van de bot dit in te stellen; de rapportage in de chat blijft gewoon te lezen.",
  AANMELDEN_MISLUKT: () => "Het aanmelden is niet gelukt of verlopen. Open de link opnieuw vanuit de chat, in dezelfde browser.",
  AANMELDEN_ONBEREIKBAAR: () => "Aanmelden kan nu niet: de aanmeldservice is niet bereikbaar. Probeer het over een paar minuten opnieuw.",
  TAALMODEL_TE_LAAT: (p: { ms: number }) => `Het taalmodel gaf binnen ${p.ms} ms geen antwoord.`,
  SERVERFOUT: () => "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
} as const;

/** A code from the catalogue. */
export type Foutcode = keyof typeof foutcatalogus;

type Params<C extends Foutcode> = Parameters<(typeof foutcatalogus)[C]>[0];

/** An error the domain raises on purpose: a code, its parameters and the Dutch sentence. */
export class DomainError<C extends Foutcode = Foutcode> extends Error {
  readonly code: C;
  readonly params: Params<C>;
  readonly details: unknown;

  constructor(code: C, ...[params, details]: Params<C> extends undefined ? [undefined?, unknown?] : [Params<C>, unknown?]) {
    const render = foutcatalogus[code] as (p: Params<C>) => string;
    super(render(params as Params<C>));
    this.name = "DomainError";
    this.code = code;
    this.params = params as Params<C>;
    this.details = details;
  }
}

/** True when `error` is a DomainError, optionally with the given code. */
export function isDomainError<C extends Foutcode>(error: unknown, code?: C): error is DomainError<C> {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
