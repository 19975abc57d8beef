/**
 * `npm start`: the bot, plus one Microsoft 365 Agents Playground per person of the SWV
 * (or per person holding a role named in ROLLEN), each on its own port as that person.
 * Ctrl-C or SIGTERM stops everything.
 */
import type { ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { leesJson } from "../src/config/leesJson.js";
import { leesOmgeving } from "../src/config/omgeving.js";
import { fouttekst, isDomainError } from "../src/domain/errors.js";
import { SwvConfig } from "../src/domain/swv.js";
import { startPlayground } from "./playground/instantie.js";
import { playgroundObjectId } from "./playground/config.js";
import { kiesPersonen, label } from "./playground/personen.js";
import { bezettePoort, wachtOpHttp } from "./playground/poorten.js";
import { startKind, stopKinderen } from "./playground/processen.js";
import { bewaak, voorouders } from "./playground/waakhond.js";

const kinderen: ChildProcess[] = [];
let stoppend = false;

async function stop(code: number): Promise<void> {
  if (stoppend) return;
  stoppend = true;
  await stopKinderen(kinderen);
  process.exit(code);
}
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, () => void stop(0));

function basisPoort(): number {
  const poort = Number(process.env.PLAYGROUND_PORT || 56150);
  if (!Number.isInteger(poort) || poort < 1024 || poort > 65000) throw new Error(`PLAYGROUND_PORT moet een poortnummer tussen 1024 en 65000 zijn, niet "${process.env.PLAYGROUND_PORT}".`);
  return poort;
}

try {
  const omgeving = leesOmgeving(process.env);
  const swv = await leesJson(omgeving.SWV_CONFIG, SwvConfig);
  const personen = kiesPersonen(swv.personen, process.env.ROLLEN);
  const basis = basisPoort();
  const poorten = personen.map((_, i) => basis + i);
  if (poorten.includes(omgeving.PORT)) throw new Error(`De bot (PORT=${omgeving.PORT}) en de Playgrounds (vanaf PLAYGROUND_PORT=${basis}) hebben dezelfde poort nodig.`);
  const bezet = await bezettePoort([omgeving.PORT, ...poorten]);
  if (bezet === omgeving.PORT) throw new Error(`Poort ${bezet} voor de bot is al in gebruik; kies een andere met PORT=...`);
  if (bezet !== undefined) throw new Error(`Poort ${bezet} voor een Playground is al in gebruik; kies een andere reeks met PLAYGROUND_PORT=...`);
  bewaak(voorouders(), () => void stop(0));

  const bot = startKind(process.execPath, ["--import", "tsx", "bot/index.ts"], { env: process.env, stdio: ["ignore", "inherit", "inherit"] });
  kinderen.push(bot);
  bot.once("exit", (code, s) => {
    if (stoppend) return;
    console.error(`De bot is gestopt (${code ?? s}); de Playgrounds stoppen ook.`);
    void stop(code || 1);
  });
  await wachtOpHttp(`http://127.0.0.1:${omgeving.PORT}/healthz`, 60_000, bot);

  const botEndpoint = `http://127.0.0.1:${omgeving.PORT}/api/messages`;
  const werkmap = resolve(process.env.PLAYGROUND_DIR || ".playground");
  const playgrounds = await Promise.all(
    personen.map((persoon, i) =>
      startPlayground({ persoon, alle: swv.personen, poort: poorten[i]!, botEndpoint, map: join(werkmap, playgroundObjectId(persoon)), gestart: (k) => kinderen.push(k) }),
    ),
  );
  playgrounds.forEach((kind, i) =>
    kind.once("exit", (code, s) => {
      if (!stoppend) console.error(`De Playground van ${personen[i]!.naam} is gestopt (${code ?? s}); zie ${join(werkmap, playgroundObjectId(personen[i]!), "playground.log")}.`);
    }),
  );

  const labels = personen.map((p) => `${label(p)}:`);
  const breedte = Math.max(...labels.map((l) => l.length));
  const regels = labels.map((l, i) => `  ${l.padEnd(breedte)}  http://localhost:${poorten[i]}`);
  console.log(`\nmaatwerkbot draait op ${botEndpoint} (${swv.naam}).\nOpen de Playground van wie je wilt spelen:\n\n${regels.join("\n")}\n\nStoppen: Ctrl-C.`);
} catch (error) {
  console.error(`Starten mislukt: ${isDomainError(error) ? fouttekst(error) : (error as Error).message}`);
  await stop(1);
}
