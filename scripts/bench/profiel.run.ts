/**
 * `npm run bench:profiel`: the card actions of the latency benchmark (200 consulenten, each
 * starting a draft and saving it twice, four rounds) against the bot under `node --cpu-prof`.
 * Writes the profile to test-results/profiel/ (open it in Chrome DevTools) and prints where
 * the bot's time went, per group. For finding what to make cheaper, not for figures to report.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "vitest";
import { startProces } from "../../test/support/botProces.js";
import { startConnector } from "../../test/support/connector.js";
import { beurt, kaartactie, zoekActie } from "./driver.js";
import { percentielen } from "./statistiek.js";
import { profielOverzicht } from "./profielOverzicht.js";
import { benchSwv } from "./swv.js";

const MAP = resolve("test-results", "profiel");
const BOT = fileURLToPath(new URL("../../test/support/fixtures/botProces.ts", import.meta.url));

it("profiles the bot under 200 concurrent card actions", async () => {
  await rm(MAP, { recursive: true, force: true });
  const connector = await startConnector();
  const { bestand, consulenten } = await benchSwv(200);
  let kind: ChildProcess | undefined;
  try {
    const bot = await startProces("--cpu-prof", [`--cpu-prof-dir=${MAP}`, "--import", "tsx", BOT, new Date().toISOString()], { SWV_CONFIG: bestand, DATA_DIR: await mkdtemp(join(tmpdir(), "maatwerkbot-profiel-")), PLANNER_INTERVAL_MS: "3600000" }, (p) => (kind = p), { tsx: false });
    for (let ronde = 0; ronde < 4; ronde++) {
      const tijden: number[] = [];
      const begin = performance.now();
      await Promise.all(
        consulenten.map(async (c) => {
          let r = await beurt(bot.poort, connector.url, c, kaartactie("aanvraag.kies", { regelingId: "almere-maatwerk", brin: "01AA" }));
          tijden.push(r.ms);
          for (let i = 0; i < 2; i++) {
            const opslaan = zoekActie((r.body as { value?: unknown })?.value, "Opslaan als concept");
            if (!opslaan) throw new Error("Geen knop Opslaan als concept op de kaart");
            r = await beurt(bot.poort, connector.url, c, kaartactie(opslaan.verb, opslaan.data));
            tijden.push(r.ms);
          }
        }),
      );
      const { p50, p99 } = percentielen(tijden);
      console.log(`ronde ${ronde + 1}: p50 ${p50} ms, p99 ${p99} ms, ${Math.round(tijden.length / ((performance.now() - begin) / 1000))} acties/s`);
    }
  } finally {
    // SIGINT: the bot stops cleanly, and node writes the profile on its way out.
    const weg = kind && kind.exitCode === null ? new Promise((klaar) => kind!.once("exit", klaar)) : Promise.resolve();
    kind?.kill("SIGINT");
    await weg;
    await connector.stop();
  }
  const [profiel] = (await readdir(MAP)).filter((f) => f.endsWith(".cpuprofile"));
  if (!profiel) throw new Error(`Geen profiel in ${MAP}`);
  console.log(`Profiel: ${join(MAP, profiel)}`);
  console.table(await profielOverzicht(join(MAP, profiel)));
}, 300_000);
