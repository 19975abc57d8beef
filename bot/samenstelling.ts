import type { Configuratie } from "../src/config/configuratie.js";
import { aanvraagService } from "../src/services/aanvraagService.js";
import { beslissingService, type BeslissingDeps } from "../src/services/beslissingService.js";
import { bezorgingService } from "../src/services/bezorging.js";
import { downloadService } from "../src/services/downloadService.js";
import { identiteitService } from "../src/services/identiteit.js";
import type { Briefmiddelen } from "../src/beschikking/pdf.js";
import { rapportageService } from "../src/services/rapportageService.js";
import { statusService } from "../src/services/statusService.js";
import { vervangingService } from "../src/services/vervanging.js";
import { voortgangService } from "../src/services/voortgangService.js";
import type { BotDeps } from "./deps.js";
import type { Logger } from "./log.js";
import { maakNotifier, type Bezorger, type Verzendopties } from "./verzending/notifier.js";

/** What the bot is composed of: the configuration, an opened store, the clock, the log, and how and at what pace it sends. */
export interface Onderdelen {
  config: Configuratie;
  store: BeslissingDeps["store"];
  klok: () => Date;
  log: Logger;
  bezorger: Bezorger;
  verzending: Verzendopties;
  /** The beschikking letter's font and logo, read once at start. */
  briefmiddelen: Briefmiddelen;
}

/** The services over the store and the notifier: the one composition of the bot's dependencies, for production and tests alike. */
export function stelSamen(o: Onderdelen): BotDeps {
  const { config, store, klok, log } = o;
  const beslissingen = beslissingService({ config, store, klok });
  const bezorging = bezorgingService({ store });
  const notifier = maakNotifier({ config, beslissingen, bezorging, klok, log }, o.bezorger, o.verzending);
  return {
    config,
    klok,
    log,
    identiteit: identiteitService({ config, store, klok, log }),
    aanvragen: aanvraagService({ config, store, klok }),
    beslissingen,
    vervangingen: vervangingService({ config, store, klok }),
    voortgang: voortgangService({ config, store, klok }),
    status: statusService({ config, store, beslissingen }),
    rapportage: rapportageService({ config, store }),
    downloads: downloadService({ config, store, klok, middelen: o.briefmiddelen }),
    bezorging,
    notifier,
  };
}
