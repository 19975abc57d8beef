import type { Configuratie } from "../src/config/configuratie.js";
import type { AanvraagService } from "../src/services/aanvraagService.js";
import type { BeslissingService } from "../src/services/beslissingService.js";
import type { DownloadService } from "../src/services/downloadService.js";
import type { VervangingService } from "../src/services/vervanging.js";
import type { VoortgangService } from "../src/services/voortgangService.js";
import type { StatusService } from "../src/services/statusService.js";
import type { IdentiteitService } from "../src/services/identiteit.js";
import type { Notifier } from "./notifier.js";
import type { Store } from "../src/storage/ports.js";

/** A line for the operator's log. Never pupil data. */
export type Logger = (niveau: "info" | "warn" | "error", bericht: string, velden?: Record<string, unknown>) => void;

/** What the handlers need, injected from the composition root. */
export interface BotDeps {
  config: Configuratie;
  store: Store;
  klok: () => Date;
  log: Logger;
  identiteit: IdentiteitService;
  aanvragen: AanvraagService;
  beslissingen: BeslissingService;
  vervangingen: VervangingService;
  voortgang: VoortgangService;
  status: StatusService;
  downloads: DownloadService;
  notifier: Notifier;
}

/** The default logger: one JSON line per event on stdout or stderr. */
export const consoleLogger: Logger = (niveau, bericht, velden = {}) => {
  // The fixed fields last, so a field of the event can never hide them.
  const regel = JSON.stringify({ ...velden, tijd: new Date().toISOString(), niveau, bericht });
  if (niveau === "error") console.error(regel);
  else console.log(regel);
};
