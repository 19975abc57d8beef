import type { Configuratie } from "../config/configuratie.js";
import { datumVan, vergelijkDatum } from "../domain/datum.js";
import { DomainError } from "../domain/errors.js";
import { actieveVervanger, type Persoon, type Vervanging } from "../domain/swv.js";
import type { Store } from "../storage/ports.js";
import { normaliseer } from "./commando.js";

const BESLISROLLEN = new Set(["stadsdeelmanager", "coordinator-steunpunt", "programmadirecteur"]);

/** Every deputy in force: from the SWV config and set in chat. */
export async function alleVervangingen(config: Configuratie, store: Store): Promise<Vervanging[]> {
  return [...config.swv.vervangingen, ...(await store.vervangingen.lijst())];
}

/** The decider and, on `datum`, their deputy: who gets the decision card. */
export function ontvangers(beslisserId: string, vervangingen: readonly Vervanging[], datum: string): string[] {
  const vervanger = actieveVervanger(vervangingen, beslisserId, datum);
  return vervanger ? [beslisserId, vervanger] : [beslisserId];
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

/** A decider sets or ends their own deputy in chat; audited. */
export function vervangingService(deps: { config: Configuratie; store: Store; klok: () => Date }) {
  const { config, store, klok } = deps;
  const beslisser = (actorId: string) => {
    const p = config.swv.personen.find((x) => x.id === actorId);
    if (!p || !p.rollen.some((r) => BESLISROLLEN.has(r.rol))) throw new DomainError("GEEN_BESLISSER_ROL");
    return p;
  };
  return {
    async zet(actorId: string, p: { naam: string; van?: string; tot: string }): Promise<Vervanging & { naam: string }> {
      beslisser(actorId);
      const vervanger = zoekPersoon(config, p.naam);
      if (vervanger.id === actorId) throw new DomainError("VERVANGER_ZELF");
      const van = p.van ?? datumVan(klok());
      if (vergelijkDatum(p.tot, van) < 0) throw new DomainError("PERIODE_ONGELDIG");
      const v: Vervanging = { voor: actorId, door: vervanger.id, van, tot: p.tot };
      await store.vervangingen.zet(v, { op: klok().toISOString(), actor: actorId, actie: "vervanger-ingesteld", uitkomst: "toegestaan", reden: `${vervanger.naam} van ${van} tot en met ${p.tot}` });
      return { ...v, naam: vervanger.naam };
    },
    async beeindig(actorId: string): Promise<boolean> {
      beslisser(actorId);
      return store.vervangingen.beeindig(actorId, { op: klok().toISOString(), actor: actorId, actie: "vervanger-beeindigd", uitkomst: "toegestaan" });
    },
  };
}

/** The deputy service as built for one configuration. */
export type VervangingService = ReturnType<typeof vervangingService>;
