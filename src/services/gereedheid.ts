import type { Configuratie } from "../config/configuratie.js";
import type { Store } from "../storage/ports.js";

/** How long the health check waits for the store before it calls it unreachable. */
export const GEREED_WACHT_MS = 3_000;

/**
 * Whether the bot can serve: its configuration loaded and its store reachable within a few seconds.
 * Undefined when ready, otherwise a short Dutch reason (no internals) for the orchestrator.
 */
export async function gereedheid(store: Store, config: Configuratie | undefined, wachtMs = GEREED_WACHT_MS): Promise<string | undefined> {
  if (!config || config.regelingen.length === 0) return "configuratie niet geladen";
  let timer: NodeJS.Timeout | undefined;
  const teLaat = new Promise<string>((klaar) => (timer = setTimeout(() => klaar("opslag antwoordt niet"), wachtMs)));
  try {
    return await Promise.race([store.gezond().then(() => undefined), teLaat]);
  } catch {
    return "opslag niet bereikbaar";
  } finally {
    clearTimeout(timer);
  }
}
