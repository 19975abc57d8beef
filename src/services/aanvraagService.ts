import { randomUUID } from "node:crypto";
import { Antwoord, type Aanvraag } from "../domain/aanvraag.js";
import { DomainError } from "../domain/errors.js";
import { beantwoord, bewerk, dienIn, maakConcept } from "../domain/lifecycle.js";
import type { Probleem } from "../domain/meldingen.js";
import { nummerPrefix, regelingMetId, type Regeling } from "../domain/regeling.js";
import { bepaalBeslisser, uitsluiting, type Toewijzing } from "../domain/routering.js";
import { heeftRol, scholenVanConsulent, type School } from "../domain/swv.js";
import { datumVan, jaarVan } from "../domain/datum.js";
import { valideerAanvraag, valideerVelden } from "../domain/validatie.js";
import { regelingVoor, toetsVerlenging } from "../domain/verlenging.js";
import type { Configuratie } from "../config/configuratie.js";
import type { AuditRegel, Store, Uitgaand } from "../storage/ports.js";
import { vastgelegdeKaart } from "./bezorging.js";
import { leesStap, type RuweInvoer } from "./formulier/invoer.js";
import { stappenVan, type Stap } from "./formulier/stappen.js";
import { alleVervangingen, ontvangers } from "./vervanging.js";

/** What the aanvraag service needs. */
export interface AanvraagDeps {
  config: Configuratie;
  store: Store;
  klok: () => Date;
}

/** The outcome of saving a step: the stored aanvraag, and what is wrong with the step's input. */
export interface StapUitkomst {
  aanvraag: Aanvraag;
  problemen: Probleem[];
}

/** Drafts and submission of aanvragen by a consulent. Every call checks who acts, on the server. */
export function aanvraagService(deps: AanvraagDeps) {
  const { config, store, klok } = deps;
  const swv = config.swv;

  const audit = (actor: string, actie: string, aanvraagId: string, overgang: { van?: string; naar?: string; reden?: string } = {}): AuditRegel => ({
    op: klok().toISOString(),
    actor,
    actie,
    uitkomst: "toegestaan",
    aanvraagId,
    ...overgang,
  });

  const regeling = (id: string): Regeling => regelingMetId(config.regelingen, id);

  const school = (brin: string): School => {
    const s = swv.scholen.find((x) => x.brin === brin);
    if (!s) throw new DomainError("SCHOOL_ONBEKEND", { brin });
    return s;
  };

  /** An aanvraag of this consulent, or the same answer as for one that does not exist. */
  const eigen = async (actorId: string, id: string): Promise<Aanvraag> => {
    const a = await store.aanvragen.haal(id);
    if (!a || a.swvId !== swv.id || a.consulentId !== actorId) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
    return a;
  };

  const bewerkbaar = (a: Aanvraag) => {
    if (a.status.fase !== "concept" && a.status.fase !== "teruggestuurd")
      throw new DomainError("NIET_BEWERKBAAR", { nummer: a.nummer, fase: a.status.fase });
  };

  const huidigeVersie = async (actorId: string, id: string, versie: number): Promise<Aanvraag> => {
    const a = await eigen(actorId, id);
    bewerkbaar(a);
    if (a.versie !== versie) throw new DomainError("VERSIECONFLICT");
    return a;
  };

  /** The regeling an aanvraag is filled in against: with the first-year evaluation for an extension. */
  const regelingVan = (a: Aanvraag): Regeling => regelingVoor(a, regeling(a.regelingId));

  return {
    regeling,
    regelingVan,
    school,
    stappen: (a: Aanvraag): readonly Stap[] => stappenVan(regelingVan(a)),

    /** The schools a consulent may choose, and per school the regelingen that apply to it. */
    keuzes(actorId: string): { school: School; regelingen: Regeling[] }[] {
      if (!heeftRol(swv, actorId, "consulent")) throw new DomainError("GEEN_CONSULENT");
      return scholenVanConsulent(swv, actorId).map((s) => ({ school: s, regelingen: config.regelingen.filter((r) => r.sectoren.includes(s.sector)) }));
    },

    /** Start a draft for one of the consulent's own schools under a regeling that applies to it. */
    async start(actorId: string, regelingId: string, brin: string): Promise<Aanvraag> {
      if (!heeftRol(swv, actorId, "consulent")) throw new DomainError("GEEN_CONSULENT");
      const r = regeling(regelingId);
      if (!scholenVanConsulent(swv, actorId).some((s) => s.brin === brin)) throw new DomainError("SCHOOL_NIET_VAN_JOU");
      if (!r.sectoren.includes(school(brin).sector)) throw new DomainError("REGELING_NIET_VOOR_SCHOOL");
      const now = klok();
      const id = randomUUID();
      return store.aanvragen.maak(
        {
          swvId: swv.id,
          prefix: nummerPrefix(r.soort),
          jaar: jaarVan(now),
          bouw: (nummer) => maakConcept({ id, nummer, swvId: swv.id, regelingId: r.id, schoolBrin: brin, consulentId: actorId }, now),
        },
        { audit: [audit(actorId, "concept-gemaakt", id, { naar: "concept" })] },
      );
    },

    eigen,

    /** The consulent's drafts and aanvragen sent back to them, newest first. */
    async concepten(actorId: string): Promise<Aanvraag[]> {
      const lijst = await store.aanvragen.lijst({ swvId: swv.id, consulentId: actorId, fasen: ["concept", "teruggestuurd"] });
      return lijst.sort((a, b) => b.bijgewerktOp.localeCompare(a.bijgewerktOp));
    },

    /**
     * Save what a step card sent. Readable answers are always kept, so nothing typed is
     * lost; a field that cannot be read (over its limit, not an amount) is refused with its
     * problem and keeps what was stored. The draft moves to `naarStap` only without problems.
     */
    async bewaarStap(
      actorId: string,
      p: { id: string; versie: number; stapId: string; invoer: RuweInvoer; valideren: boolean; naarStap?: number },
    ): Promise<StapUitkomst> {
      const a = await huidigeVersie(actorId, p.id, p.versie);
      const r = regelingVan(a);
      const stappen = stappenVan(r);
      const index = stappen.findIndex((s) => s.id === p.stapId);
      const stap = stappen[index];
      if (!stap) throw new DomainError("NIET_BEWERKBAAR", { nummer: a.nummer, fase: a.status.fase });
      const gelezen = leesStap(stap, p.invoer, a.antwoorden);
      const bekend = new Set(r.voorwaarden.items.map((v) => v.id));
      const antwoorden = Object.fromEntries(
        Object.entries(gelezen.antwoorden).map(([id, w]) => [id, w !== undefined && Antwoord.safeParse(w).success ? w : undefined]),
      );
      const voorwaarden = Object.fromEntries(Object.entries(gelezen.voorwaarden).filter(([id]) => bekend.has(id)));
      const samengevoegd: Record<string, Antwoord> = { ...a.antwoorden };
      for (const [id, w] of Object.entries(antwoorden)) {
        if (w === undefined) delete samengevoegd[id];
        else samengevoegd[id] = w;
      }
      const inhoud = { antwoorden: samengevoegd, voorwaarden: { ...a.voorwaarden, ...voorwaarden } };
      const onleesbaar = new Set(gelezen.problemen.filter((x) => antwoorden[x.veld] === undefined).map((x) => x.veld));
      // What could not be read is refused at its field whatever the button, and keeps what was stored.
      const problemen = [...gelezen.problemen, ...(p.valideren ? valideerVelden(r, inhoud, stap.velden).filter((x) => !onleesbaar.has(x.veld)) : [])];
      const stapNa = problemen.length === 0 && p.naarStap !== undefined ? Math.max(0, Math.min(p.naarStap, stappen.length - 1)) : index;
      const nieuw = bewerk(a, { antwoorden, voorwaarden, stap: stapNa }, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie);
      return { aanvraag: nieuw, problemen };
    },

    /** Go to another step without changing the content. */
    async naarStap(actorId: string, p: { id: string; versie: number; stap: number }): Promise<Aanvraag> {
      const a = await huidigeVersie(actorId, p.id, p.versie);
      const nieuw = bewerk(a, { stap: Math.max(0, Math.min(p.stap, stappenVan(regelingVan(a)).length - 1)) }, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie);
      return nieuw;
    },

    /**
     * The consulent answers the decider's question on an aanvraag sent back to them. The
     * answer stays in the aanvraag's dialogue and goes to the decider with the resubmission.
     */
    async beantwoord(actorId: string, p: { id: string; versie: number; antwoord: string }): Promise<Aanvraag> {
      const a = await eigen(actorId, p.id);
      if (a.versie !== p.versie) throw new DomainError("VERSIECONFLICT");
      const nieuw = beantwoord(a, { antwoord: p.antwoord }, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [audit(actorId, "vraag-beantwoord", a.id, { van: a.status.fase, naar: nieuw.status.fase })] });
      return nieuw;
    },

    /** Every problem of the whole aanvraag, for the summary. */
    problemen(a: Aanvraag): Probleem[] {
      return valideerAanvraag(regelingVan(a), a);
    },

    /**
     * Submit: validate everything once more and move to ingediend with its decider. `kaartId` is
     * the card the consulent pressed: it shows the aanvraag from now on, and is remembered in the
     * same write (once) so the decision updates it.
     */
    async dienIn(actorId: string, p: { id: string; versie: number; kaartId?: string }): Promise<{ aanvraag: Aanvraag; toewijzing: Toewijzing; beslisserBereikbaar: boolean }> {
      const a = await huidigeVersie(actorId, p.id, p.versie);
      const r = regelingVan(a);
      // Nobody decides their own aanvraag: the consulent and whoever submits it are skipped (001, 004).
      const betrokken = { consulentId: a.consulentId, geschiedenis: [...a.geschiedenis, { op: klok().toISOString(), door: actorId, soort: "ingediend" as const }] };
      const nieuweToewijzing = bepaalBeslisser(r, school(a.schoolBrin), swv, betrokken);
      const toewijzing =
        a.status.fase === "teruggestuurd" && uitsluiting(betrokken, a.status.beslisserId) === undefined ? { beslisserId: a.status.beslisserId, rol: nieuweToewijzing.rol } : nieuweToewijzing;
      const nieuw = dienIn(a, r, { beslisserId: toewijzing.beslisserId }, { door: actorId }, klok());
      const aan = ontvangers(config, nieuw, toewijzing.beslisserId, await alleVervangingen(config, store), datumVan(klok()));
      const uitgaand: Uitgaand[] = aan.map((persoonId) => ({
        id: randomUUID(),
        persoonId,
        soort: "beslissing",
        aanvraagId: a.id,
        aangemaaktOp: klok().toISOString(),
        pogingen: 0,
      }));
      if (p.kaartId) {
        const kaart = vastgelegdeKaart({ persoonId: actorId, aanvraagId: a.id, activiteitId: p.kaartId, op: klok().toISOString() });
        // The version check of the write below keeps a concurrent submission from adding it a second time.
        if (!(await store.uitgaand.vanAanvraag(a.id)).some((u) => u.sleutel === kaart.sleutel)) uitgaand.push(kaart);
      }
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [audit(actorId, "ingediend", a.id, { van: a.status.fase, naar: "ingediend" })], uitgaand });
      const beslisserBereikbaar = (await store.conversaties.haal(toewijzing.beslisserId)) !== undefined;
      return { aanvraag: nieuw, toewijzing, beslisserBereikbaar };
    },

    /**
     * Start the extension of one of the consulent's granted trajecten: a new draft linked
     * to it, with its answers copied, that asks the first year's evaluation too.
     */
    async verleng(actorId: string, nummer: string): Promise<Aanvraag> {
      const origineel = await store.aanvragen.haalOpNummer(swv.id, nummer);
      if (!origineel || origineel.consulentId !== actorId) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
      const r = regeling(origineel.regelingId);
      toetsVerlenging(origineel, r, await store.aanvragen.lijst({ swvId: swv.id }));
      const now = klok();
      const id = randomUUID();
      const { periode: _oud, ...antwoorden } = origineel.antwoorden;
      return store.aanvragen.maak(
        {
          swvId: swv.id,
          prefix: nummerPrefix(r.soort),
          jaar: jaarVan(now),
          bouw: (nieuwNummer) => {
            const concept = maakConcept({ id, nummer: nieuwNummer, swvId: swv.id, regelingId: r.id, schoolBrin: origineel.schoolBrin, consulentId: actorId, verlengingVan: origineel.id }, now);
            return { ...concept, antwoorden };
          },
        },
        { audit: [audit(actorId, "verlenging-gemaakt", id, { naar: "concept", reden: `verlenging van ${origineel.nummer}` })] },
      );
    },

    /** Delete a draft for good. */
    async verwijderConcept(actorId: string, p: { id: string; versie: number }): Promise<Aanvraag> {
      const a = await eigen(actorId, p.id);
      if (a.status.fase !== "concept") throw new DomainError("NIET_BEWERKBAAR", { nummer: a.nummer, fase: a.status.fase });
      await store.aanvragen.verwijder(a.id, p.versie, { audit: [audit(actorId, "concept-verwijderd", a.id, { van: "concept", reden: a.nummer })] });
      return a;
    },
  };
}

/** The aanvraag service as built for one configuration. */
export type AanvraagService = ReturnType<typeof aanvraagService>;
