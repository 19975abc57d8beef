import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startBot, type DraaiendeBot } from "../../../bot/start.js";
import { startPlayground } from "../../../scripts/playground/instantie.js";
import { poortVrij } from "../../../scripts/playground/poorten.js";
import { stopKinderen } from "../../../scripts/playground/processen.js";
import { laadConfiguratie } from "../../../src/config/configuratie.js";
import { leesOmgeving } from "../../../src/config/omgeving.js";

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM = "/usr/bin/chromium";
/** Where the screenshots of the end-to-end tests go (a test artefact, ignored by git). */
export const SCHERMAFDRUKKEN = join(process.cwd(), "test-results", "e2e");

/** The bot with a test clock, one Agents Playground per person, and headless Chromium with a page per person. */
export interface E2e {
  bot: DraaiendeBot;
  pagina: Record<string, Page>;
  /** The bot's clock now (GET /_test/klok): what the test's dates are relative to. */
  nu: () => Promise<Date>;
  /** Moves the bot's clock (POST /_test/klok) and runs a planner sweep (POST /_test/veeg). */
  verzetKlok: (naar: string) => Promise<void>;
  stop: () => Promise<void>;
}

async function vrijePoort(vanaf: number): Promise<number> {
  for (let p = vanaf; p < vanaf + 500; p++) if (await poortVrij(p)) return p;
  throw new Error(`Geen vrije poort vanaf ${vanaf}`);
}

/**
 * Starts everything for the given demo people (by first name); stop() ends every process it started.
 * `begin`: the bot's clock starts at this moment and runs on from there (dates of the demo calendar in any year the test runs).
 */
export async function startE2e(voornamen: readonly string[], opties: { begin?: string } = {}): Promise<E2e> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt (${CHROMIUM}). Installeer het met: apt-get install -y chromium (.ci/run doet dat zelf).`);
  await mkdir(SCHERMAFDRUKKEN, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-e2e-"));
  const gestart = Date.now();
  const klok = opties.begin ? () => new Date(Date.parse(opties.begin!) + (Date.now() - gestart)) : undefined;
  const bot = await startBot(leesOmgeving({ PORT: "0", DATA_DIR: join(dir, "data"), TEST_KLOK: "aan", PLANNER_INTERVAL_MS: "3600000" }), { log: () => undefined, ...(klok ? { klok } : {}) });
  const kinderen: ChildProcess[] = [];
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await stopKinderen(kinderen);
    await bot.stop();
  };
  try {
    const { swv } = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const pagina: Record<string, Page> = {};
    let poort = 46100 + Math.floor(Math.random() * 2000);
    for (const voornaam of voornamen) {
      const persoon = swv.personen.find((p) => p.naam.startsWith(voornaam))!;
      poort = await vrijePoort(poort + 1);
      await startPlayground({ persoon, alle: swv.personen, poort, botEndpoint: `http://127.0.0.1:${bot.poort}/api/messages`, map: join(dir, persoon.id), gestart: (k) => kinderen.push(k) });
      const p = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
      await p.goto(`http://127.0.0.1:${poort}`);
      await p.getByRole("textbox").first().waitFor({ timeout: 60_000 });
      pagina[voornaam] = p;
    }
    const post = async (pad: string, body: unknown) => {
      const r = await fetch(`http://127.0.0.1:${bot.poort}${pad}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`${pad}: ${r.status}`);
    };
    const nu = async () => {
      const r = await fetch(`http://127.0.0.1:${bot.poort}/_test/klok`);
      if (!r.ok) throw new Error(`/_test/klok: ${r.status}`);
      return new Date(((await r.json()) as { nu: string }).nu);
    };
    return { bot, pagina, nu, verzetKlok: async (naar) => (await post("/_test/klok", { naar }), await post("/_test/veeg", {})), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
