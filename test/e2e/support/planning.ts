import { DateTime } from "luxon";
import { volgendeSchooldag } from "../../../src/domain/datum.js";
import type { Vakantie } from "../../../src/domain/datum.js";

/** The dates of the e2e traject, relative to the bot's clock: it works in any year. */
export interface Planning {
  /** The planned start: the Monday at least three weeks after the bot's today (ISO date). */
  start: string;
  /** Five months of support (ISO date). */
  eind: string;
  /** Voortgangsgesprek 1: three months after the start, moved to the next school day when that falls in a weekend or a holiday (ISO date). */
  gesprek1: string;
  /** Three months after the start, before any move (ISO date). */
  gesprek1Gepland: string;
  /** Six days before gesprek 1 at 10:00 in Amsterdam: the week-before reminder is due (ISO instant with offset). */
  herinneringOp: string;
}

/** The planning of a traject that starts some weeks after `nu`, the bot's time, in the SWV's calendar. */
export function planningVanaf(nu: Date, vakanties: readonly Vakantie[] = []): Planning {
  const vandaag = DateTime.fromJSDate(nu, { zone: "Europe/Amsterdam" }).startOf("day");
  const start = vandaag.plus({ days: 21 }).plus({ days: (8 - vandaag.plus({ days: 21 }).weekday) % 7 });
  const gepland = start.plus({ months: 3 }).toISODate()!;
  const gesprek1 = DateTime.fromISO(volgendeSchooldag(gepland, vakanties), { zone: "Europe/Amsterdam" });
  return {
    start: start.toISODate()!,
    eind: start.plus({ months: 5 }).minus({ days: 1 }).toISODate()!,
    gesprek1: gesprek1.toISODate()!,
    gesprek1Gepland: gepland,
    herinneringOp: gesprek1.minus({ days: 6 }).set({ hour: 10 }).toISO({ suppressMilliseconds: true })!,
  };
}

/** An ISO date as Dutch users read it: "11 april 2027" (the platform's own Dutch, not the bot's formatting). */
export function alsNederlandseDatum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(j, m - 1, d)));
}

/** An ISO date with its weekday, as Dutch users read it: "maandag 12 april 2027". */
export function alsNederlandseDagDatum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(j, m - 1, d)));
}
