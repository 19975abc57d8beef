import type { Aanvraag } from "./aanvraag.js";
import { schooljaarVan, type Vakantie } from "./datum.js";
import { overSchooljaargrens, verdeelOverSchooljaren } from "./kalender.js";
import { aangevraagdBedrag, geplandePeriode } from "./lifecycle.js";
import { criteriumVanType, type Regeling } from "./regeling.js";

/** Where a regeling's money stands in one schooljaar. Amounts in cents; no budget figures when the regeling has no yearly budget. */
export interface Budgetpositie {
  pot: string;
  schooljaar: string;
  jaarbudget?: number;
  toegekend: number;
  inBehandeling: number;
  resterend?: number;
  /** For a regeling without a yearly pot: the same sums for the stadsdeel (a PO school's) or the school of the aanvraag. */
  dichtbij?: { naam: string } & Budgetsom;
}

/** The regelingen that draw on the same pot as `regeling` (De Verbinding: individueel and groep share one). */
export function regelingenInPot(regeling: Regeling, alle: readonly Regeling[]): Regeling[] {
  const pot = regeling.limieten.jaarbudget?.pot;
  return pot === undefined ? [regeling] : alle.filter((r) => r.limieten.jaarbudget?.pot === pot);
}

/** The name users read for the pot of `regeling`: its configured name, or the names of the regelingen it serves. */
export function potNaam(regeling: Regeling, alle: readonly Regeling[]): string {
  return regeling.limieten.jaarbudget?.naam ?? regelingenInPot(regeling, alle).map((r) => r.naam).join(" en ");
}

/** What one aanvraag adds to its regeling's pot in one schooljaar: granted by beschikking, or asked while waiting for a decision. Cents. */
export interface Budgetbijdrage {
  schooljaar: string;
  toegekend: number;
  inBehandeling: number;
}

/** The sums of the contributions of a pot's aanvragen in one schooljaar. Cents. */
export interface Budgetsom {
  toegekend: number;
  inBehandeling: number;
}

/**
 * What an aanvraag of `regeling` adds to the budget, per schooljaar: granted by beschikking
 * (each part of a split one in its own schooljaar), or asked while waiting for a decision
 * (split by the school weeks in each schooljaar where the regeling splits). Empty when it
 * counts for none (a draft, a refusal).
 */
export function budgetbijdragen(a: Aanvraag, regeling: Regeling, vakanties: readonly Vakantie[] = []): Budgetbijdrage[] {
  const s = a.status;
  if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") {
    const b = s.beschikking;
    return b.delen ? b.delen.map((d) => ({ schooljaar: d.schooljaar, toegekend: d.bedrag, inBehandeling: 0 })) : [{ schooljaar: b.schooljaar, toegekend: b.bedrag, inBehandeling: 0 }];
  }
  if (s.fase === "ingediend" || s.fase === "teruggestuurd") {
    const periode = geplandePeriode(a, regeling);
    if (!periode) return [];
    const bedrag = aangevraagdBedrag(a, regeling);
    if (regeling.limieten.schooljaargrens === "splitsen" && overSchooljaargrens(periode))
      return verdeelOverSchooljaren(bedrag, periode, vakanties).map((d) => ({ schooljaar: d.schooljaar, toegekend: 0, inBehandeling: d.bedrag }));
    return [{ schooljaar: schooljaarVan(periode.start), toegekend: 0, inBehandeling: bedrag }];
  }
  return [];
}

/**
 * How a store derives the contributions from what it stores, without the regelingen of
 * its own: `versie` changes whenever the derivation would give other figures, so a store
 * that keeps them knows to derive them again.
 */
export interface Budgetafleiding {
  versie: string;
  bijdragen: (a: Aanvraag) => Budgetbijdrage[];
}

/** The derivation for a configuration's regelingen and calendar (it depends on which criteria hold the period and the budget, and on how a period over 1 August is split). */
export function budgetafleiding(regelingen: readonly Regeling[], vakanties: readonly Vakantie[] = []): Budgetafleiding {
  const per = new Map(regelingen.map((r) => [r.id, r]));
  const splitst = regelingen.some((r) => r.limieten.schooljaargrens === "splitsen");
  const versie = JSON.stringify([
    [...per.values()].map((r) => [r.id, criteriumVanType(r, "periode")?.id ?? null, criteriumVanType(r, "begroting")?.id ?? null, r.limieten.schooljaargrens ?? "weigeren"]).sort(),
    splitst ? vakanties : [],
  ]);
  return {
    versie: `2:${versie}`,
    bijdragen: (a) => {
      const r = per.get(a.regelingId);
      return r ? budgetbijdragen(a, r, vakanties) : [];
    },
  };
}

/** Adds up the contributions that fall in `schooljaar`. */
export function telOp(bijdragen: Iterable<Budgetbijdrage>, schooljaar: string): Budgetsom {
  const som: Budgetsom = { toegekend: 0, inBehandeling: 0 };
  for (const b of bijdragen) {
    if (b.schooljaar !== schooljaar) continue;
    som.toegekend += b.toegekend;
    som.inBehandeling += b.inBehandeling;
  }
  return som;
}

/** Adds up the contributions of `aanvragen` to the pot of `regeling` in `schooljaar`. */
export function budgetsom(regeling: Regeling, alleRegelingen: readonly Regeling[], aanvragen: readonly Aanvraag[], schooljaar: string, vakanties: readonly Vakantie[] = []): Budgetsom {
  const inPot = new Map(regelingenInPot(regeling, alleRegelingen).map((r) => [r.id, r]));
  return telOp(
    aanvragen.flatMap((a) => {
      const r = inPot.get(a.regelingId);
      return r ? budgetbijdragen(a, r, vakanties) : [];
    }),
    schooljaar,
  );
}

/** The budget position of a regeling's pot in a schooljaar, from the sums of its aanvragen. */
export function positieUitSom(regeling: Regeling, som: Budgetsom, schooljaar: string): Budgetpositie {
  const jaarbudget = regeling.limieten.jaarbudget;
  if (jaarbudget === undefined) return { pot: regeling.id, schooljaar, ...som };
  return { pot: jaarbudget.pot, schooljaar, jaarbudget: jaarbudget.bedrag, ...som, resterend: jaarbudget.bedrag - som.toegekend };
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
  vakanties: readonly Vakantie[] = [],
): Budgetpositie {
  return positieUitSom(regeling, budgetsom(regeling, alleRegelingen, aanvragen, schooljaar, vakanties), schooljaar);
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
