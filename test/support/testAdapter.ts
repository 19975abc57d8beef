import { demoAfleiding } from "./demo.js";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PromptCompletionModel } from "@microsoft/teams-ai";
import { TestAdapter, TurnContext, type Activity, type ConversationReference } from "botbuilder";
import { maakAdapter } from "../../bot/adapter.js";
import { maakApp } from "../../bot/app.js";
import type { BotDeps, Logger } from "../../bot/deps.js";
import { stelSamen } from "../../bot/samenstelling.js";
import { laadBriefmiddelen } from "../../src/beschikking/middelen.js";
import { kiesTaalmodel } from "../../bot/vrijeVraag/model.js";
import { maakTempo } from "../../bot/verzending/tempo.js";
import type { Bezorger } from "../../bot/verzending/notifier.js";
import { laadConfiguratie } from "../../src/config/configuratie.js";
import { aanmeldInstelling } from "../../src/config/aanmelden.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { openLowdbStore } from "../../src/storage/lowdb/store.js";
import type { Store } from "../../src/storage/ports.js";
import type { Gebruiker } from "./gebruiker.js";
import { actieVan, invoerVan, ongebonden, type KaartJson } from "./kaart.js";

/** The real Application driven by botbuilder's TestAdapter, on a real store in a temp folder. */
export interface BotInProces {
  deps: BotDeps;
  /** The store under the services, for checks a user cannot make. */
  store: Store;
  adapter: TestAdapter;
  /** What the bot logged, one JSON line per event. */
  logregels: string[];
  gebruiker: (id: string) => Gebruiker;
  stop: () => Promise<void>;
}

/**
 * Build the bot in this process the way the composition root does, with a test clock; `taalmodel`
 * stands in for the remote language model, used only when the environment configures one.
 */
export async function startBotInProces(klok: () => Date = () => new Date("2026-11-02T09:00:00Z"), omgeving: Record<string, string> = {}, taalmodel?: PromptCompletionModel): Promise<BotInProces> {
  const config = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
  const store = await openLowdbStore({ dataDir: await mkdtemp(join(tmpdir(), "maatwerkbot-ta-")), wachtOpVergrendelingMs: 0, afleiding: demoAfleiding });
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  const bezorger: Bezorger = (verwijzing, logic) =>
    logic(new TurnContext(adapter, TurnContext.applyConversationReference({ type: "event" }, verwijzing as unknown as Partial<ConversationReference>, true)));
  const logregels: string[] = [];
  const log: Logger = (niveau, bericht, velden) => void logregels.push(JSON.stringify({ ...velden, niveau, bericht }));
  const samen = stelSamen({ config, store, klok, log, bezorger, verzending: { tempo: maakTempo({ perGesprek: 1000, perTenant: 1000 }), instantie: "test" }, briefmiddelen: await laadBriefmiddelen(config.logo) });
  // The TestAdapter has no connector: its member lookup answers as Teams does for someone outside the conversation.
  const deps: BotDeps = { ...samen, identiteit: { ...samen.identiteit, herken: (objectId) => samen.identiteit.herken(objectId, async () => undefined) } };
  const o = leesOmgeving(omgeving);
  const app = maakApp(deps, maakAdapter(o), () => "http://localhost:3978", aanmeldInstelling(o).soort, taalmodel ? kiesTaalmodel(o, () => taalmodel) : undefined);

  const gebruiker = (id: string): Gebruiker => {
    const basis = (): Partial<Activity> => ({
      channelId: "msteams",
      from: { id: `29:${id}`, aadObjectId: id, name: "Testgebruiker" },
      conversation: { id: `a:persoonlijk-${id}`, isGroup: false, conversationType: "personal", name: "" },
    });
    const nieuw = async (doe: () => Promise<unknown>) => {
      const voor = adapter.activeQueue.length;
      await doe();
      return adapter.activeQueue.splice(voor);
    };
    const getypt = new Set<string>();
    const gecontroleerd = (kaart: KaartJson) => {
      const over = ongebonden(kaart, getypt);
      if (over.length > 0) throw new Error(`Ongebonden expressies op de kaart: ${over.join(", ")}`);
      return kaart;
    };
    return {
      async zeg(tekst) {
        const antwoorden = await nieuw(() => adapter.processActivity({ ...basis(), type: "message", text: tekst }));
        return {
          kaarten: antwoorden.flatMap((a) => (a.attachments ?? []).map((b) => gecontroleerd(b.content as KaartJson))),
          teksten: antwoorden.map((a) => a.text).filter((t): t is string => typeof t === "string"),
        };
      },
      async klik(kaart, titel, typ = {}, opties = {}) {
        return (await this.klikMetBerichten(kaart, titel, typ, opties)).kaart;
      },
      async klikMetBerichten(kaart, titel, typ = {}, opties = {}) {
        const actie = actieVan(kaart, titel);
        Object.values(typ).forEach((t) => getypt.add(t));
        const invoer = actie.associatedInputs === "none" ? {} : { ...invoerVan(kaart), ...typ };
        const antwoorden = await nieuw(() =>
          adapter.processActivity({
            ...basis(),
            type: "invoke",
            name: "adaptiveCard/action",
            replyToId: opties.bericht ?? "kaart-1",
            value: { action: { type: "Action.Execute", verb: actie.verb, data: { ...actie.data, ...invoer } }, trigger: "manual" },
          }),
        );
        // The answer comes first; what it sends others follows from the outbox: wait for that, outside the captured answer.
        await deps.notifier.rust();
        const antwoord = antwoorden.find((a) => a.type === "invokeResponse");
        const body = (antwoord?.value as { body?: { type: string; value: KaartJson } } | undefined)?.body;
        if (body?.type !== "application/vnd.microsoft.card.adaptive") throw new Error(`Geen kaart als antwoord: ${JSON.stringify(antwoord)}`);
        const berichten = antwoorden.filter((a) => a.type === "message").flatMap((a) => (a.attachments ?? []).map((b) => gecontroleerd(b.content as KaartJson)));
        return { kaart: gecontroleerd(body.value), berichten };
      },
    };
  };
  return {
    deps,
    store,
    adapter,
    logregels,
    gebruiker,
    stop: async () => {
      await deps.notifier.rust();
      await store.sluit();
    },
  };
}
