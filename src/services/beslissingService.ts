import { randomUUID } from "node:crypto";
import type { Aanvraag } from "../domain/aanvraag.js";
import { positieUitSom, regelingenInPot, toetsBudget, type Budgetpositie, type Budgetsom } from "../domain/budget.js";
import { datumVan, schooljaarVan, type Periode } from "../domain/datum.js";
import { DomainError, isDomainError } from "../domain/errors.js";
import { formatBedrag } from "../domain/geld.js";
import { overSchooljaargrens, schoolweken, verdeelOverSchooljaren } from "../domain/kalender.js";
import { aangevraagdBedrag, geplandePeriode, kenToe, stuurTerug, toetsToelichting, wijsAf } from "../domain/lifecycle.js";
import { beschikkingsnummer } from "../domain/nummer.js";
import { regelingMetId, type Regeling } from "../domain/regeling.js";
import { magBeslissen, type Uitsluiting } from "../domain/routering.js";
import type { Configuratie } from "../config/configuratie.js";
import type { AuditRegel, Pot, Store, Uitgaand } from "../storage/ports.js";
import { alleVervangingen, ontvangers } from "./vervanging.js";

/** What a decider decides. */
export type Besluit =
  | { soort: "toekennen"; bedrag: number; periode: Periode; schoolweken: number; toelichting?: string; overschrijdingBevestigd?: boolean }
  | { soort: "afwijzen"; reden: string }
  | { soort: "terugsturen"; vraag: string };

/** The outcome of pressing a decision button. */
export type Beslisuitkomst =
  | { uitkomst: "besloten"; aanvraag: Aanvraag }
  | { uitkomst: "al-besloten"; aanvraag: Aanvraag }
  | { uitkomst: "geweigerd"; aanvraag: Aanvraag; uitsluiting?: Uitsluiting }
  | { uitkomst: "overschrijding-bevestigen"; aanvraag: Aanvraag; overschrijding: number };

/** What the decision services need. */
export interface BeslissingDeps {
  config: Configuratie;
  store: Store;
  klok: () => Date;
}

/** The decision on a submitted aanvraag: who may take it, the budget, and exactly one outcome. */
export function beslissingService(deps: BeslissingDeps) {
  const { config, store, klok } = deps;
  const swv = config.swv;

  const regeling = (a: Aanvraag): Regeling => regelingMetId(config.regelingen, a.regelingId);

  const uitgaand = (persoonId: string, soort: Uitgaand["soort"], aanvraagId: string): Uitgaand => ({
    id: randomUUID(),
    persoonId,
    soort,
    aanvraagId,
    aangemaaktOp: klok().toISOString(),
    pogingen: 0,
  });

  const audit = (actor: string, actie: string, aanvraagId: string, uitkomst: AuditRegel["uitkomst"], extra: { van?: string; naar?: string; reden?: string } = {}): AuditRegel => ({
    op: klok().toISOString(),
    actor,
    actie,
    uitkomst,
    aanvraagId,
    ...extra,
  });

  /** An aanvraag of this SWV; a forged or foreign id gets the same answer as a missing one. */
  const haal = async (id: string): Promise<Aanvraag> => {
    const a = await store.aanvragen.haal(id);
    if (!a || a.swvId !== swv.id) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
    return a;
  };

  /** The decider of a submitted aanvraag and, today, their deputy. */
  const beslissers = async (a: Aanvraag): Promise<string[]> => {
    if (a.status.fase !== "ingediend" && a.status.fase !== "teruggestuurd") return [];
    return ontvangers(config, a, a.status.beslisserId, await alleVervangingen(config, store), datumVan(klok()));
  };

  /** The pot of a regeling in a schooljaar. */
  const potVan = (r: Regeling, schooljaar: string): Pot => ({ swvId: swv.id, regelingIds: regelingenInPot(r, config.regelingen).map((x) => x.id), schooljaar });

  /** The budget position of the aanvraag's regeling in the schooljaar of its period (or the one asked for). */
  const positie = async (a: Aanvraag, periode?: Periode, schooljaar?: string): Promise<Budgetpositie> => {
    const r = regeling(a);
    const jaar = schooljaar ?? schooljaarVan(periode?.start ?? geplandePeriode(a, r)?.start ?? datumVan(klok()));
    const stand = positieUitSom(r, await store.aanvragen.budgetsom(potVan(r, jaar)), jaar);
    return r.limieten.jaarbudget === undefined ? { ...stand, dichtbij: await dichtbij(a, r, jaar) } : stand;
  };

  /**
   * Without a yearly pot the decider weighs the aanvraag against what their stadsdeel (PO) or the school got and asks this
   * schooljaar: the store's sums for the regeling in those schools, without loading their aanvragen.
   */
  const dichtbij = async (a: Aanvraag, r: Regeling, jaar: string): Promise<{ naam: string } & Budgetsom> => {
    const school = swv.scholen.find((s) => s.brin === a.schoolBrin);
    const stadsdeel = school?.stadsdeel;
    const brins = stadsdeel ? swv.scholen.filter((s) => s.stadsdeel === stadsdeel).map((s) => s.brin) : [a.schoolBrin];
    const naam = stadsdeel ? `stadsdeel ${stadsdeel.charAt(0).toUpperCase()}${stadsdeel.slice(1).replaceAll("-", " ")}` : (school?.naam ?? a.schoolBrin);
    return { naam, ...(await store.aanvragen.budgetsom({ swvId: swv.id, regelingIds: [r.id], schooljaar: jaar, schoolBrins: brins })) };
  };

  /** What a grant of `bedrag` for `periode` counts in each schooljaar: all in the start's, or split where the regeling splits a period over 1 August. */
  const schooljaarBedragen = (r: Regeling, bedrag: number, periode: Periode): { schooljaar: string; bedrag: number }[] =>
    r.limieten.schooljaargrens === "splitsen" && overSchooljaargrens(periode)
      ? verdeelOverSchooljaren(bedrag, periode, swv.schoolvakanties)
      : [{ schooljaar: schooljaarVan(periode.start), bedrag }];

  /** Who is told of an overrun: the bestuur of the samenwerkingsverband (003), not the school boards' contacts. */
  const swvBestuur = (): string[] => swv.personen.filter((p) => p.rollen.some((rol) => rol.rol === "swv-bestuur")).map((p) => p.id);

  /** The school weeks of a period in the SWV's calendar: the suggestion on the decision card, and the most a grant may state. */
  const schoolwekenVan = (periode: Periode): number => schoolweken(periode, swv.schoolvakanties);

  return {
    haal,
    regeling,
    beslissers,
    positie,
    schoolweken: schoolwekenVan,

    /**
     * Whether the person is involved in the aanvraag: its consulent, someone who acted on
     * it or was acted for, its decider or deputy now, or someone who was sent its decision card.
     */
    async betrokken(actorId: string, a: Aanvraag): Promise<boolean> {
      return (
        a.consulentId === actorId ||
        a.geschiedenis.some((g) => g.door === actorId || g.namens === actorId) ||
        (await beslissers(a)).includes(actorId) ||
        (await store.uitgaand.vanAanvraag(a.id)).some((u) => u.soort === "beslissing" && u.persoonId === actorId)
      );
    },

    /** Whether this person may decide on the aanvraag now, for whom, or why they are excluded from it. */
    async mag(actorId: string, a: Aanvraag): Promise<{ mag: boolean; namens?: string; uitsluiting?: Uitsluiting }> {
      if (a.status.fase !== "ingediend") return { mag: false };
      return magBeslissen(actorId, a, a.status.beslisserId, swv, await alleVervangingen(config, store), datumVan(klok()));
    },

    /**
     * Decide. The actor is checked on the server; a refused attempt is audited; a
     * second press, a repeated delivery or a concurrent deputy sees the decision taken.
     */
    async beslis(actorId: string, aanvraagId: string, besluit: Besluit): Promise<Beslisuitkomst> {
      const a = await haal(aanvraagId);
      if (a.status.fase !== "ingediend") return { uitkomst: "al-besloten", aanvraag: a };
      const recht = magBeslissen(actorId, a, a.status.beslisserId, swv, await alleVervangingen(config, store), datumVan(klok()));
      if (!recht.mag) {
        const reden = recht.uitsluiting ? `eigen aanvraag (${recht.uitsluiting})` : "niet de beslisser of diens vervanger";
        await store.audit.voegToe(audit(actorId, besluit.soort, a.id, "geweigerd", { reden }));
        return recht.uitsluiting ? { uitkomst: "geweigerd", aanvraag: a, uitsluiting: recht.uitsluiting } : { uitkomst: "geweigerd", aanvraag: a };
      }
      const actor = recht.namens ? { door: actorId, namens: recht.namens } : { door: actorId };
      const r = regeling(a);
      const now = klok();
      const berichten: Uitgaand[] = [];
      let nieuw: Aanvraag;
      switch (besluit.soort) {
        case "toekennen": {
          // A toelichting too long is refused before the budget: not a warning to confirm first and the refusal after.
          toetsToelichting(besluit.toelichting);
          const delen = schooljaarBedragen(r, besluit.bedrag, besluit.periode);
          let overschrijding = 0;
          for (const deel of delen) {
            const stand = await positie(a, undefined, deel.schooljaar);
            const toets = toetsBudget(r, stand, deel.bedrag);
            if (toets.uitkomst === "geblokkeerd") throw new DomainError("BUDGET_OVERSCHREDEN", { resterend: formatBedrag(stand.resterend ?? 0) });
            if (toets.uitkomst === "overschrijding-bestuur-informeren") overschrijding += toets.overschrijding;
          }
          if (overschrijding > 0 && !besluit.overschrijdingBevestigd) return { uitkomst: "overschrijding-bevestigen", aanvraag: a, overschrijding };
          if (overschrijding > 0 && !besluit.toelichting?.trim()) throw new DomainError("ONDERBOUWING_VERPLICHT");
          nieuw = kenToe(
            a,
            r,
            { beschikkingsnummer: beschikkingsnummer(a.nummer), bedrag: besluit.bedrag, periode: besluit.periode, schoolweken: besluit.schoolweken, toelichting: besluit.toelichting, bestuurInformeren: overschrijding > 0 },
            actor,
            now,
            swv.schoolvakanties,
          );
          berichten.push(uitgaand(a.consulentId, "beschikking", a.id));
          if (overschrijding > 0) for (const id of swvBestuur()) berichten.push(uitgaand(id, "budget-overschrijding", a.id));
          break;
        }
        case "afwijzen":
          nieuw = wijsAf(a, { reden: besluit.reden }, actor, now);
          berichten.push(uitgaand(a.consulentId, "afwijzing", a.id));
          break;
        case "terugsturen":
          nieuw = stuurTerug(a, { vraag: besluit.vraag }, actor, now);
          berichten.push(uitgaand(a.consulentId, "teruggestuurd", a.id));
          break;
      }
      const controle =
        besluit.soort === "toekennen"
          ? schooljaarBedragen(r, besluit.bedrag, besluit.periode).map((deel) => ({
              pot: potVan(r, deel.schooljaar),
              toets: (som: Budgetsom) => {
                const nu = positieUitSom(r, som, deel.schooljaar);
                if (toetsBudget(r, nu, deel.bedrag).uitkomst === "geblokkeerd")
                  throw new DomainError("BUDGET_OVERSCHREDEN", { resterend: formatBedrag(nu.resterend ?? 0) });
              },
            }))
          : undefined;
      try {
        await store.aanvragen.bewaar(nieuw, a.versie, {
          controle,
          audit: [audit(actorId, besluit.soort, a.id, "toegestaan", { van: a.status.fase, naar: nieuw.status.fase, ...(recht.namens ? { reden: `namens ${recht.namens}` } : {}) })],
          uitgaand: berichten,
        });
      } catch (error) {
        if (!isDomainError(error, "VERSIECONFLICT")) throw error;
        const actueel = await haal(aanvraagId);
        if (actueel.status.fase !== "ingediend") return { uitkomst: "al-besloten", aanvraag: actueel };
        throw error;
      }
      return { uitkomst: "besloten", aanvraag: nieuw };
    },

    /** The amount asked for. */
    aangevraagd: (a: Aanvraag) => aangevraagdBedrag(a, regeling(a)),
  };
}

/** The decision service as built for one configuration. */
export type BeslissingService = ReturnType<typeof beslissingService>;
