import type { Configuratie } from "../config/configuratie.js";
import { budgetoverzicht, type Budgetregel } from "../domain/budgetoverzicht.js";
import { rapportage, type Rapportregel } from "../domain/rapportage.js";
import { heeftRol } from "../domain/swv.js";
import type { Store } from "../storage/ports.js";

/** The monitoring report and the budget overview, with their access rule: the report only for staff. (Its download links: downloadService.) */
export function rapportageService(deps: { config: Configuratie; store: Pick<Store, "aanvragen"> }) {
  const { config, store } = deps;
  const swv = config.swv;
  const alle = () => store.aanvragen.lijst({ swvId: swv.id });
  return {
    /** Whether this person is staff of the SWV, and so may see the report. */
    magRapportage: (persoonId: string): boolean => heeftRol(swv, persoonId, "staf"),
    /** The report's lines per school board for a schooljaar. */
    async regels(schooljaar: string): Promise<Rapportregel[]> {
      return rapportage(swv, config.regelingen, await alle(), schooljaar);
    },
    /** The budget per pot (and per regeling without one) in a schooljaar. */
    async budget(schooljaar: string): Promise<Budgetregel[]> {
      return budgetoverzicht(config.regelingen, await alle(), schooljaar, swv.schoolvakanties);
    },
  };
}

/** The report service as built for one configuration. */
export type RapportageService = ReturnType<typeof rapportageService>;
