import { DateTime } from "luxon";
import { plusMaanden, TIJDZONE, vergelijkDatum, type IsoDatum, type Periode } from "../domain/datum.js";

/** A planned moment in a traject: a voortgangsgesprek, or the evaluation at the end. */
export interface Afspraak {
  soort: "voortgangsgesprek" | "evaluatie";
  /** 1, 2, ... for the gesprekken; the evaluation has the number after the last gesprek. */
  volgnummer: number;
  datum: IsoDatum;
}

/** A reminder of an appointment: a week before, on the day, or once more when it is overdue. */
export interface Herinnering {
  afspraak: Afspraak;
  moment: "week-vooraf" | "op-de-dag" | "te-laat";
  /** When it is due: 09:00 in Amsterdam on a school day. */
  tijdstip: Date;
  /** Unique per traject, appointment and moment, so each reminder is sent once. */
  sleutel: string;
}

/**
 * The schedule of a granted traject: a voortgangsgesprek every `cadansMaanden` months
 * from the start while the support runs, and the evaluation on the end date. Support
 * shorter than the cadence gets only the evaluation (Almere: at most three months).
 */
export function planVoortgang(periode: Periode, cadansMaanden: number): Afspraak[] {
  const afspraken: Afspraak[] = [];
  for (let k = 1; ; k++) {
    const datum = plusMaanden(periode.start, k * cadansMaanden);
    if (vergelijkDatum(datum, periode.eind) >= 0) break;
    afspraken.push({ soort: "voortgangsgesprek", volgnummer: k, datum });
  }
  afspraken.push({ soort: "evaluatie", volgnummer: afspraken.length + 1, datum: periode.eind });
  return afspraken;
}

/** 09:00 in Amsterdam on `datum`, or on the next school day when it falls in a weekend. */
export function negenUurOpSchooldag(datum: IsoDatum): Date {
  let d = DateTime.fromISO(datum, { zone: TIJDZONE }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
  while (d.weekday > 5) d = d.plus({ days: 1 });
  return d.toJSDate();
}

/** The reminders of one appointment: `dagenVooraf` days before, on the day, and once more after `teLaatNaDagen`. */
export function herinneringenVan(trajectId: string, afspraak: Afspraak, opties: { dagenVooraf: number; teLaatNaDagen: number }): Herinnering[] {
  const dag = (delta: number) => DateTime.fromISO(afspraak.datum, { zone: TIJDZONE }).plus({ days: delta }).toISODate()!;
  const maak = (moment: Herinnering["moment"], datum: IsoDatum): Herinnering => ({
    afspraak,
    moment,
    tijdstip: negenUurOpSchooldag(datum),
    sleutel: `voortgang:${trajectId}:${afspraak.soort}:${afspraak.volgnummer}:${afspraak.datum}:${moment}`,
  });
  return [maak("week-vooraf", dag(-opties.dagenVooraf)), maak("op-de-dag", afspraak.datum), maak("te-laat", dag(opties.teLaatNaDagen))];
}

/**
 * Which reminders are due at `nu` for the appointments not yet recorded: every one
 * whose moment has come. Pure; whoever sends them dedupes by key, so a restart after
 * downtime sends each missed reminder once and a repeated sweep sends nothing twice.
 */
export function verschuldigd(
  trajectId: string,
  openAfspraken: readonly Afspraak[],
  nu: Date,
  opties: { dagenVooraf: number; teLaatNaDagen: number } = { dagenVooraf: 7, teLaatNaDagen: 8 },
): Herinnering[] {
  return openAfspraken.flatMap((a) => herinneringenVan(trajectId, a, opties)).filter((h) => h.tijdstip.getTime() <= nu.getTime());
}
