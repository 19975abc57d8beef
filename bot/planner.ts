import type { Configuratie } from "../src/config/configuratie.js";
import { veegBewaartermijn, veegOnafgemaakt } from "../src/services/bewaartermijnService.js";
import { veegBeslistermijnen } from "../src/services/termijnService.js";
import { veegVoortgang } from "../src/services/voortgangService.js";
import type { Logger } from "./log.js";
import type { Notifier } from "./verzending/notifier.js";

/** What one sweep needs: what the sweeping services read and write, the notifier, the log. */
export interface PlannerDeps {
  kern: Parameters<typeof veegVoortgang>[0] & { config: Configuratie };
  notifier: Pick<Notifier, "verstuur">;
  log: Logger;
}

/**
 * The planner: every `intervalMs` one sweep (due reminders and deadlines into the outbox,
 * pupil data past its retention removed, then deliver what is owed); one sweep at a time:
 * a sweep asked for while one runs is that one. `stop` ends the sweeps and waits for the
 * one under way, so the store is never closed under it.
 */
export function maakPlanner(deps: PlannerDeps, intervalMs: number) {
  const { kern, notifier, log } = deps;
  let lopend: Promise<void> | undefined;
  let gestopt = false;
  const ronde = async () => {
    try {
      await veegBeslistermijnen(kern);
      await veegVoortgang(kern);
      const opgeruimd = await veegOnafgemaakt(kern);
      if (opgeruimd.aangekondigd + opgeruimd.verwijderd + opgeruimd.gesloten > 0) log("info", "Onafgemaakte aanvragen opgeruimd na hun termijn", { ...opgeruimd });
      const geanonimiseerd = await veegBewaartermijn(kern);
      if (geanonimiseerd > 0) log("info", "Leerlinggegevens verwijderd na de bewaartermijn", { aanvragen: geanonimiseerd });
      await notifier.verstuur();
    } catch (error) {
      log("error", "Planner mislukt; volgende ronde opnieuw", { fout: (error as Error).message });
    }
  };
  const veeg = (): Promise<void> => {
    if (gestopt) return Promise.resolve();
    return (lopend ??= ronde().finally(() => (lopend = undefined)));
  };
  const klok = setInterval(() => void veeg(), intervalMs);
  klok.unref();
  return {
    veeg,
    async stop(): Promise<void> {
      gestopt = true;
      clearInterval(klok);
      await lopend;
    },
  };
}
