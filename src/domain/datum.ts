import { DateTime } from "luxon";
import { z } from "zod/v4";

/** The time zone every Dutch date in the product is read in. */
export const TIJDZONE = "Europe/Amsterdam";

/** A calendar date as the user means it, `YYYY-MM-DD`, checked to exist. */
export const IsoDatum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Gebruik de vorm JJJJ-MM-DD.")
  .refine((s) => DateTime.fromISO(s, { zone: TIJDZONE }).isValid, "Deze datum bestaat niet.");
export type IsoDatum = z.infer<typeof IsoDatum>;

/** An instant, ISO 8601 with offset, as stored. */
export const Tijdstip = z.iso.datetime({ offset: true });
export type Tijdstip = z.infer<typeof Tijdstip>;

/** A start and end date, both inclusive. */
export const Periode = z.object({ start: IsoDatum, eind: IsoDatum });
export type Periode = z.infer<typeof Periode>;

function dag(datum: string): DateTime {
  return DateTime.fromISO(datum, { zone: TIJDZONE }).startOf("day");
}

/** The local calendar date of an instant. */
export function datumVan(now: Date): IsoDatum {
  return DateTime.fromJSDate(now, { zone: TIJDZONE }).toISODate()!;
}

/** The calendar year in Amsterdam at `now` (an aanvraag made at 00:30 on New Year's Day is numbered in the new year, whatever the machine's zone). */
export function jaarVan(now: Date): number {
  return Number(datumVan(now).slice(0, 4));
}

/** `datum` plus a number of calendar months (31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(datum: IsoDatum, maanden: number): IsoDatum {
  return dag(datum).plus({ months: maanden }).toISODate()!;
}

/** Compare two dates: negative when a is earlier. */
export function vergelijkDatum(a: IsoDatum, b: IsoDatum): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a period lasts longer than `maanden` calendar months: support from 1 March
 * may run up to and including 31 May for three months (the end date is inclusive).
 */
export function langerDanMaanden(periode: Periode, maanden: number): boolean {
  const laatsteDag = dag(plusMaanden(periode.start, maanden)).minus({ days: 1 }).toISODate()!;
  return vergelijkDatum(periode.eind, laatsteDag) > 0;
}

/** The schooljaar (1 August to 31 July) a date falls in, as "2026-2027". */
export function schooljaarVan(datum: IsoDatum): string {
  const d = dag(datum);
  const begin = d.month >= 8 ? d.year : d.year - 1;
  return `${begin}-${begin + 1}`;
}

/** Dutch long date, "3 maart 2027". */
export function formatDatum(datum: IsoDatum): string {
  return dag(datum).setLocale("nl").toFormat("d MMMM yyyy");
}

/** Dutch long date with the weekday, "maandag 12 april 2027". */
export function formatDagDatum(datum: IsoDatum): string {
  return dag(datum).setLocale("nl").toFormat("cccc d MMMM yyyy");
}

/** Dutch date and time of an instant in Amsterdam, "3 november 2026 10:12". */
export function formatTijdstip(iso: string): string {
  return DateTime.fromISO(iso, { zone: TIJDZONE }).setLocale("nl").toFormat("d MMMM yyyy HH:mm");
}

/** A school holiday of the SWV's region, both dates inclusive. */
export const Vakantie = z.strictObject({ naam: z.string().min(1), van: IsoDatum, tot: IsoDatum });
export type Vakantie = z.infer<typeof Vakantie>;

/** Whether a date is a school day: Monday to Friday, outside the holidays. */
export function isSchooldag(datum: IsoDatum, vakanties: readonly Vakantie[] = []): boolean {
  return dag(datum).weekday <= 5 && !vakanties.some((v) => vergelijkDatum(v.van, datum) <= 0 && vergelijkDatum(datum, v.tot) <= 0);
}

/** The first school day on or after `datum`. */
export function volgendeSchooldag(datum: IsoDatum, vakanties: readonly Vakantie[] = []): IsoDatum {
  let d = dag(datum);
  for (let i = 0; i < 400 && !isSchooldag(d.toISODate()!, vakanties); i++) d = d.plus({ days: 1 });
  return d.toISODate()!;
}

/** The date `n` school days after `van` (holidays and weekends not counted). */
export function plusSchooldagen(van: IsoDatum, n: number, vakanties: readonly Vakantie[] = []): IsoDatum {
  let d = dag(van);
  for (let geteld = 0, i = 0; geteld < n && i < 1000; i++) {
    d = d.plus({ days: 1 });
    if (isSchooldag(d.toISODate()!, vakanties)) geteld++;
  }
  return d.toISODate()!;
}

/** School days after `van` up to and including `tot`: weekdays outside the holidays. */
export function schooldagenTussen(van: IsoDatum, tot: IsoDatum, vakanties: readonly Vakantie[] = []): number {
  let dagen = 0;
  for (let d = dag(van).plus({ days: 1 }); d <= dag(tot); d = d.plus({ days: 1 })) if (isSchooldag(d.toISODate()!, vakanties)) dagen++;
  return dagen;
}
