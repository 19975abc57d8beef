import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import type { PromptCompletionModel } from "@microsoft/teams-ai";
import { laadConfiguratie } from "../src/config/configuratie.js";
import { aanmeldInstelling } from "../src/config/aanmelden.js";
import type { Omgeving } from "../src/config/omgeving.js";
import { budgetafleiding } from "../src/domain/budget.js";
import { fouttekst, isDomainError } from "../src/domain/errors.js";
import { isOpslagFout } from "../src/storage/fouten.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/ports.js";
import { laadBriefmiddelen } from "../src/beschikking/middelen.js";
import { maakAdapter } from "./adapter.js";
import { maakApp } from "./app.js";
import { kiesTaalmodel, type Ingesteld } from "./vrijeVraag/model.js";
import { consoleLogger, type Logger } from "./log.js";
import { maakPlanner } from "./planner.js";
import { stelSamen } from "./samenstelling.js";
import { adapterBezorger } from "./verzending/notifier.js";
import { maakServer } from "./server.js";
import { gereedheid } from "../src/services/gereedheid.js";
import { meldWijzigingen } from "../src/services/wijzigingen.js";
import { testRoutes, verzetbareKlok } from "./testKlok.js";
import { maakBinding } from "./rapportage/binding.js";
import { rapportageRoutes } from "./rapportage/route.js";
import { maakTempo, TEAMS_TEMPO, type Tempolimieten } from "./verzending/tempo.js";

/** What a coded failure to start (a bad configuration, environment or store) tells the operator to do, in Dutch; undefined for any other failure. */
export function startfoutTekst(error: unknown): string | undefined {
  if (isDomainError(error)) return fouttekst(error);
  return isOpslagFout(error) ? error.message : undefined;
}

/** A running bot: its port, and how to stop it cleanly. */
export interface DraaiendeBot {
  poort: number;
  /** The store the bot writes to, for operator tools and tests. */
  store: Store;
  /** One sweep of the planner: due reminders into the outbox, then deliver what is owed. */
  veeg: () => Promise<void>;
  /** Resolves when the deliveries that earlier turns kicked off after answering are done, card updates included. */
  rust: () => Promise<void>;
  /** Stops taking requests and sweeping; waits for the outbox sends under way, drops the card updates not yet started, then closes the store. */
  stop: () => Promise<void>;
}

/** Composition root: config → store → services (samenstelling.ts) → app → server → planner. The only file in bot/ that opens the store. Throws a coded error when a file is bad. */
export async function startBot(
  omgeving: Omgeving,
  opties: { klok?: () => Date; log?: Logger; tempo?: Tempolimieten; taalmodel?: (instelling: Ingesteld, tijdslimietMs: number) => PromptCompletionModel } = {},
): Promise<DraaiendeBot> {
  const log = opties.log ?? consoleLogger;
  const config = await laadConfiguratie(resolve(omgeving.SWV_CONFIG), resolve(omgeving.PROFIELEN_DIR));
  if (omgeving.BOT_ID !== undefined && omgeving.STORE === "lowdb" && omgeving.OPSLAG_SLEUTEL === undefined)
    log("warn", "De ingebouwde opslag staat ONVERSLEUTELD op schijf (OPSLAG_ONVERSLEUTELD=ja): de beheerder verklaart dat de schijf zelf versleuteld is", { dataDir: omgeving.DATA_DIR });
  const store = await openStore(omgeving, budgetafleiding(config.regelingen, config.swv.schoolvakanties), log);
  await meldWijzigingen(store, config, log).catch((error: unknown) => log("warn", "Niet na te gaan wat er in de configuratie veranderd is", { fout: (error as Error).message }));
  const adapter = maakAdapter(omgeving);
  const testKlok = omgeving.TEST_KLOK === "aan" ? verzetbareKlok(opties.klok ?? (() => new Date())) : undefined;
  const klok = testKlok?.klok ?? opties.klok ?? (() => new Date());
  const tempo = opties.tempo ?? { perGesprek: TEAMS_TEMPO.perGesprek, perTenant: omgeving.VERZEND_PER_SECONDE };
  // One second of sending per claimed batch: what a crash can cut off stays small.
  const verzending = { tempo: maakTempo(tempo), instantie: randomUUID(), batch: tempo.perTenant, leaseMs: omgeving.CLAIM_LEASE_MS, tijdslimietMs: omgeving.VERZEND_TIJDSLIMIET_MS };
  const deps = stelSamen({ config, store, klok, log, bezorger: adapterBezorger(adapter, omgeving.BOT_ID ?? ""), verzending, briefmiddelen: await laadBriefmiddelen(config.logo) });
  let poort = omgeving.PORT;
  const basisUrl = () => omgeving.PUBLIEKE_URL ?? `http://localhost:${poort}`;
  const aanmelden = aanmeldInstelling(omgeving);
  if (aanmelden.soort === "niet-ingericht") log("warn", "Download als CSV is niet ingericht: aanmelden met Entra ID ontbreekt", { ontbreekt: aanmelden.ontbreekt });
  const taalmodel = kiesTaalmodel(omgeving, opties.taalmodel);
  if (taalmodel) log("info", "Vrije vragen gaan naar het taalmodel als de vaste zinnen ze niet herkennen", { taalmodel: omgeving.OPENAI_API_KEY ? "openai" : "azure" });
  const app = maakApp(deps, adapter, basisUrl, aanmelden.soort, taalmodel);
  const planner = maakPlanner({ kern: { config, store, klok }, notifier: deps.notifier, log }, omgeving.PLANNER_INTERVAL_MS);
  const veeg = planner.veeg;
  const anoniem = omgeving.BOT_ID === undefined;
  const server = maakServer(app, adapter, { anoniem, log, gereed: () => gereedheid(store, config) });
  rapportageRoutes(server, deps, maakBinding(aanmelden, basisUrl, omgeving.PUBLIEKE_URL?.startsWith("https://") ?? false));
  if (testKlok) testRoutes(server, testKlok, veeg, log);
  // Anonymous, anyone who reaches the port can act as anyone: only this machine, unless the operator opens it.
  const adres = anoniem && omgeving.ANONIEM_OPEN !== "ja" ? "127.0.0.1" : "0.0.0.0";
  await new Promise<void>((klaar) => server.listen(omgeving.PORT, adres, klaar));
  poort = (server.address() as { port: number }).port;
  if (anoniem && adres === "0.0.0.0") log("warn", "De bot is OPEN: zonder BOT_ID en met ANONIEM_OPEN=ja kan iedereen die dit adres bereikt zich als elke gebruiker voordoen", { adres, poort });
  else if (anoniem) log("info", "Anoniem (zonder BOT_ID): de bot luistert alleen op 127.0.0.1", { adres, poort });
  log("info", "Bot gestart", { poort, adres, swv: config.swv.id, regelingen: config.regelingen.map((r) => r.id), anoniem });
  return {
    poort,
    store,
    veeg,
    rust: () => deps.notifier.rust(),
    stop: async () => {
      // No new sweep; the one under way finishes before the store closes.
      const planning = planner.stop();
      await new Promise<void>((klaar) => server.close(() => klaar()));
      await planning;
      await deps.notifier.stop();
      await store.sluit();
    },
  };
}
