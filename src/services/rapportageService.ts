import type { Configuratie } from "../config/configuratie.js";
import { budgetoverzicht, type Budgetregel } from "../domain/budgetoverzicht.js";
import { rapportage, type Rapportregel } from "../domain/rapportage.js";
import { heeftRol } from "../domain/swv.js";
import type { Download, Store } from "../storage/ports.js";
import { rapportageCsv } from "./rapportageCsv.js";

export type { Download } from "../storage/ports.js";

/**
 * The monitoring report, the budget overview and the report's download links, with their
 * access rules: the report and its CSV only for staff, every download audited.
 */
export function rapportageService(deps: { config: Configuratie; store: Pick<Store, "aanvragen" | "audit" | "downloads"> }) {
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
    /** The budget per regeling in a schooljaar. */
    async budget(schooljaar: string): Promise<Budgetregel[]> {
      return budgetoverzicht(config.regelingen, await alle(), schooljaar);
    },
    /** Stores a fresh download link. */
    maakLink: (d: Download): Promise<void> => store.downloads.maak(d),
    /** The link when it is still usable at `nu`; it stays unused. */
    haalLink: (token: string, nu: string): Promise<Download | undefined> => store.downloads.haal(token, nu),
    /** Uses a link once (for `persoonId` when given); undefined when it cannot be used. */
    gebruikLink: (token: string, nu: string, persoonId?: string): Promise<Download | undefined> => store.downloads.gebruik(token, nu, persoonId),
    /** Audits a refused attempt to use someone else's link. */
    weigerVreemde: (link: Download, actor: string, nu: string): Promise<void> =>
      store.audit.voegToe({ op: nu, actor, actie: "rapportage-download", uitkomst: "geweigerd", reden: `link van een ander; ${link.schooljaar}` }),
    /** The CSV of a link just used, for staff only ("alleen-staf" otherwise); audited either way. */
    async csv(link: Download, nu: string): Promise<{ csv: string } | "alleen-staf"> {
      if (!heeftRol(swv, link.persoonId, "staf")) {
        await store.audit.voegToe({ op: nu, actor: link.persoonId, actie: "rapportage-download", uitkomst: "geweigerd", reden: `geen staf; ${link.schooljaar}` });
        return "alleen-staf";
      }
      const regels = rapportage(swv, config.regelingen, await alle(), link.schooljaar);
      await store.audit.voegToe({ op: nu, actor: link.persoonId, actie: "rapportage-download", uitkomst: "toegestaan", reden: link.schooljaar });
      return { csv: rapportageCsv(regels) };
    },
  };
}

/** The report service as built for one configuration. */
export type RapportageService = ReturnType<typeof rapportageService>;
