import { DateTime } from "luxon";
import { TIJDZONE, volgendeSchooldag, type IsoDatum, type Vakantie } from "../domain/datum.js";
import type { Afspraak } from "../domain/voortgang.js";
import type { OpenVervolgactie } from "../domain/vervolgacties.js";

/** What a reminder is about: an appointment of the schedule, or a follow-up item (numbered as in the regeling). */
export type Moment = Afspraak | { soort: "vervolgactie"; volgnummer: number; datum: IsoDatum };

/** A reminder of an appointment: a week before, on the day, or once more when it is overdue. */
export interface Herinnering {
  afspraak: Moment;
  moment: "week-vooraf" | "op-de-dag" | "te-laat";
  /** When it is due: 09:00 in Amsterdam on a school day. */
  tijdstip: Date;
  /** Unique per traject, appointment and moment, so each reminder is sent once. */
  sleutel: string;
}

/** 09:00 in Amsterdam on `datum`, or on the next school day when it falls in a weekend or a holiday. */
export function negenUurOpSchooldag(datum: IsoDatum, vakanties: readonly Vakantie[] = []): Date {
  return DateTime.fromISO(volgendeSchooldag(datum, vakanties), { zone: TIJDZONE }).set({ hour: 9 }).toJSDate();
}

/** When reminders go out relative to an appointment. */
export interface Herinneringsopties {
  dagenVooraf: number;
  teLaatNaDagen: number;
  vakanties?: readonly Vakantie[];
}

/** The reminders of one appointment: `dagenVooraf` days before, on the day, and once more after `teLaatNaDagen`. */
export function herinneringenVan(trajectId: string, afspraak: Moment, opties: Herinneringsopties): Herinnering[] {
  const dag = (delta: number) => DateTime.fromISO(afspraak.datum, { zone: TIJDZONE }).plus({ days: delta }).toISODate()!;
  const maak = (moment: Herinnering["moment"], datum: IsoDatum): Herinnering => ({
    afspraak,
    moment,
    tijdstip: negenUurOpSchooldag(datum, opties.vakanties),
    sleutel: `voortgang:${trajectId}:${afspraak.soort}:${afspraak.volgnummer}:${afspraak.datum}:${moment}`,
  });
  return [maak("week-vooraf", dag(-opties.dagenVooraf)), maak("op-de-dag", afspraak.datum), maak("te-laat", dag(opties.teLaatNaDagen))];
}

/**
 * Which reminders are due at `nu` for the appointments not yet recorded: per appointment
 * the latest moment that has come, so one reminder goes out per gesprek, also when a
 * holiday or downtime made several come due at once. Pure; whoever sends them dedupes by
 * key, so a repeated sweep sends nothing twice.
 */
export function verschuldigd(
  trajectId: string,
  openAfspraken: readonly Afspraak[],
  nu: Date,
  opties: Herinneringsopties = { dagenVooraf: 7, teLaatNaDagen: 8 },
): Herinnering[] {
  return openAfspraken.flatMap((a) => herinneringenVan(trajectId, a, opties).filter((h) => h.tijdstip.getTime() <= nu.getTime()).slice(-1));
}

/**
 * Which reminders of follow-up items are due at `nu`: on the day the item is due, and
 * once more `teLaatNaDagen` later while it is not recorded. Keys as for appointments.
 */
export function verschuldigdeVervolgacties(aanvraagId: string, open: readonly OpenVervolgactie[], nu: Date, vakanties: readonly Vakantie[] = []): Herinnering[] {
  return open
    .flatMap((v) => {
      const moment: Moment = { soort: "vervolgactie", volgnummer: v.volgnummer, datum: v.datum };
      return herinneringenVan(aanvraagId, moment, { dagenVooraf: 0, teLaatNaDagen: v.teLaatNaDagen, vakanties }).filter((h) => h.moment !== "week-vooraf");
    })
    .filter((h) => h.tijdstip.getTime() <= nu.getTime());
}
