import type { Aanvraag } from "./aanvraag.js";
import { budgetpositie } from "./budget.js";
import type { Regeling } from "./regeling.js";

/** One line of the budget overview: a regeling in a schooljaar. Amounts in cents. */
export interface Budgetregel {
  regelingId: string;
  regeling: string;
  pot: string;
  schooljaar: string;
  toegekend: number;
  inBehandeling: number;
  /** Granted to trajecten that are closed (evaluated): spent. */
  gebruikt: number;
  jaarbudget?: number;
  resterend?: number;
  /** Pupils in granted aanvragen of this regeling in this schooljaar. */
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
 * The budget overview of a schooljaar, per regeling: granted, pending, used by closed
 * trajecten, the yearly budget and what remains of its pot, pupils, and any overrun.
 */
export function budgetoverzicht(regelingen: readonly Regeling[], aanvragen: readonly Aanvraag[], schooljaar: string): Budgetregel[] {
  return regelingen.map((r) => {
    const positie = budgetpositie(r, regelingen, aanvragen, schooljaar);
    let toegekend = 0;
    let gebruikt = 0;
    let leerlingen = 0;
    for (const a of aanvragen) {
      if (a.regelingId !== r.id) continue;
      const s = a.status;
      if ((s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") && s.beschikking.schooljaar === schooljaar) {
        toegekend += s.beschikking.bedrag;
        leerlingen += aantalLeerlingen(a, r);
        if (s.fase === "afgesloten") gebruikt += s.beschikking.bedrag;
      }
    }
    const inBehandeling = budgetpositie(r, [r], aanvragen.filter((a) => a.regelingId === r.id), schooljaar).inBehandeling;
    return {
      regelingId: r.id,
      regeling: r.naam,
      pot: positie.pot,
      schooljaar,
      toegekend,
      inBehandeling,
      gebruikt,
      ...(positie.jaarbudget !== undefined ? { jaarbudget: positie.jaarbudget, resterend: positie.resterend } : {}),
      leerlingen,
      overschrijding: positie.resterend !== undefined && positie.resterend < 0 ? -positie.resterend : 0,
    };
  });
}
