import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import type { PromptCompletionModel } from "@microsoft/teams-ai";
import { laadConfiguratie } from "../src/config/configuratie.js";
import { aanmeldInstelling } from "../src/config/aanmelden.js";
import type { Omgeving } from "../src/config/omgeving.js";
import { budgetafleiding } from "../src/domain/budget.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/ports.js";
import { aanvraagService } from "../src/services/aanvraagService.js";
import { beslissingService } from "../src/services/beslissingService.js";
import { veegBeslistermijnen } from "../src/services/termijnService.js";
import { veegBewaartermijn } from "../src/services/bewaartermijnService.js";
import { vervangingService } from "../src/services/vervanging.js";
import { statusService } from "../src/services/statusService.js";
import { veegVoortgang, voortgangService } from "../src/services/voortgangService.js";
import { adapterBezorger, maakNotifier } from "./notifier.js";
import { maakAdapter } from "./adapter.js";
import { maakApp } from "./app.js";
import { kiesTaalmodel, type Ingesteld } from "./vrijeVraag/model.js";
import { consoleLogger, type BotDeps, type Logger } from "./deps.js";
import { maakServer } from "./server.js";
import { testRoutes, verzetbareKlok } from "./testKlok.js";
import { maakBinding } from "./rapportage/binding.js";
import { rapportageRoutes } from "./rapportage/route.js";
import { maakTempo, TEAMS_TEMPO, type Tempolimieten } from "./verzending/tempo.js";

/** A running bot: its port, and how to stop it cleanly. */
export interface DraaiendeBot {
  poort: number;
  /** The store the bot writes to, for operator tools and tests. */
  store: Store;
  /** One sweep of the planner: due reminders into the outbox, then deliver what is owed. */
  veeg: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Composition root: config → store → app → server. Throws a coded error when a file is bad. */
export async function startBot(
  omgeving: Omgeving,
  opties: { klok?: () => Date; log?: Logger; tempo?: Tempolimieten; taalmodel?: (instelling: Ingesteld, tijdslimietMs: number) => PromptCompletionModel } = {},
): Promise<DraaiendeBot> {
  const log = opties.log ?? consoleLogger;
  const config = await laadConfiguratie(resolve(omgeving.SWV_CONFIG), resolve(omgeving.PROFIELEN_DIR));
  const store = await openStore(omgeving, budgetafleiding(config.regelingen, config.swv.schoolvakanties));
  const adapter = maakAdapter(omgeving);
  const testKlok = omgeving.TEST_KLOK === "aan" ? verzetbareKlok(opties.klok ?? (() => new Date())) : undefined;
  const klok = testKlok?.klok ?? opties.klok ?? (() => new Date());
  const aanvragen = aanvraagService({ config, store, klok });
  const beslissingen = beslissingService({ config, store, klok });
  const basis = { config, store, klok, log, aanvragen, beslissingen, vervangingen: vervangingService({ config, store, klok }), voortgang: voortgangService({ config, store, klok }), status: statusService({ config, store, beslissingen }) };
  const tempo = opties.tempo ?? { perGesprek: TEAMS_TEMPO.perGesprek, perTenant: omgeving.VERZEND_PER_SECONDE };
  // One second of sending per claimed batch: what a crash can cut off stays small.
  const notifier = maakNotifier(basis, adapterBezorger(adapter, omgeving.BOT_ID ?? ""), { tempo: maakTempo(tempo), instantie: randomUUID(), batch: tempo.perTenant, leaseMs: omgeving.CLAIM_LEASE_MS, tijdslimietMs: omgeving.VERZEND_TIJDSLIMIET_MS });
  const deps: BotDeps = { ...basis, notifier };
  let poort = omgeving.PORT;
  const basisUrl = () => omgeving.PUBLIEKE_URL ?? `http://localhost:${poort}`;
  const aanmelden = aanmeldInstelling(omgeving);
  if (aanmelden.soort === "niet-ingericht") log("warn", "Download als CSV is niet ingericht: aanmelden met Entra ID ontbreekt", { ontbreekt: aanmelden.ontbreekt });
  const taalmodel = kiesTaalmodel(omgeving, opties.taalmodel);
  if (taalmodel) log("info", "Vrije vragen gaan naar het taalmodel als de vaste zinnen ze niet herkennen", { taalmodel: omgeving.OPENAI_API_KEY ? "openai" : "azure" });
  const app = maakApp(deps, adapter, basisUrl, aanmelden.soort, taalmodel);
  let bezig = false;
  const veeg = async () => {
    if (bezig) return;
    bezig = true;
    try {
      await veegBeslistermijnen(deps);
      await veegVoortgang(deps);
      const geanonimiseerd = await veegBewaartermijn(deps);
      if (geanonimiseerd > 0) log("info", "Leerlinggegevens verwijderd na de bewaartermijn", { aanvragen: geanonimiseerd });
      await deps.notifier.verstuur();
    } catch (error) {
      log("error", "Planner mislukt; volgende ronde opnieuw", { fout: (error as Error).message });
    } finally {
      bezig = false;
    }
  };
  const planner = setInterval(() => void veeg(), omgeving.PLANNER_INTERVAL_MS);
  planner.unref();
  const server = maakServer(app, adapter);
  rapportageRoutes(server, deps, maakBinding(aanmelden, basisUrl, omgeving.PUBLIEKE_URL?.startsWith("https://") ?? false));
  if (testKlok) {
    testRoutes(server, testKlok, veeg);
    log("warn", "TEST_KLOK staat aan: de klok van de bot is via /_test/klok te verzetten. Alleen voor tests.");
  }
  await new Promise<void>((klaar) => server.listen(omgeving.PORT, "0.0.0.0", klaar));
  poort = (server.address() as { port: number }).port;
  log("info", "Bot gestart", { poort, swv: config.swv.id, regelingen: config.regelingen.map((r) => r.id), anoniem: omgeving.BOT_ID === undefined });
  return {
    poort,
    store,
    veeg,
    stop: async () => {
      clearInterval(planner);
      await new Promise<void>((klaar) => server.close(() => klaar()));
      await store.sluit();
    },
  };
}
