import type { Configuratie } from "../config/configuratie.js";
import { anonimiseer, bewaartermijnVerstreken } from "../domain/bewaartermijn.js";
import { isDomainError } from "../domain/errors.js";
import { zoekRegeling } from "../domain/regeling.js";
import type { Store } from "../storage/ports.js";

/**
 * The retention sweep: removes the pupil data of every aanvraag that ended (closed,
 * refused, withdrawn) more than the SWV's `bewaartermijnJaren` ago, audited. Resolves to
 * how many it anonymised; one changed meanwhile is left for the next sweep.
 */
export async function veegBewaartermijn(deps: { config: Configuratie; store: Store; klok: () => Date }): Promise<number> {
  const { config, store, klok } = deps;
  const now = klok();
  let aantal = 0;
  for (const a of await store.aanvragen.lijst({ swvId: config.swv.id, fasen: ["afgesloten", "afgewezen", "ingetrokken"] })) {
    const r = zoekRegeling(config.regelingen, a.regelingId);
    if (!r || !bewaartermijnVerstreken(a, config.swv.bewaartermijnJaren, now)) continue;
    try {
      await store.aanvragen.bewaar(anonimiseer(a, r, now), a.versie, { audit: [{ op: now.toISOString(), actor: "systeem", actie: "geanonimiseerd", uitkomst: "toegestaan", aanvraagId: a.id, reden: `bewaartermijn van ${config.swv.bewaartermijnJaren} jaar verstreken` }] });
      aantal++;
    } catch (error) {
      if (!isDomainError(error, "VERSIECONFLICT")) throw error;
    }
  }
  return aantal;
}
