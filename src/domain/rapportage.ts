import { DateTime } from "luxon";
import type { Aanvraag, Beschikking } from "./aanvraag.js";
import { schooljaarVan } from "./datum.js";
import { aangevraagdBedrag, geplandePeriode } from "./lifecycle.js";
import { zoekRegeling, type Regeling } from "./regeling.js";
import type { SwvConfig } from "./swv.js";

/** One line of the monitoring report: a school or a bestuur in a schooljaar. Amounts in cents. */
export interface Rapportregel {
  niveau: "school" | "bestuur";
  id: string;
  naam: string;
  aanvragen: number;
  gevraagd: number;
  toegekend: number;
  /** Per regeling: how many aanvragen, what the money was for. */
  regelingen: Record<string, number>;
  /** Aanvragen that use VSO expertise (003: does the budget bring regular and special education together). */
  vsoExpertise: number;
  /** Evaluated trajecten by their effect (the regeling's first ja/deels/nee question). */
  effect: { ja: number; deels: number; nee: number };
  /** Mean calendar days from submission to decision, over the decided ones; undefined when none. */
  doorlooptijdDagen?: number;
}

/** The schooljaren an aanvraag counts in: its beschikking's (each part's, when split over 1 August), or that of its planned start. */
function schooljarenVanAanvraag(a: Aanvraag, r: Regeling): string[] {
  const s = a.status;
  if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") return s.beschikking.delen?.map((d) => d.schooljaar) ?? [s.beschikking.schooljaar];
  const p = geplandePeriode(a, r);
  return p ? [schooljaarVan(p.start)] : [];
}

/** What a beschikking grants in `schooljaar`: its part there when it was split, else all of it. */
function toegekendIn(b: Beschikking, schooljaar: string): number {
  return b.delen ? (b.delen.find((d) => d.schooljaar === schooljaar)?.bedrag ?? 0) : b.bedrag;
}

/** Days from the first submission to the decision, when decided. */
function doorlooptijd(a: Aanvraag): number | undefined {
  const ingediend = a.geschiedenis.find((g) => g.soort === "ingediend")?.op;
  const besluit = a.geschiedenis.find((g) => g.soort === "toegekend" || g.soort === "afgewezen")?.op;
  if (!ingediend || !besluit) return undefined;
  return DateTime.fromISO(besluit).diff(DateTime.fromISO(ingediend), "days").days;
}

/**
 * The monitoring report of a schooljaar (003, 004, 001): per school and per bestuur, how
 * many aanvragen, asked and granted amounts, for which regelingen, VSO expertise used,
 * the outcomes of the evaluations, and the mean decision lead time. Drafts do not count;
 * a beschikking split over 1 August counts in both schooljaren, each with its own part.
 */
export function rapportage(swv: SwvConfig, regelingen: readonly Regeling[], aanvragen: readonly Aanvraag[], schooljaar: string): Rapportregel[] {
  const telt = aanvragen.filter((a) => {
    const r = zoekRegeling(regelingen, a.regelingId);
    return r !== undefined && a.status.fase !== "concept" && schooljarenVanAanvraag(a, r).includes(schooljaar);
  });
  const regelVoor = (niveau: Rapportregel["niveau"], id: string, naam: string, lijst: readonly Aanvraag[]): Rapportregel => {
    const tijden = lijst.map(doorlooptijd).filter((d): d is number => d !== undefined);
    const regel: Rapportregel = { niveau, id, naam, aanvragen: lijst.length, gevraagd: 0, toegekend: 0, regelingen: {}, vsoExpertise: 0, effect: { ja: 0, deels: 0, nee: 0 } };
    for (const a of lijst) {
      const r = zoekRegeling(regelingen, a.regelingId)!;
      const s = a.status;
      // A split beschikking: what was asked counts in the first schooljaar, what was granted in each its own part.
      if (schooljarenVanAanvraag(a, r)[0] === schooljaar) regel.gevraagd += aangevraagdBedrag(a, r);
      if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") regel.toegekend += toegekendIn(s.beschikking, schooljaar);
      regel.regelingen[r.naam] = (regel.regelingen[r.naam] ?? 0) + 1;
      if (a.antwoorden["vso-expertise"] === true) regel.vsoExpertise += 1;
      if (s.fase === "afgesloten") {
        const vraag = r.evaluatie.vragen.find((v) => v.type === "jaDeelsNee");
        const w = vraag ? s.evaluatie.antwoorden[vraag.id] : undefined;
        if (w === "ja" || w === "deels" || w === "nee") regel.effect[w] += 1;
      }
    }
    return tijden.length ? { ...regel, doorlooptijdDagen: Math.round((tijden.reduce((x, y) => x + y, 0) / tijden.length) * 10) / 10 } : regel;
  };
  const scholen = swv.scholen.map((s) => regelVoor("school", s.brin, s.naam, telt.filter((a) => a.schoolBrin === s.brin)));
  const besturen = swv.besturen.map((b) => {
    const brins = new Set(swv.scholen.filter((s) => s.bestuur === b.id).map((s) => s.brin));
    return regelVoor("bestuur", b.id, b.naam, telt.filter((a) => brins.has(a.schoolBrin)));
  });
  return [...scholen, ...besturen];
}
