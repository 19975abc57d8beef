import type { Aanvraag } from "../../src/domain/aanvraag.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";

/** Whether the person is involved in the aanvraag: its consulent, its decider or deputy now, or someone who acted on it or was acted for. */
export async function betrokken(deps: Pick<BotDeps, "beslissingen">, actor: Persoon, a: Aanvraag): Promise<boolean> {
  return (
    a.consulentId === actor.id ||
    a.geschiedenis.some((g) => g.door === actor.id || g.namens === actor.id) ||
    (await deps.beslissingen.beslissers(a)).includes(actor.id)
  );
}
