import { randomUUID } from "node:crypto";
import type { Configuratie } from "../config/configuratie.js";
import { anonimiseer, bewaartermijnVerstreken, kondigOpruimingAan, opruimStap, termijnenVoor } from "../domain/bewaartermijn.js";
import { isDomainError } from "../domain/errors.js";
import { trekIn } from "../domain/lifecycle.js";
import { zoekRegeling } from "../domain/regeling.js";
import type { AuditRegel, Store, Uitgaand } from "../storage/ports.js";

/** What a retention sweep needs. */
export interface BewaarDeps {
  config: Configuratie;
  store: Store;
  klok: () => Date;
}

/**
 * The retention sweep: removes the pupil data of every aanvraag that ended (closed,
 * refused, withdrawn) more than the SWV's `bewaartermijnJaren` ago, audited. Resolves to
 * how many it anonymised; one changed meanwhile is left for the next sweep.
 */
export async function veegBewaartermijn(deps: BewaarDeps): Promise<number> {
  const { config, store, klok } = deps;
  const now = klok();
  let aantal = 0;
  for (const a of await store.aanvragen.lijst({ swvId: config.swv.id, fasen: ["afgesloten", "afgewezen", "ingetrokken"] })) {
    const r = zoekRegeling(config.regelingen, a.regelingId);
    if (!r || !bewaartermijnVerstreken(a, config.swv.bewaartermijnJaren, now)) continue;
    if (await gelukt(() => store.aanvragen.bewaar(anonimiseer(a, r, now), a.versie, { audit: [regel(now, "geanonimiseerd", a.id, `bewaartermijn van ${config.swv.bewaartermijnJaren} jaar verstreken`)] }))) aantal++;
  }
  return aantal;
}

/** What one sweep of unfinished aanvragen did. */
export interface Opruiming {
  aangekondigd: number;
  verwijderd: number;
  gesloten: number;
}

const regel = (now: Date, actie: string, aanvraagId: string, reden: string): AuditRegel => ({ op: now.toISOString(), actor: "systeem", actie, uitkomst: "toegestaan", aanvraagId, reden });

/** Run a write; false when the aanvraag changed meanwhile (left for the next sweep). */
async function gelukt(schrijf: () => Promise<unknown>): Promise<boolean> {
  try {
    await schrijf();
    return true;
  } catch (error) {
    if (isDomainError(error, "VERSIECONFLICT") || isDomainError(error, "AANVRAAG_NIET_GEVONDEN")) return false;
    throw error;
  }
}

/**
 * Retention for unfinished aanvragen (AVG art. 5(1)(e)), per the regeling's or the SWV's
 * terms: a concept untouched for the term is announced to its consulent through the outbox,
 * and deleted after the grace period unless edited since; an ingediend or teruggestuurd
 * aanvraag without progress for the term is withdrawn by the system, its consulent and
 * decider told, and anonymised later with the other ended aanvragen. Audited: who and when,
 * never content.
 */
export async function veegOnafgemaakt(deps: BewaarDeps): Promise<Opruiming> {
  const { config, store, klok } = deps;
  const now = klok();
  const uitgaand = (persoonId: string, soort: Uitgaand["soort"], aanvraagId: string): Uitgaand => ({ id: randomUUID(), persoonId, soort, aanvraagId, aangemaaktOp: now.toISOString(), pogingen: 0 });
  const telling: Opruiming = { aangekondigd: 0, verwijderd: 0, gesloten: 0 };
  for (const a of await store.aanvragen.lijst({ swvId: config.swv.id, fasen: ["concept", "ingediend", "teruggestuurd"] })) {
    const t = termijnenVoor(config.swv.opruimen, zoekRegeling(config.regelingen, a.regelingId));
    switch (opruimStap(a, t, now)) {
      case "aankondigen":
        if (await gelukt(() => store.aanvragen.bewaar(kondigOpruimingAan(a, now), a.versie, { audit: [regel(now, "opruiming-aangekondigd", a.id, `concept ${t.conceptDagen} dagen niet bijgewerkt`)], uitgaand: [uitgaand(a.consulentId, "concept-opruiming", a.id)] })))
          telling.aangekondigd++;
        break;
      case "verwijderen":
        if (await gelukt(() => store.aanvragen.verwijder(a.id, a.versie, { audit: [regel(now, "concept-verwijderd", a.id, `bewaartermijn concept (${t.conceptDagen} + ${t.waarschuwingDagen} dagen)`)] }))) telling.verwijderd++;
        break;
      case "sluiten": {
        if (a.status.fase !== "ingediend" && a.status.fase !== "teruggestuurd") break;
        const beslisserId = a.status.beslisserId;
        const gesloten = trekIn(a, { reden: `geen voortgang in ${t.stilstandDagen} dagen` }, { door: "systeem" }, now);
        const aan = [...new Set([a.consulentId, beslisserId])].map((p) => uitgaand(p, "stilstand-gesloten", a.id));
        if (await gelukt(() => store.aanvragen.bewaar(gesloten, a.versie, { audit: [{ ...regel(now, "ingetrokken", a.id, `geen voortgang in ${t.stilstandDagen} dagen`), van: a.status.fase, naar: "ingetrokken" }], uitgaand: aan })))
          telling.gesloten++;
        break;
      }
      default:
        break;
    }
  }
  return telling;
}
