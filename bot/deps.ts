import type { Configuratie } from "../src/config/configuratie.js";
import type { AanvraagService } from "../src/services/aanvraagService.js";
import type { BeslissingService } from "../src/services/beslissingService.js";
import type { DownloadService } from "../src/services/downloadService.js";
import type { IdentiteitService } from "../src/services/identiteit.js";
import type { BezorgingService } from "../src/services/bezorging.js";
import type { RapportageService } from "../src/services/rapportageService.js";
import type { VervangingService } from "../src/services/vervanging.js";
import type { VoortgangService } from "../src/services/voortgangService.js";
import type { StatusService } from "../src/services/statusService.js";
import type { Logger } from "./log.js";
import type { Notifier } from "./verzending/notifier.js";

export { consoleLogger, type Logger } from "./log.js";

/** What the handlers need, injected from the composition root: the configuration, the clock, the log and the services; never the store. */
export interface BotDeps {
  config: Configuratie;
  klok: () => Date;
  log: Logger;
  identiteit: IdentiteitService;
  aanvragen: AanvraagService;
  beslissingen: BeslissingService;
  vervangingen: VervangingService;
  voortgang: VoortgangService;
  status: StatusService;
  downloads: DownloadService;
  rapportage: RapportageService;
  bezorging: BezorgingService;
  notifier: Notifier;
}
