import type { Aanvraag, AanvraagIn, Gesprek, Verzetting } from "./aanvraag.js";
import { faseLabel } from "./aanvraag.js";
import { datumVan, formatDatum, plusMaanden, vergelijkDatum, volgendeSchooldag, type IsoDatum, type Periode, type Vakantie } from "./datum.js";
import { DomainError } from "./errors.js";
import type { Actor } from "./lifecycle.js";
import type { Regeling } from "./regeling.js";
import { toetsTekst } from "./tekst.js";
import { VOORTGANG_MAX } from "./voortgangLimieten.js";

/** A planned moment of a traject. */
export interface Afspraak {
  soort: "voortgangsgesprek" | "evaluatie";
  volgnummer: number;
  datum: IsoDatum;
  /** The date the cadence gave, when that was no school day and the gesprek moved to the next one. */
  geplandOp?: IsoDatum;
}

/** A granted traject: toegekend or lopend. */
export type Traject = AanvraagIn<"toegekend"> | AanvraagIn<"lopend">;

/** Whether an aanvraag is a traject whose voortgang is followed. */
export function isTraject(a: Aanvraag): a is Traject {
  return a.status.fase === "toegekend" || a.status.fase === "lopend";
}

/**
 * The schedule of a granted period: a voortgangsgesprek every `cadansMaanden` months from
 * the start while the support runs, on the next school day when that date falls in a
 * weekend or a holiday, and the evaluation on the end date. Support shorter than the
 * cadence gets only the evaluation (002 Almere: at most three months).
 */
export function planVoortgang(periode: Periode, cadansMaanden: number, vakanties: readonly Vakantie[] = []): Afspraak[] {
  const lijst: Afspraak[] = [];
  for (let k = 1; ; k++) {
    const gepland = plusMaanden(periode.start, k * cadansMaanden);
    if (vergelijkDatum(gepland, periode.eind) >= 0) break;
    const datum = volgendeSchooldag(gepland, vakanties);
    if (vergelijkDatum(datum, periode.eind) >= 0) break;
    lijst.push(datum === gepland ? { soort: "voortgangsgesprek", volgnummer: k, datum } : { soort: "voortgangsgesprek", volgnummer: k, datum, geplandOp: gepland });
  }
  lijst.push({ soort: "evaluatie", volgnummer: lijst.length + 1, datum: periode.eind });
  return lijst;
}

/** The planned appointments of a traject, from its beschikking and the SWV's calendar, with dates moved by hand applied. */
export function afspraken(a: Traject, regeling: Regeling, vakanties: readonly Vakantie[] = []): Afspraak[] {
  return planVoortgang(a.status.beschikking.periode, regeling.voortgang.cadansMaanden, vakanties).map((af) => {
    const verzet = a.voortgang.verzet.filter((v) => v.soort === af.soort && v.volgnummer === af.volgnummer).at(-1);
    return verzet ? { soort: af.soort, volgnummer: af.volgnummer, datum: verzet.nieuweDatum } : af;
  });
}

/** The appointments still to be held: gesprekken not recorded, and the evaluation while the traject is open. */
export function openAfspraken(a: Traject, regeling: Regeling, vakanties: readonly Vakantie[] = []): Afspraak[] {
  const gehouden = new Set(a.voortgang.gesprekken.map((g) => g.volgnummer));
  return afspraken(a, regeling, vakanties).filter((af) => (af.soort === "evaluatie" ? true : !gehouden.has(af.volgnummer)));
}

function vereisTraject(a: Aanvraag, actie: string): asserts a is Traject {
  if (!isTraject(a)) throw new DomainError("ONGELDIGE_OVERGANG", { van: faseLabel[a.status.fase], actie });
}

function met(a: Traject, wijziging: Partial<Aanvraag["voortgang"]>, soort: "voortgangsgesprek" | "verzet", actor: Actor, now: Date, toelichting?: string, datum?: IsoDatum): Aanvraag {
  const op = now.toISOString();
  return {
    ...a,
    voortgang: { ...a.voortgang, ...wijziging },
    versie: a.versie + 1,
    bijgewerktOp: op,
    geschiedenis: [...a.geschiedenis, { op, door: actor.door, soort, ...(toelichting ? { toelichting } : {}), ...(datum ? { datum } : {}) }],
  };
}

/**
 * Record a voortgangsgesprek of the schedule; each is recorded once. It was held on a day
 * that has come (not after today) and not before the traject started; the history keeps
 * both that day and the moment it was recorded. A free text over its limit, or with a broken
 * character, is refused at its field (TEKST_TE_LANG, ONGELDIGE_TEKENS), never cut.
 */
export function legGesprekVast(a: Aanvraag, regeling: Regeling, g: Omit<Gesprek, "vastgelegdOp" | "vastgelegdDoor">, actor: Actor, now: Date): Aanvraag {
  vereisTraject(a, "bijgewerkt met een voortgangsgesprek");
  const open = openAfspraken(a, regeling).find((af) => af.soort === "voortgangsgesprek" && af.volgnummer === g.volgnummer);
  if (!open) throw new DomainError("AFSPRAAK_ONBEKEND");
  if (vergelijkDatum(g.gehoudenOp, datumVan(now)) > 0) throw new DomainError("DATUM_IN_TOEKOMST");
  const start = a.status.beschikking.periode.start;
  if (vergelijkDatum(g.gehoudenOp, start) < 0) throw new DomainError("GESPREK_VOOR_START", { start: formatDatum(start) });
  const gesprek: Gesprek = {
    ...g,
    deelnemers: toetsTekst("deelnemers", g.deelnemers.trim(), VOORTGANG_MAX.deelnemers),
    notities: toetsTekst("notities", g.notities.trim(), VOORTGANG_MAX.notities),
    vervolgstappen: toetsTekst("vervolgstappen", g.vervolgstappen.trim(), VOORTGANG_MAX.vervolgstappen),
    vastgelegdOp: now.toISOString(),
    vastgelegdDoor: actor.door,
  };
  return met(a, { gesprekken: [...a.voortgang.gesprekken, gesprek] }, "voortgangsgesprek", actor, now, `gesprek ${g.volgnummer}, gehouden op ${formatDatum(g.gehoudenOp)}`, g.gehoudenOp);
}

/** Move an open appointment to another date, with a reason; its reminders start again for the new date. */
export function verzetAfspraak(a: Aanvraag, regeling: Regeling, v: Omit<Verzetting, "op" | "door">, actor: Actor, now: Date): Aanvraag {
  vereisTraject(a, "verzet");
  if (!openAfspraken(a, regeling).some((af) => af.soort === v.soort && af.volgnummer === v.volgnummer)) throw new DomainError("AFSPRAAK_ONBEKEND");
  const reden = toetsTekst("reden", v.reden.trim(), VOORTGANG_MAX.verzetReden);
  if (reden === "") throw new DomainError("REDEN_VERPLICHT");
  const verzetting: Verzetting = { ...v, reden, op: now.toISOString(), door: actor.door };
  return met(a, { verzet: [...a.voortgang.verzet, verzetting] }, "verzet", actor, now, reden);
}

const ANTWOORD: Record<string, string> = { ja: "Ja", deels: "Deels", nee: "Nee", true: "Ja", false: "Nee" };

/** The recorded outcomes of a closed traject's evaluation, one line per answered choice question (free texts stay out). */
export function evaluatieUitkomsten(a: Aanvraag, regeling: Regeling): string[] {
  if (a.status.fase !== "afgesloten") return [];
  const { antwoorden } = a.status.evaluatie;
  return regeling.evaluatie.vragen.filter((v) => v.type !== "langeTekst" && antwoorden[v.id] !== undefined).map((v) => `${v.label} ${ANTWOORD[String(antwoorden[v.id])] ?? String(antwoorden[v.id])}`);
}
