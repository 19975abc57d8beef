import type { Aanvraag } from "../../src/domain/aanvraag.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";

/**
 * Whether the person is involved in the aanvraag: its consulent, someone who acted on
 * it or was acted for, its decider or deputy now, or someone who was sent its decision card.
 */
export async function betrokken(deps: Pick<BotDeps, "beslissingen" | "store">, actor: Persoon, a: Aanvraag): Promise<boolean> {
  return (
    a.consulentId === actor.id ||
    a.geschiedenis.some((g) => g.door === actor.id || g.namens === actor.id) ||
    (await deps.beslissingen.beslissers(a)).includes(actor.id) ||
    (await deps.store.uitgaand.vanAanvraag(a.id)).some((u) => u.soort === "beslissing" && u.persoonId === actor.id)
  );
}
