import { veldmeldingen } from "./meldingen.js";

/**
 * The domain's catalogue of coded errors. Every failure of the domain and the services a user
 * can meet has a code here and one Dutch sentence. A DomainError carries only its code and
 * parameters; `fouttekst` is the one function that turns it into that sentence, called at the
 * edges: for a user in bot/fouttekst.ts, for the operator at start and in `npm run controleer`.
 * Storage codes live in src/storage/fouten.ts, sign-in texts in bot/rapportage/aanmelden.ts.
 */
export const foutcatalogus = {
  ONGELDIGE_OVERGANG: (p: { van: string; actie: string }) =>
    `Dit kan niet: een aanvraag met status '${p.van}' kan niet worden ${p.actie}.`,
  AANVRAAG_ONVOLLEDIG: (p: { aantal: number }) =>
    `De aanvraag is nog niet compleet: ${p.aantal} ${p.aantal === 1 ? "punt vraagt" : "punten vragen"} aandacht.`,
  BEDRAG_BOVEN_AANGEVRAAGD: () => "Het toe te kennen bedrag mag niet hoger zijn dan het aangevraagde bedrag.",
  BEDRAG_ONGELDIG: () => "Vul een bedrag groter dan nul in.",
  SCHOOLWEKEN_ONGELDIG: () => "Vul een aantal schoolweken in (een heel getal van 1 tot en met 52).",
  SCHOOLWEKEN_BOVEN_PERIODE: (p: { schoolweken: number; maximum: number }) =>
    `De periode telt ${p.maximum} ${p.maximum === 1 ? "schoolweek" : "schoolweken"} (vakanties niet meegeteld); je kunt er geen ${p.schoolweken} toekennen.`,
  PERIODE_OVER_SCHOOLJAARGRENS: (p: { grens: string; tot: string }) =>
    `De regelingen kennen per schooljaar toe, en deze periode loopt over ${p.grens} heen. Dien twee aanvragen in: een tot en met ${p.tot} en een vanaf ${p.grens}.`,
  PERIODE_ONGELDIG: () => "De einddatum ligt voor de startdatum.",
  PERIODE_TE_LANG: (p: { maanden: number }) =>
    `De periode is langer dan ${p.maanden} ${p.maanden === 1 ? "maand" : "maanden"}, het maximum van deze regeling.`,
  REDEN_VERPLICHT: () => "Geef een reden op.",
  VRAAG_VERPLICHT: () => "Stel een vraag aan de consulent.",
  ANTWOORD_VERPLICHT: () => "Schrijf een antwoord op de vraag.",
  /** `veld`: the field the text was typed in, for the card to show the message beside it. */
  ONGELDIGE_TEKENS: (_p?: { veld: string }) => veldmeldingen.ONGELDIGE_TEKENS(),
  /** `veld`: the field the text was typed in, for the card to show the message beside it. */
  TEKST_TE_LANG: (p: { veld: string; max: number; lengte: number }) => veldmeldingen.TE_LANG(p),
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
  VERSIECONFLICT: () => "Iemand anders heeft deze aanvraag net gewijzigd. Open de aanvraag opnieuw en probeer het nog eens.",
  GEEN_CONSULENT: () => "Alleen een consulent kan een aanvraag invullen.",
  SCHOOL_NIET_VAN_JOU: () => "Je kunt alleen een aanvraag doen voor een school waaraan je als consulent verbonden bent.",
  NIET_BEWERKBAAR: (p: { nummer: string; fase: string }) => `Aanvraag ${p.nummer} is ${p.fase} en kan niet meer worden gewijzigd.`,
  ONDERBOUWING_VERPLICHT: () =>
    "Deze toekenning overschrijdt het jaarbudget. Geef in de toelichting de onderbouwing voor het bestuur.",
  DATUM_ONGELDIG: () => "Vul geldige datums in (JJJJ-MM-DD).",
  DATUM_IN_TOEKOMST: () => "Die datum ligt nog in de toekomst; leg dit vast als het gedaan is.",
  GESPREK_VOOR_START: (p: { start: string }) => `Het gesprek kan niet eerder zijn gehouden dan de start van het traject (${p.start}).`,
  GEEN_BESLISSER_ROL: () => "Alleen wie over aanvragen beslist, kan een vervanger instellen.",
  PERSOON_ONBEKEND: (p: { naam: string }) => `Ik ken niemand die '${p.naam}' heet in dit samenwerkingsverband.`,
  PERSOON_NIET_UNIEK: (p: { naam: string }) => `Er zijn meerdere mensen met '${p.naam}' in hun naam; noem de volledige naam.`,
  VERVANGER_ZELF: () => "Je kunt jezelf niet als vervanger instellen.",
  VERVANGER_ZONDER_MANDAAT: () =>
    "Die persoon kan niet je vervanger zijn: een vervanger heeft dezelfde beslisrol. Vraag de staf om een uitzondering in de configuratie.",
  VERVANGER_ALLEEN_BESLISSER_OF_STAF: () => "Alleen de beslisser zelf of de staf kan een vervanger instellen.",
  VERVANGER_VOOR_GEEN_BESLISSER: () => "Een vervanger kan alleen worden ingesteld voor iemand die over aanvragen beslist.",
  AFSPRAAK_ONBEKEND: () => "Dit gesprek staat niet (meer) open in de planning van dit traject.",
  EVALUATIE_ONVOLLEDIG: (p: { vraag: string }) => `Beantwoord de vraag '${p.vraag}'.`,
  GESPREK_ONVOLLEDIG: () => "Vul de datum van het gesprek in, wie erbij waren en hoe het met de doelen gaat.",
  AANVRAAG_NIET_GEVONDEN: () => "Die aanvraag bestaat niet of is niet voor jou zichtbaar.",
  DOWNLOAD_ONGELDIG: () => "Deze link is verlopen, al gebruikt of bestaat niet. Vraag in de chat opnieuw om het bestand.",
  DOWNLOAD_NIET_VOOR_JOU: () =>
    "Deze link is niet voor jou: hij werkt alleen voor wie hem in de chat heeft gevraagd. Vraag zelf in de chat om het bestand als je het nodig hebt.",
  DOWNLOAD_NIET_INGERICHT: () =>
    "Downloaden is niet ingericht: daarvoor moet aanmelden met je Microsoft-account zijn ingesteld. Vraag de beheerder van de bot dit in te stellen; wat in de chat staat, blijft gewoon te lezen.",
  ALLEEN_STAF: () => "Alleen de staf van het samenwerkingsverband kan de rapportage downloaden.",
  GEEN_BESCHIKKING: (p: { nummer: string }) => `Over aanvraag ${p.nummer} is nog niet besloten; er is nog geen beschikking.`,
  BESCHIKKING_NIET_VOOR_JOU: () => "Deze beschikking is niet voor jou: alleen wie bij de aanvraag betrokken is, kan haar downloaden.",
  TAALMODEL_TE_LAAT: (p: { ms: number }) => `Het taalmodel gaf binnen ${p.ms} ms geen antwoord.`,
  SERVERFOUT: () => "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
} as const;

/** A code from the catalogue. */
export type Foutcode = keyof typeof foutcatalogus;

type Params<C extends Foutcode> = Parameters<(typeof foutcatalogus)[C]>[0];

/** The codes whose sentence needs no parameters. */
export type CodeZonderParameters = { [C in Foutcode]: undefined extends Params<C> ? C : never }[Foutcode];

/**
 * An error the domain raises on purpose: a code, its parameters and details for the log. Its
 * `message` is the code alone, never the Dutch sentence: the parameters may hold what a user
 * typed or a pupil's data, and the message goes into logs and stack traces.
 */
export class DomainError<C extends Foutcode = Foutcode> extends Error {
  readonly code: C;
  readonly params: Params<C>;
  readonly details: unknown;

  constructor(code: C, ...[params, details]: undefined extends Params<C> ? [Params<C>?, unknown?] : [Params<C>, unknown?]) {
    super(code);
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

/** The Dutch sentence of a coded error, from the catalogue: the one place a code becomes words, for a user or the operator. */
export function fouttekst(error: DomainError): string {
  return (foutcatalogus[error.code] as (p: unknown) => string)(error.params);
}
