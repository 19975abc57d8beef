import { randomUUID } from "node:crypto";
import type { Configuratie } from "../config/configuratie.js";
import { datumVan, vergelijkDatum } from "../domain/datum.js";
import { DomainError, isDomainError } from "../domain/errors.js";
import { regelingMetId, zoekRegeling } from "../domain/regeling.js";
import { sluitAf, start } from "../domain/lifecycle.js";
import { isTraject, legGesprekVast, openAfspraken, verzetAfspraak } from "../domain/voortgang.js";
import { DoelEffect, type Aanvraag, type Gesprek, type Verzetting } from "../domain/aanvraag.js";
import { doelenVan } from "../domain/doelen.js";
import { toetsTekst } from "../domain/tekst.js";
import { VOORTGANG_MAX } from "../domain/voortgangLimieten.js";
import { verschuldigd, verschuldigdeVervolgacties } from "../scheduler/voortgang.js";
import { legVervolgactieVast, openVervolgacties } from "../domain/vervolgacties.js";
import type { Store, Uitgaand } from "../storage/ports.js";

/** What the voortgang services need. */
export interface VoortgangDeps {
  config: Configuratie;
  store: Store;
  klok: () => Date;
}

/** Who follows a traject's voortgang: the consulent, and the school's contactpersoon where the regeling says so. */
export function volgers(config: Configuratie, a: Aanvraag): string[] {
  const r = zoekRegeling(config.regelingen, a.regelingId);
  const contactpersonen =
    r?.voortgang.met === "contactpersoon"
      ? config.swv.personen.filter((p) => p.rollen.some((rol) => rol.rol === "contactpersoon" && rol.scholen.includes(a.schoolBrin))).map((p) => p.id)
      : [];
  return [a.consulentId, ...contactpersonen];
}

/**
 * The voortgang sweep: starts granted trajecten on their start date, and puts every
 * due reminder in the outbox once (keyed), to the consulent and contactpersoon; an
 * overdue gesprek also tells the decider. Resolves to the number of new messages.
 */
export async function veegVoortgang(deps: VoortgangDeps): Promise<number> {
  const { config, store, klok } = deps;
  const now = klok();
  const berichten: Uitgaand[] = [];
  for (let a of await store.aanvragen.lijst({ swvId: config.swv.id, fasen: ["toegekend", "lopend"] })) {
    const r = zoekRegeling(config.regelingen, a.regelingId);
    if (!r || !isTraject(a)) continue;
    if (a.status.fase === "toegekend" && vergelijkDatum(a.status.beschikking.periode.start, datumVan(now)) <= 0) {
      const gestart = start(a, { door: "systeem" }, now);
      try {
        await store.aanvragen.bewaar(gestart, a.versie);
        a = gestart;
      } catch (error) {
        if (!isDomainError(error, "VERSIECONFLICT")) throw error;
        continue;
      }
    }
    if (!isTraject(a)) continue;
    const beslisser = a.status.beschikking.namens ?? a.status.beschikking.besluitDoor;
    for (const h of verschuldigd(a.id, openAfspraken(a, r, config.swv.schoolvakanties), now, { dagenVooraf: r.voortgang.dagenVooraf, teLaatNaDagen: 8, vakanties: config.swv.schoolvakanties })) {
      const aan = h.moment === "te-laat" ? [a.consulentId, beslisser] : volgers(config, a);
      for (const persoonId of aan)
        berichten.push({
          id: randomUUID(),
          persoonId,
          soort: h.moment === "te-laat" && persoonId === beslisser ? "voortgang-te-laat" : "voortgang",
          sleutel: `${h.sleutel}:${persoonId}`,
          aanvraagId: a.id,
          aangemaaktOp: now.toISOString(),
          pogingen: 0,
          afspraak: { soort: h.afspraak.soort, volgnummer: h.afspraak.volgnummer, datum: h.afspraak.datum, ...("geplandOp" in h.afspraak && h.afspraak.geplandOp ? { geplandOp: h.afspraak.geplandOp } : {}), moment: h.moment },
        });
    }
  }
  const metVervolg = config.regelingen.filter((r) => r.vervolgacties.length > 0);
  if (metVervolg.length > 0)
    for (const a of await store.aanvragen.lijst({ swvId: config.swv.id, regelingIds: metVervolg.map((r) => r.id), fasen: ["toegekend", "lopend", "afgesloten"] })) {
      const r = metVervolg.find((x) => x.id === a.regelingId)!;
      for (const h of verschuldigdeVervolgacties(a.id, openVervolgacties(a, r), now, config.swv.schoolvakanties))
        for (const persoonId of volgers(config, a))
          berichten.push({
            id: randomUUID(),
            persoonId,
            soort: "voortgang",
            sleutel: `${h.sleutel}:${persoonId}`,
            aanvraagId: a.id,
            aangemaaktOp: now.toISOString(),
            pogingen: 0,
            afspraak: { soort: h.afspraak.soort, volgnummer: h.afspraak.volgnummer, datum: h.afspraak.datum, moment: h.moment },
          });
    }
  return (await store.uitgaand.voegToeEenmalig(berichten)).length;
}

/** Recording voortgang: only the traject's consulent or its contactpersoon, checked on the server. */
export function voortgangService(deps: VoortgangDeps) {
  const { config, store, klok } = deps;
  const traject = async (actorId: string, id: string) => {
    const a = await store.aanvragen.haal(id);
    if (!a || a.swvId !== config.swv.id || !volgers(config, a).includes(actorId)) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
    return { a, r: regelingMetId(config.regelingen, a.regelingId) };
  };
  return {
    traject,
    async legVast(actorId: string, id: string, g: Omit<Gesprek, "vastgelegdOp" | "vastgelegdDoor">): Promise<Aanvraag> {
      const { a, r } = await traject(actorId, id);
      const nieuw = legGesprekVast(a, r, g, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [{ op: klok().toISOString(), actor: actorId, actie: "voortgangsgesprek", uitkomst: "toegestaan", aanvraagId: a.id }] });
      return nieuw;
    },
    /** Record the evaluation at the end: every required question answered in its own terms, and the effect per goal (`doel-1`…) when there are several; this closes the traject. */
    async evalueer(actorId: string, id: string, antwoorden: Record<string, string>, effecten: Record<string, string> = {}): Promise<Aanvraag> {
      const { a, r } = await traject(actorId, id);
      // With one goal the regeling's own questions cover it; with several, the effect is asked per goal.
      const doelen = doelenVan(a, r);
      const perDoel = (doelen.length > 1 ? doelen : []).map((doel, i) => {
        const effect = DoelEffect.shape.effect.safeParse(effecten[`doel-${i + 1}`]);
        if (!effect.success) throw new DomainError("EVALUATIE_ONVOLLEDIG", { vraag: `Doel ${i + 1} behaald?` });
        return { doel, effect: effect.data };
      });
      const waarden: Record<string, string | boolean> = {};
      for (const v of r.evaluatie.vragen) {
        const w = (antwoorden[v.id] ?? "").trim();
        const toegestaan = v.type === "jaDeelsNee" ? ["ja", "deels", "nee"] : v.type === "jaNee" ? ["ja", "nee"] : undefined;
        if (w === "" && v.verplicht) throw new DomainError("EVALUATIE_ONVOLLEDIG", { vraag: v.label });
        if (w !== "" && toegestaan && !toegestaan.includes(w)) throw new DomainError("EVALUATIE_ONVOLLEDIG", { vraag: v.label });
        if (w !== "") waarden[v.id] = v.type === "jaNee" ? w === "ja" : toetsTekst(v.id, w, VOORTGANG_MAX.evaluatieAntwoord);
      }
      const nieuw = sluitAf(a, { antwoorden: waarden, perDoel }, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [{ op: klok().toISOString(), actor: actorId, actie: "evaluatie", uitkomst: "toegestaan", aanvraagId: a.id, van: a.status.fase, naar: "afgesloten" }] });
      return nieuw;
    },
    /** Record a follow-up item (numbered as in the regeling) as done. */
    async vervolgactie(actorId: string, id: string, volgnummer: number, v: { gedaanOp: string; toelichting: string }): Promise<Aanvraag> {
      const { a, r } = await traject(actorId, id);
      const actie = r.vervolgacties[volgnummer - 1];
      if (!actie) throw new DomainError("AFSPRAAK_ONBEKEND");
      const nieuw = legVervolgactieVast(a, r, { id: actie.id, ...v }, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [{ op: klok().toISOString(), actor: actorId, actie: "vervolgactie", uitkomst: "toegestaan", aanvraagId: a.id }] });
      return nieuw;
    },
    async verzet(actorId: string, id: string, v: Omit<Verzetting, "op" | "door">): Promise<Aanvraag> {
      const { a, r } = await traject(actorId, id);
      const nieuw = verzetAfspraak(a, r, v, { door: actorId }, klok());
      await store.aanvragen.bewaar(nieuw, a.versie, { audit: [{ op: klok().toISOString(), actor: actorId, actie: "verzet", uitkomst: "toegestaan", aanvraagId: a.id }] });
      return nieuw;
    },
  };
}

/** The voortgang service as built for one configuration. */
export type VoortgangService = ReturnType<typeof voortgangService>;
