import type { ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Persoon } from "../../src/domain/swv.js";
import { CONFIG_BESTAND, playgroundConfig, playgroundObjectId } from "./config.js";
import { wachtOpHttp } from "./poorten.js";
import { leeft, startKind } from "./processen.js";

/** The Playground package's command line, as installed. */
export const PLAYGROUND_CLI = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/cli.js");

/** What one Playground needs to start. */
export interface PlaygroundOpties {
  persoon: Persoon;
  alle: readonly Persoon[];
  poort: number;
  botEndpoint: string;
  /** This Playground's own folder: config, log and working directory. */
  map: string;
  /** Receives the child as soon as it is spawned, so it can be stopped even if starting fails. */
  gestart: (kind: ChildProcess) => void;
}

/** The port the Playground reports on stdout ("Listening on 56150"); it silently takes another when ours is taken. */
function gemeldePoort(kind: ChildProcess, ms: number): Promise<number> {
  return new Promise((klaar, faal) => {
    let uit = "";
    const timer = setTimeout(() => faal(new Error(`meldde binnen ${ms / 1000} seconden niet op welke poort hij luistert.`)), ms);
    const gestopt = (code: number | null, s: NodeJS.Signals | null) => faal(new Error(`stopte meteen (${code ?? s}).`));
    kind.once("exit", gestopt);
    kind.stdout?.on("data", (stuk: Buffer) => {
      uit += stuk.toString();
      const m = /Listening on (\d+)/.exec(uit);
      if (!m) return;
      clearTimeout(timer);
      kind.off("exit", gestopt);
      klaar(Number(m[1]));
    });
  });
}

async function logStaart(log: string): Promise<string> {
  const tekst = await readFile(log, "utf8").catch(() => "(geen log)");
  return tekst.split("\n").filter((r) => !r.startsWith("debug ")).slice(-15).join("\n");
}

/**
 * Start one Agents Playground as `persoon`, on exactly `poort`, with its own config, log
 * and working folder. Resolves once it serves its page with that person as current user;
 * on failure the error carries the end of the Playground's log, where it writes its errors.
 */
export async function startPlayground(o: PlaygroundOpties): Promise<ChildProcess> {
  await mkdir(o.map, { recursive: true });
  const config = join(o.map, CONFIG_BESTAND);
  const log = join(o.map, "playground.log");
  await writeFile(config, playgroundConfig(o.persoon, o.alle));
  await rm(log, { force: true });
  const kind = startKind(process.execPath, [PLAYGROUND_CLI, "-e", o.botEndpoint, "-c", "msteams", "-p", String(o.poort), "--disable-telemetry"], {
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none", M365_AGENTS_PLAYGROUND_CONFIG_PATH: config, M365_AGENTS_PLAYGROUND_LOGFILE: log },
    cwd: o.map,
    stdio: ["ignore", "pipe", "pipe"],
  });
  o.gestart(kind);
  let fouten = "";
  kind.stderr?.on("data", (stuk: Buffer) => (fouten = (fouten + stuk.toString()).slice(-2000)));
  const wie = `De Playground van ${o.persoon.naam}`;
  try {
    const poort = await gemeldePoort(kind, 30_000);
    kind.stdout?.resume();
    if (poort !== o.poort) throw new Error(`luistert op poort ${poort} in plaats van ${o.poort}: die was intussen bezet.`);
    await wachtOpHttp(`http://127.0.0.1:${o.poort}/`, 30_000, kind);
    const antwoord = await wachtOpHttp(`http://127.0.0.1:${o.poort}/_internal/v1/testConfig`, 10_000, kind);
    const geladen = (await antwoord.json()) as { config?: { currentUser?: { aadObjectId?: string } } };
    if (geladen.config?.currentUser?.aadObjectId !== playgroundObjectId(o.persoon)) throw new Error(`gebruikt niet de config uit ${config}.`);
    if (!leeft(kind)) throw new Error("stopte na het starten.");
    return kind;
  } catch (error) {
    const stderr = fouten.trim() ? `\n${fouten.trim()}` : "";
    throw new Error(`${wie} ${(error as Error).message}${stderr}\nLog (${log}):\n${await logStaart(log)}`, { cause: error });
  }
}
