import type { Aanvraag, Beschikking, Leerling } from "../domain/aanvraag.js";
import { DateTime } from "luxon";
import { datumVan, formatDatum, TIJDZONE, type Periode } from "../domain/datum.js";
import { DomainError } from "../domain/errors.js";
import { formatBedrag } from "../domain/geld.js";
import { aangevraagdBedrag, geplandePeriode } from "../domain/lifecycle.js";
import { beschikkingsnummer } from "../domain/nummer.js";
import { criteriumVanType, type Regeling } from "../domain/regeling.js";
import { rolNaam } from "../domain/routering.js";
import { rollenVan, type SwvConfig } from "../domain/swv.js";
import { planVoortgang } from "../domain/voortgang.js";

/** A label and its value, one line of a table in the letter. */
export type Feit = readonly [label: string, waarde: string];

/** A section of the letter: a heading, then paragraphs, a table of facts and bullet points, in that order. */
export interface Alinea {
  kop: string;
  tekst?: string[];
  feiten?: Feit[];
  punten?: string[];
}

/** The appendix of a groepsaanpak that names its pupils. */
export interface Bijlage {
  kop: string;
  tekst: string;
  kolommen: string[];
  rijen: string[][];
}

/** The beschikking as a letter: every word Dutch, laid out by the PDF renderer. */
export interface Brief {
  soort: "toekenning" | "afwijzing";
  afzender: { naam: string; adres: string[] };
  geadresseerde: string[];
  titel: string;
  kenmerken: Feit[];
  aanhef: string;
  alineas: Alinea[];
  slot: string[];
  /** The closing lines, then the name and role of the signatory when the SWV configures one. */
  ondertekening: { groet: string[]; naam?: string; functie?: string };
  bijlage?: Bijlage;
  /** Document properties; `datum` is the moment of the decision, so the same decision gives the same file. */
  eigenschappen: { titel: string; auteur: string; onderwerp: string; datum: Date };
  /** The file name offered on download. */
  bestandsnaam: string;
}

type Besloten = Extract<Aanvraag["status"], { fase: "toegekend" | "lopend" | "afgesloten" | "afgewezen" }>;

/** Whether an aanvraag has been decided, so that it has a beschikking letter. */
export function isBesloten(a: Aanvraag): a is Aanvraag & { status: Besloten } {
  return ["toegekend", "lopend", "afgesloten", "afgewezen"].includes(a.status.fase);
}

const BESLISROLLEN = new Set(["stadsdeelmanager", "coordinator-steunpunt", "programmadirecteur"]);

function persoon(swv: SwvConfig, id: string): string {
  return swv.personen.find((p) => p.id === id)?.naam ?? "onbekend";
}

function beslisrol(swv: SwvConfig, id: string): string | undefined {
  const rol = rollenVan(swv, id).find((r) => BESLISROLLEN.has(r.rol))?.rol;
  return rol && rolNaam[rol];
}

function periodeTekst(p: Periode): string {
  return `${formatDatum(p.start)} tot en met ${formatDatum(p.eind)}`;
}

/** "a, b en c". */
function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? (delen[0] ?? "") : `${delen.slice(0, -1).join(", ")} en ${delen.at(-1)}`;
}

function leerlingenVan(a: Aanvraag, r: Regeling): { criterium: NonNullable<ReturnType<typeof criteriumVanType<"leerlingen">>>; lijst: Leerling[] } | undefined {
  const c = criteriumVanType(r, "leerlingen");
  const waarde = c ? a.antwoorden[c.id] : undefined;
  return c && Array.isArray(waarde) ? { criterium: c, lijst: waarde as Leerling[] } : undefined;
}

/** The pupil(s) in the kenmerken, and the appendix when there is more than one or the regeling names them. Never a name outside the appendix. */
function leerlingDeel(a: Aanvraag, r: Regeling): { feit?: Feit; bijlage?: Bijlage } {
  const l = leerlingenVan(a, r);
  if (!l || l.lijst.length === 0) return {};
  if (a.geanonimiseerdOp !== undefined) return { feit: ["Leerling", "gegevens verwijderd na de bewaartermijn"] };
  const [eerste] = l.lijst;
  if (l.lijst.length === 1 && !l.criterium.volledigeNaam) return { feit: ["Leerling", `referentie ${eerste!.referentie}, initialen ${eerste!.initialen}`] };
  const metNaam = l.criterium.volledigeNaam;
  return {
    feit: ["Leerlingen", `${l.lijst.length} leerlingen, zie de bijlage`],
    bijlage: {
      kop: "Bijlage: leerlingen in de groepsaanpak",
      tekst: metNaam
        ? "De regeling vraagt een plan van aanpak dat de leerlingen bij naam noemt. Deze bijlage hoort bij het dossier van de groepsaanpak; bewaar en deel haar alleen met wie de leerlingen begeleidt."
        : "De leerlingen van deze aanvraag, zoals de school ze kent.",
      kolommen: ["Referentie", "Initialen", "Geboortejaar", ...(metNaam ? ["Naam"] : [])],
      rijen: l.lijst.map((x) => [x.referentie, x.initialen, String(x.geboortejaar), ...(metNaam ? [x.naam ?? ""] : [])]),
    },
  };
}

function ingediendOp(a: Aanvraag): string | undefined {
  return a.geschiedenis.filter((g) => g.soort === "ingediend").at(-1)?.op;
}

/** "Mark Jansen, stadsdeelmanager", or for a vervanger "Peter Bakker, als vervanger van Mark Jansen, stadsdeelmanager". */
function beslisser(swv: SwvConfig, door: string, namens: string | undefined): string {
  const voor = namens ?? door;
  const rol = beslisrol(swv, voor);
  const wie = `${persoon(swv, voor)}${rol ? `, ${rol}` : ""}`;
  return namens === undefined ? wie : `${persoon(swv, door)}, als vervanger van ${wie}`;
}

function verplichtingen(swv: SwvConfig, a: Aanvraag, r: Regeling, b: Beschikking): string[] {
  const met = r.voortgang.met === "contactpersoon" ? "de contactpersoon van het samenwerkingsverband" : "de consulent";
  const maanden = r.voortgang.cadansMaanden;
  const gesprekken = planVoortgang(b.periode, maanden, swv.schoolvakanties).filter((af) => af.soort === "voortgangsgesprek");
  const voortgang =
    gesprekken.length === 0
      ? `Voortgangsgesprekken: de school bespreekt de voortgang ten minste elke ${maanden} ${maanden === 1 ? "maand" : "maanden"} met ${met}. De ondersteuning duurt korter dan dat; de voortgang komt aan bod bij de evaluatie.`
      : `Voortgangsgesprekken: de school bespreekt de voortgang ten minste elke ${maanden} ${maanden === 1 ? "maand" : "maanden"} met ${met}, voor het eerst rond ${formatDatum(gesprekken[0]!.datum)}${gesprekken.length > 1 ? ` (${gesprekken.length} gesprekken in deze periode)` : ""}.`;
  const evaluatoren = r.evaluatie.met ?? ["de school", met];
  return [
    `Het budget is bestemd voor de ondersteuning zoals beschreven in aanvraag ${a.nummer}, in de periode van deze beschikking.`,
    voortgang,
    `Evaluatie: aan het einde, op ${formatDatum(b.periode.eind)}, evalueren ${opsomming(evaluatoren)} samen of de ondersteuning het beoogde effect heeft gehad. Het resultaat wordt vastgelegd.`,
    ...r.vervolgacties.map((v) => `${v.label}: uiterlijk ${formatDatum(DateTime.fromISO(b.periode.eind, { zone: TIJDZONE }).plus({ days: v.dagenNaEinde }).toISODate()!)}.`),
    ...(b.bestuurInformeren ? ["Met deze toekenning is het jaarbudget van de regeling overschreden; het bestuur van het samenwerkingsverband is daarover geïnformeerd."] : []),
  ];
}

/**
 * The beschikking of a decided aanvraag as a letter to the school and its bestuur: a grant
 * with amount, period, schoolweken and the regeling's obligations, or a refusal with its
 * reasons. Pure: the same aanvraag and configuration give the same letter.
 */
export function beschikkingsbrief(swv: SwvConfig, r: Regeling, a: Aanvraag): Brief {
  if (!isBesloten(a)) throw new DomainError("GEEN_BESCHIKKING", { nummer: a.nummer });
  const s = a.status;
  const school = swv.scholen.find((x) => x.brin === a.schoolBrin);
  const bestuur = swv.besturen.find((x) => x.id === school?.bestuur);
  const schoolNaam = school ? `${school.naam} (BRIN ${school.brin})` : `school ${a.schoolBrin}`;
  const besluitOp = s.fase === "afgewezen" ? s.besluitOp : s.beschikking.besluitOp;
  const datum = formatDatum(datumVan(new Date(besluitOp)));
  const nummer = s.fase === "afgewezen" ? beschikkingsnummer(a.nummer) : s.beschikking.nummer;
  const leerling = leerlingDeel(a, r);
  const ingediend = ingediendOp(a);
  const consulent = persoon(swv, a.consulentId);
  const toekenning = s.fase !== "afgewezen";

  const kenmerken: Feit[] = [
    ["Beschikkingsnummer", nummer],
    ["Datum", datum],
    ["Aanvraag", a.nummer],
    ["Regeling", r.naam],
    ["School", schoolNaam],
    ["Schoolbestuur", bestuur?.naam ?? "onbekend"],
    ...(leerling.feit ? [leerling.feit] : []),
    ["Consulent", consulent],
  ];
  const inleiding = `${ingediend ? `Op ${formatDatum(datumVan(new Date(ingediend)))} heeft` : "Namens de school heeft"} ${consulent}, consulent van ${swv.naam}, ${ingediend ? "namens de school " : ""}een aanvraag ingediend voor de regeling ${r.naam}. Met deze brief ontvangt u ons besluit.`;
  const besluit = `Dit besluit is genomen op ${datum} door ${beslisser(swv, s.fase === "afgewezen" ? s.besluitDoor : s.beschikking.besluitDoor, s.fase === "afgewezen" ? s.namens : s.beschikking.namens)}, namens ${swv.naam}.`;

  const alineas: Alinea[] = [];
  if (toekenning) {
    const b = s.beschikking;
    const gevraagd = aangevraagdBedrag(a, r);
    alineas.push({
      kop: "Besluit",
      tekst: [`${swv.naam} kent de aanvraag toe, als volgt:`],
      feiten: [
        ["Toegekend bedrag", formatBedrag(b.bedrag)],
        ...(gevraagd !== b.bedrag && gevraagd > 0 ? [["Aangevraagd bedrag", formatBedrag(gevraagd)] as const] : []),
        ["Periode", periodeTekst(b.periode)],
        ["Aantal schoolweken", String(b.schoolweken)],
        ...(b.delen ? b.delen.map((d): Feit => [`Schooljaar ${d.schooljaar}`, `${formatBedrag(d.bedrag)} (${d.schoolweken} schoolweken)`]) : [["Schooljaar", b.schooljaar] as const]),
      ],
      ...(b.delen
        ? { punten: [`De periode loopt over ${b.delen.length} schooljaren. De regeling kent per schooljaar toe; het bedrag is verdeeld naar de schoolweken in elk schooljaar, en elk deel telt mee in het budget van zijn eigen schooljaar.`] }
        : {}),
    });
    if (b.toelichting) alineas.push({ kop: "Toelichting", tekst: b.toelichting.split(/\n+/) });
    alineas.push({ kop: "Voorwaarden en verplichtingen", punten: verplichtingen(swv, a, r, b) });
    const bevestigd = r.voorwaarden.items.filter((v) => a.voorwaarden[v.id] === true).map((v) => v.label);
    if (bevestigd.length > 0) alineas.push({ kop: "Grondslag", tekst: ["Bij de aanvraag is bevestigd dat:"], punten: bevestigd });
  } else {
    const periode = geplandePeriode(a, r);
    alineas.push({
      kop: "Besluit",
      tekst: [`${swv.naam} wijst de aanvraag af.`],
      feiten: [["Aangevraagd bedrag", formatBedrag(aangevraagdBedrag(a, r))], ...(periode ? [["Aangevraagde periode", periodeTekst(periode)] as const] : [])],
    });
    alineas.push({ kop: "Redenen", tekst: s.reden.split(/\n+/) });
  }

  const hoofd = swv.briefhoofd;
  return {
    soort: toekenning ? "toekenning" : "afwijzing",
    afzender: { naam: swv.naam, adres: hoofd?.adres ?? [] },
    geadresseerde: [`Het bestuur van ${bestuur?.naam ?? "de school"}`, `en de directie van ${school?.naam ?? `school ${a.schoolBrin}`}`],
    titel: toekenning ? `Beschikking ${r.naam}` : `Beschikking ${r.naam}: afwijzing`,
    kenmerken,
    aanhef: "Geacht bestuur, geachte directie,",
    alineas: [{ kop: "Aanvraag", tekst: [inleiding] }, ...alineas, { kop: "Wie besloot", tekst: [besluit] }],
    slot: [
      `Hebt u vragen over dit besluit? Neem dan contact op met ${consulent}, consulent van ${swv.naam}. Bewaar deze beschikking bij het dossier${leerling.feit ? " en het OPP van de leerling" : ""}.`,
    ],
    ondertekening: hoofd ? { groet: ["Met vriendelijke groet,", `namens ${swv.naam},`], ...hoofd.ondertekening } : { groet: ["Met vriendelijke groet,", swv.naam] },
    ...(leerling.bijlage ? { bijlage: leerling.bijlage } : {}),
    eigenschappen: { titel: `${toekenning ? "Beschikking" : "Afwijzing"} ${nummer}`, auteur: swv.naam, onderwerp: `${r.naam}, aanvraag ${a.nummer}`, datum: new Date(besluitOp) },
    bestandsnaam: `beschikking-${nummer}.pdf`,
  };
}
