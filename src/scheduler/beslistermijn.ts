import type { Aanvraag } from "../domain/aanvraag.js";
import { datumVan, schooldagenTussen, type Vakantie } from "../domain/datum.js";

/** A reminder that a decision takes too long: to the decider at the norm, to staff at twice the norm. */
export interface Termijnmelding {
  aanvraagId: string;
  niveau: "beslisser" | "staf";
  /** Unique per aanvraag, submission round and level, so each is sent once. */
  sleutel: string;
  schooldagen: number;
}

/**
 * Which submitted aanvragen have waited longer than the lead-time norm, at `now`.
 * Pure: the same aanvragen and time always give the same reminders.
 */
export function teLaat(aanvragen: readonly Aanvraag[], now: Date, normSchooldagen: number, vakanties: readonly Vakantie[] = []): Termijnmelding[] {
  const vandaag = datumVan(now);
  const meldingen: Termijnmelding[] = [];
  for (const a of aanvragen) {
    if (a.status.fase !== "ingediend") continue;
    const schooldagen = schooldagenTussen(datumVan(new Date(a.status.ingediendOp)), vandaag, vakanties);
    const basis = `termijn:${a.id}:${a.status.ronde}`;
    if (schooldagen >= normSchooldagen) meldingen.push({ aanvraagId: a.id, niveau: "beslisser", sleutel: `${basis}:beslisser`, schooldagen });
    if (schooldagen >= 2 * normSchooldagen) meldingen.push({ aanvraagId: a.id, niveau: "staf", sleutel: `${basis}:staf`, schooldagen });
  }
  return meldingen;
}
