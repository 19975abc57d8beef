import type { Configuratie } from "../src/config/configuratie.js";
import { veegBewaartermijn } from "../src/services/bewaartermijnService.js";
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
 * pupil data past its retention removed, then deliver what is owed); one sweep at a time.
 */
export function maakPlanner(deps: PlannerDeps, intervalMs: number) {
  const { kern, notifier, log } = deps;
  let bezig = false;
  const veeg = async () => {
    if (bezig) return;
    bezig = true;
    try {
      await veegBeslistermijnen(kern);
      await veegVoortgang(kern);
      const geanonimiseerd = await veegBewaartermijn(kern);
      if (geanonimiseerd > 0) log("info", "Leerlinggegevens verwijderd na de bewaartermijn", { aanvragen: geanonimiseerd });
      await notifier.verstuur();
    } catch (error) {
      log("error", "Planner mislukt; volgende ronde opnieuw", { fout: (error as Error).message });
    } finally {
      bezig = false;
    }
  };
  const klok = setInterval(() => void veeg(), intervalMs);
  klok.unref();
  return { veeg, stop: () => clearInterval(klok) };
}
