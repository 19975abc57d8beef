import type { Configuratie } from "../config/configuratie.js";
import { datumVan, vergelijkDatum } from "../domain/datum.js";
import { DomainError, isDomainError } from "../domain/errors.js";
import { BESLISROLLEN, beslissersOp, vervangerToegestaan, type Betrokkenheid } from "../domain/routering.js";
import { heeftRol, type Persoon, type Vervanging } from "../domain/swv.js";
import type { Store } from "../storage/ports.js";
import { normaliseer } from "./chattekst.js";

/**
 * Every deputy in force: those of the SWV config (named by its staff) and those set in chat
 * that still hold (a deputy set before the rule, without the deciding role, is ignored).
 */
export async function alleVervangingen(config: Configuratie, store: Store): Promise<Vervanging[]> {
  const inChat = (await store.vervangingen.lijst()).filter((v) => vervangerToegestaan(config.swv, v.voor, v.door));
  return [...config.swv.vervangingen, ...inChat];
}

/** Who gets the decision card of an aanvraag assigned to `beslisserId` on `datum`: its deciders, never its consulent or submitter. */
export function ontvangers(config: Configuratie, a: Betrokkenheid, beslisserId: string, vervangingen: readonly Vervanging[], datum: string): string[] {
  return beslissersOp(a, beslisserId, config.swv, vervangingen, datum).map((m) => m.id);
}

/** Find a person of the SWV by (part of) their name, ignoring case and accents. */
export function zoekPersoon(config: Configuratie, naam: string): Persoon {
  const gezocht = normaliseer(naam);
  const exact = config.swv.personen.filter((p) => normaliseer(p.naam) === gezocht);
  const deels = exact.length > 0 ? exact : config.swv.personen.filter((p) => normaliseer(p.naam).includes(gezocht));
  if (gezocht === "" || deels.length === 0) throw new DomainError("PERSOON_ONBEKEND", { naam });
  if (deels.length > 1) throw new DomainError("PERSOON_NIET_UNIEK", { naam });
  return deels[0]!;
}

const isBeslisser = (p: Persoon) => p.rollen.some((r) => BESLISROLLEN.has(r.rol));

/**
 * A decider sets or ends their own deputy in chat, or staff do it for a decider. The deputy
 * holds the same deciding role (or the configuration allows the pair), and the mandate is
 * not passed on: only a decider's own can be handed over. Each step and each refusal audited
 * (who and when, the code of the refusal, never the typed text).
 */
export function vervangingService(deps: { config: Configuratie; store: Store; klok: () => Date }) {
  const { config, store, klok } = deps;
  const geweigerd = async (actorId: string, actie: string, error: unknown): Promise<never> => {
    const reden = isDomainError(error) ? error.code : "onverwacht";
    await store.audit.voegToe({ op: klok().toISOString(), actor: actorId, actie, uitkomst: "geweigerd", reden });
    throw error;
  };
  /** The decider whose deputy is set: the actor, or the one staff name. */
  const beslisserVoor = (actorId: string, voor: string | undefined): Persoon => {
    const actor = config.swv.personen.find((x) => x.id === actorId);
    if (!actor) throw new DomainError("GEEN_BESLISSER_ROL");
    if (voor === undefined) {
      if (!isBeslisser(actor)) throw new DomainError("GEEN_BESLISSER_ROL");
      return actor;
    }
    const beslisser = zoekPersoon(config, voor);
    if (beslisser.id !== actorId && !heeftRol(config.swv, actorId, "staf")) throw new DomainError("VERVANGER_ALLEEN_BESLISSER_OF_STAF");
    if (!isBeslisser(beslisser)) throw new DomainError("VERVANGER_VOOR_GEEN_BESLISSER");
    return beslisser;
  };
  return {
    async zet(actorId: string, p: { naam: string; voor?: string; van?: string; tot: string }): Promise<Vervanging & { naam: string; voorNaam: string }> {
      try {
        const beslisser = beslisserVoor(actorId, p.voor);
        const vervanger = zoekPersoon(config, p.naam);
        if (vervanger.id === beslisser.id) throw new DomainError("VERVANGER_ZELF");
        if (!vervangerToegestaan(config.swv, beslisser.id, vervanger.id)) throw new DomainError("VERVANGER_ZONDER_MANDAAT");
        const van = p.van ?? datumVan(klok());
        if (vergelijkDatum(p.tot, van) < 0) throw new DomainError("PERIODE_ONGELDIG");
        const v: Vervanging = { voor: beslisser.id, door: vervanger.id, van, tot: p.tot };
        await store.vervangingen.zet(v, { op: klok().toISOString(), actor: actorId, actie: "vervanger-ingesteld", uitkomst: "toegestaan", reden: `${vervanger.naam} voor ${beslisser.naam} van ${van} tot en met ${p.tot}` });
        return { ...v, naam: vervanger.naam, voorNaam: beslisser.naam };
      } catch (error) {
        return geweigerd(actorId, "vervanger-ingesteld", error);
      }
    },
    async beeindig(actorId: string): Promise<boolean> {
      try {
        beslisserVoor(actorId, undefined);
      } catch (error) {
        return geweigerd(actorId, "vervanger-beeindigd", error);
      }
      return store.vervangingen.beeindig(actorId, { op: klok().toISOString(), actor: actorId, actie: "vervanger-beeindigd", uitkomst: "toegestaan" });
    },
  };
}

/** The deputy service as built for one configuration. */
export type VervangingService = ReturnType<typeof vervangingService>;
