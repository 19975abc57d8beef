import { DateTime } from "luxon";
import type { Aanvraag } from "./aanvraag.js";
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

/** The schooljaar an aanvraag counts in: its beschikking's, or that of its planned start. */
function schooljaarVanAanvraag(a: Aanvraag, r: Regeling): string | undefined {
  const s = a.status;
  if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") return s.beschikking.schooljaar;
  const p = geplandePeriode(a, r);
  return p ? schooljaarVan(p.start) : undefined;
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
 * the outcomes of the evaluations, and the mean decision lead time. Drafts do not count.
 */
export function rapportage(swv: SwvConfig, regelingen: readonly Regeling[], aanvragen: readonly Aanvraag[], schooljaar: string): Rapportregel[] {
  const telt = aanvragen.filter((a) => {
    const r = zoekRegeling(regelingen, a.regelingId);
    return r !== undefined && a.status.fase !== "concept" && schooljaarVanAanvraag(a, r) === schooljaar;
  });
  const regelVoor = (niveau: Rapportregel["niveau"], id: string, naam: string, lijst: readonly Aanvraag[]): Rapportregel => {
    const tijden = lijst.map(doorlooptijd).filter((d): d is number => d !== undefined);
    const regel: Rapportregel = { niveau, id, naam, aanvragen: lijst.length, gevraagd: 0, toegekend: 0, regelingen: {}, vsoExpertise: 0, effect: { ja: 0, deels: 0, nee: 0 } };
    for (const a of lijst) {
      const r = zoekRegeling(regelingen, a.regelingId)!;
      regel.gevraagd += aangevraagdBedrag(a, r);
      const s = a.status;
      if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") regel.toegekend += s.beschikking.bedrag;
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
