/**
 * `npm start`: the bot on the embedded store with the demo SWV, and one Microsoft 365
 * Agents Playground per person of the SWV, each on its own port as that person.
 */
import type { ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { leesOmgeving } from "../src/config/omgeving.js";
import { rolNaam } from "../src/domain/routering.js";
import { SwvConfig } from "../src/domain/swv.js";
import { playgroundConfig } from "./playground/config.js";
import { poortVrij, startKind, stopKinderen, wachtOpHttp } from "./playground/processen.js";

const omgeving = leesOmgeving(process.env);
const basisPoort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const werkmap = resolve(process.env.PLAYGROUND_DIR ?? ".playground");
const cli = resolve("node_modules/@microsoft/m365agentsplayground/cli.js");
const kinderen: ChildProcess[] = [];
let stoppen = false;

async function stop(code: number): Promise<never> {
  stoppen = true;
  await stopKinderen(kinderen);
  process.exit(code);
}
process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));

try {
  const swv = SwvConfig.parse(JSON.parse(await readFile(omgeving.SWV_CONFIG, "utf8")));
  const filter = (process.env.ROLLEN ?? "").split(",").map((r) => r.trim()).filter(Boolean);
  const personen = swv.personen.filter((p) => filter.length === 0 || p.rollen.some((r) => filter.includes(r.rol)));
  if (personen.length === 0) throw new Error(`Niemand in ${omgeving.SWV_CONFIG} heeft een van de rollen ${filter.join(", ")}.`);

  if (!(await poortVrij(omgeving.PORT))) throw new Error(`Poort ${omgeving.PORT} is al in gebruik; kies een andere met PORT=...`);
  const bot = startKind(process.execPath, ["--import", "tsx", "bot/index.ts"], { env: process.env, uitvoer: "doorgeven" });
  kinderen.push(bot);
  bot.once("exit", (code) => {
    if (!stoppen) {
      console.error(`De bot is gestopt (code ${code ?? "?"}); de Playgrounds stoppen ook.`);
      void stop(code ?? 1);
    }
  });
  await wachtOpHttp(`http://127.0.0.1:${omgeving.PORT}/healthz`, 60_000, bot);
  const endpoint = `http://localhost:${omgeving.PORT}/api/messages`;

  const adressen: string[] = [];
  for (const [i, persoon] of personen.entries()) {
    const poort = basisPoort + i;
    if (!(await poortVrij(poort))) throw new Error(`Poort ${poort} voor de Playground is al in gebruik; kies een andere basis met PLAYGROUND_PORT=...`);
    const map = join(werkmap, persoon.id);
    await mkdir(map, { recursive: true });
    const config = join(map, ".m365agentsplayground.yml");
    await writeFile(config, playgroundConfig(persoon, swv.personen));
    const playground = startKind(process.execPath, [cli, "-e", endpoint, "-c", "msteams", "-p", String(poort), "--dt"], {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none", M365_AGENTS_PLAYGROUND_CONFIG_PATH: config, M365_AGENTS_PLAYGROUND_LOGFILE: join(map, "playground.log") },
      cwd: map,
      uitvoer: "stil",
    });
    kinderen.push(playground);
    const rollen = [...new Set(persoon.rollen.map((r) => rolNaam[r.rol]))].join(", ");
    adressen.push(`  ${rollen.padEnd(24)} ${persoon.naam.padEnd(18)} http://localhost:${poort}`);
    try {
      await wachtOpHttp(`http://127.0.0.1:${poort}/`, 60_000, playground);
    } catch (error) {
      const log = await readFile(join(map, "playground.log"), "utf8").catch(() => "");
      throw new Error(`${(error as Error).message}\nLog van de Playground:\n${log.slice(-2000)}`, { cause: error });
    }
  }
  console.log(`\nmaatwerkbot draait op ${endpoint} (${swv.naam}).\nOpen de Playground van de rol die je wilt spelen:\n${adressen.join("\n")}\n\nStoppen: Ctrl-C.`);
} catch (error) {
  console.error(`Starten mislukt: ${(error as Error).message}`);
  await stop(1);
}
