import type { Aanvraag } from "./aanvraag.js";
import { schooljaarVan } from "./datum.js";
import { aangevraagdBedrag, geplandePeriode } from "./lifecycle.js";
import type { Regeling } from "./regeling.js";

/** Where a regeling's money stands in one schooljaar. Amounts in cents; no budget figures when the regeling has no yearly budget. */
export interface Budgetpositie {
  pot: string;
  schooljaar: string;
  jaarbudget?: number;
  toegekend: number;
  inBehandeling: number;
  resterend?: number;
}

/** The regelingen that draw on the same pot as `regeling` (De Verbinding: individueel and groep share one). */
export function regelingenInPot(regeling: Regeling, alle: readonly Regeling[]): Regeling[] {
  const pot = regeling.limieten.jaarbudget?.pot;
  return pot === undefined ? [regeling] : alle.filter((r) => r.limieten.jaarbudget?.pot === pot);
}

/**
 * The budget position of a regeling's pot in a schooljaar: what was granted by
 * beschikking in that year, and what is asked by aanvragen still waiting for a decision.
 * A regeling without a yearly budget is its own pot, with granted and pending only.
 */
export function budgetpositie(
  regeling: Regeling,
  alleRegelingen: readonly Regeling[],
  aanvragen: readonly Aanvraag[],
  schooljaar: string,
): Budgetpositie {
  const jaarbudget = regeling.limieten.jaarbudget;
  const inPot = new Map(regelingenInPot(regeling, alleRegelingen).map((r) => [r.id, r]));
  let toegekend = 0;
  let inBehandeling = 0;
  for (const a of aanvragen) {
    const r = inPot.get(a.regelingId);
    if (!r) continue;
    const s = a.status;
    if ((s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") && s.beschikking.schooljaar === schooljaar)
      toegekend += s.beschikking.bedrag;
    if (s.fase === "ingediend" || s.fase === "teruggestuurd") {
      const periode = geplandePeriode(a, r);
      if (periode && schooljaarVan(periode.start) === schooljaar) inBehandeling += aangevraagdBedrag(a, r);
    }
  }
  if (jaarbudget === undefined) return { pot: regeling.id, schooljaar, toegekend, inBehandeling };
  return { pot: jaarbudget.pot, schooljaar, jaarbudget: jaarbudget.bedrag, toegekend, inBehandeling, resterend: jaarbudget.bedrag - toegekend };
}

/** What a grant of `bedrag` does to the budget. */
export type Budgettoets =
  | { uitkomst: "past" }
  | { uitkomst: "geblokkeerd"; overschrijding: number }
  | { uitkomst: "overschrijding-bestuur-informeren"; overschrijding: number };

/**
 * Test a grant against the yearly budget. A regeling that blocks refuses an overrun;
 * De Verbinding allows it and the bestuur must be told in time and with reasons (003).
 */
export function toetsBudget(regeling: Regeling, positie: Budgetpositie | undefined, bedrag: number): Budgettoets {
  const jaarbudget = regeling.limieten.jaarbudget;
  if (jaarbudget === undefined || positie === undefined) return { uitkomst: "past" };
  const overschrijding = positie.toegekend + bedrag - jaarbudget.bedrag;
  if (overschrijding <= 0) return { uitkomst: "past" };
  return jaarbudget.bijOverschrijding === "blokkeren"
    ? { uitkomst: "geblokkeerd", overschrijding }
    : { uitkomst: "overschrijding-bestuur-informeren", overschrijding };
}
