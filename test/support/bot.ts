import { randomUUID } from "node:crypto";
import type { PromptCompletionModel } from "@microsoft/teams-ai";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBot, type DraaiendeBot } from "../../bot/start.js";
import type { Logger } from "../../bot/deps.js";
import type { Tempolimieten } from "../../bot/verzending/tempo.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { startConnector, type Connector } from "./connector.js";

/** A running bot over HTTP with the loopback connector, on a fresh data folder. */
export interface BotOpHttp {
  bot: DraaiendeBot;
  connector: Connector;
  dataDir: string;
  logregels: string[];
  /** Send an activity as Teams would, from the given Entra object id. */
  stuur: (van: string, activiteit: Record<string, unknown>) => Promise<number>;
  stop: () => Promise<void>;
}

/** Start the real bot (demo SWV, embedded store) and a loopback connector. */
export async function startBotOpHttp(
  omgeving: Record<string, string> = {},
  klok?: () => Date,
  opties: { tempo?: Tempolimieten; connector?: Connector; /** Stands in for the remote language model, used only when the environment configures one. */ taalmodel?: PromptCompletionModel } = {},
): Promise<BotOpHttp> {
  const connector = opties.connector ?? (await startConnector());
  const dataDir = omgeving.DATA_DIR ?? (await mkdtemp(join(tmpdir(), "maatwerkbot-bot-")));
  const logregels: string[] = [];
  const log: Logger = (niveau, bericht, velden) => logregels.push(JSON.stringify({ ...velden, niveau, bericht }));
  const bot = await startBot(leesOmgeving({ PORT: "0", DATA_DIR: dataDir, STORE_LOCK_WAIT_MS: "0", ...omgeving }), { log, ...(klok ? { klok } : {}), ...(opties.tempo ? { tempo: opties.tempo } : {}), ...(opties.taalmodel ? { taalmodel: () => opties.taalmodel! } : {}) });
  const stuur = async (van: string, activiteit: Record<string, unknown>) => {
    const res = await fetch(`http://127.0.0.1:${bot.poort}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: randomUUID(),
        channelId: "msteams",
        serviceUrl: connector.url,
        timestamp: new Date().toISOString(),
        from: { id: `29:${van}`, aadObjectId: van, name: "Testgebruiker" },
        recipient: { id: "28:maatwerkbot", name: "maatwerkbot" },
        conversation: { id: `a:persoonlijk-${van}`, conversationType: "personal", tenantId: "tenant" },
        ...activiteit,
      }),
    });
    return res.status;
  };
  return {
    bot,
    connector,
    dataDir,
    logregels,
    stuur,
    stop: async () => {
      await bot.stop();
      if (!opties.connector) await connector.stop();
    },
  };
}
