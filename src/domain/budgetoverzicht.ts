import type { Aanvraag } from "./aanvraag.js";
import { budgetbijdragen, potNaam, regelingenInPot } from "./budget.js";
import type { Vakantie } from "./datum.js";
import type { Regeling } from "./regeling.js";

/**
 * One row of the budget overview of a schooljaar: a budget pot with the regelingen it
 * serves (a pot shared by two regelingen is one row), or a regeling without a yearly
 * budget (no jaarbudget, no resterend). Amounts in cents; names as users read them.
 */
export interface Budgetregel {
  naam: string;
  /** The names of the regelingen this row counts. */
  regelingen: string[];
  schooljaar: string;
  /** Granted by beschikking in this schooljaar (a split beschikking with this schooljaar's part). */
  toegekend: number;
  /** Asked by aanvragen waiting for a decision (ingediend or teruggestuurd). */
  inBehandeling: number;
  jaarbudget?: number;
  /** Jaarbudget minus toegekend; negative when overrun. Only for a pot. */
  resterend?: number;
  /** Pupils in the granted aanvragen that count in this schooljaar. */
  leerlingen: number;
  overschrijding: number;
}

/** Pupils an aanvraag is for: the rows of its pupils criterion, or one when the regeling has none. */
function aantalLeerlingen(a: Aanvraag, r: Regeling): number {
  const c = r.criteria.find((x) => x.type === "leerlingen");
  const w = c ? a.antwoorden[c.id] : undefined;
  return Array.isArray(w) ? w.length : c ? 0 : 1;
}

/**
 * The budget overview of a schooljaar: one row per budget pot (in the order its first
 * regeling is configured), then one per regeling without a pot; every figure from the
 * same contributions the budget checks use.
 */
export function budgetoverzicht(regelingen: readonly Regeling[], aanvragen: readonly Aanvraag[], schooljaar: string, vakanties: readonly Vakantie[] = []): Budgetregel[] {
  const groepen: Regeling[][] = [];
  const gezien = new Set<string>();
  for (const r of regelingen) {
    if (gezien.has(r.id)) continue;
    const groep = regelingenInPot(r, regelingen);
    for (const x of groep) gezien.add(x.id);
    groepen.push(groep);
  }
  const metPot = groepen.filter((g) => g[0]!.limieten.jaarbudget !== undefined);
  const zonderPot = groepen.filter((g) => g[0]!.limieten.jaarbudget === undefined);
  return [...metPot, ...zonderPot].map((groep) => {
    const eerste = groep[0]!;
    const per = new Map(groep.map((r) => [r.id, r]));
    let toegekend = 0;
    let inBehandeling = 0;
    let leerlingen = 0;
    for (const a of aanvragen) {
      const r = per.get(a.regelingId);
      if (!r) continue;
      const deel = budgetbijdragen(a, r, vakanties).filter((b) => b.schooljaar === schooljaar);
      for (const b of deel) {
        toegekend += b.toegekend;
        inBehandeling += b.inBehandeling;
      }
      if (deel.some((b) => b.toegekend > 0)) leerlingen += aantalLeerlingen(a, r);
    }
    const jaarbudget = eerste.limieten.jaarbudget?.bedrag;
    const resterend = jaarbudget === undefined ? undefined : jaarbudget - toegekend;
    return {
      naam: jaarbudget === undefined ? eerste.naam : potNaam(eerste, regelingen),
      regelingen: groep.map((r) => r.naam),
      schooljaar,
      toegekend,
      inBehandeling,
      ...(jaarbudget !== undefined ? { jaarbudget, resterend } : {}),
      leerlingen,
      overschrijding: resterend !== undefined && resterend < 0 ? -resterend : 0,
    };
  });
}
