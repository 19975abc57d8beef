import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openStore } from "../../src/storage/open.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import type { BotOpHttp } from "../support/bot.js";
import { startBotProces } from "../support/botProces.js";
import { startConnector, type Connector } from "../support/connector.js";
import { MARK, SANNE, regeling, demoAfleiding } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { nieuweDatabase } from "../support/postgres.js";

let opruimen: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const f of opruimen.reverse()) await f();
  opruimen = [];
});

/** The bot in its own process; resolves with its port once it listens. */
const startProces = (env: Record<string, string>) => startBotProces({ STORE_LOCK_WAIT_MS: "15000", ...env }, "2026-11-02T09:00:00Z", (p) => opruimen.push(() => p.kill("SIGKILL")));

const alsBot = (poort: number, connector: Connector) => ({ bot: { poort }, connector }) as unknown as BotOpHttp;

describe("kill -9 during concurrent submissions and decisions", () => {
  for (const soort of ["lowdb", "postgres"] as const)
    it(`keeps every acknowledged submission and decision, and a valid store (${soort})`, async () => {
      const connector = await startConnector();
      opruimen.push(() => connector.stop());
      let env: Record<string, string>;
      if (soort === "postgres") {
        const db = await nieuweDatabase();
        opruimen.push(db.weg);
        env = { STORE: "postgres", DATABASE_URL: db.url };
      } else env = { DATA_DIR: await mkdtemp(join(tmpdir(), "maatwerkbot-kill-")) };

      const eerste = await startProces(env);
      const h = alsBot(eerste.poort, connector);
      const sanne = gebruiker(h, SANNE);
      const mark = gebruiker(h, MARK);
      await sanne.zeg("hallo");
      await mark.zeg("hallo");
      const samenvattingen: KaartJson[] = [];
      for (let i = 0; i < 8; i++) samenvattingen.push(await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA"));
      for (const k of samenvattingen.slice(0, 4)) await sanne.klik(k, "Indienen");
      // The decision cards follow the consulent's answer, from the outbox: wait for them.
      const beslisKaarten = await vi.waitFor(() => {
        const kaarten = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
        expect(kaarten).toHaveLength(4);
        return kaarten;
      }, { timeout: 10_000, interval: 50 });

      // Everything at once, and the process killed in the middle of it.
      const nummer = (k: KaartJson) => /MW-2026-\d{4}/.exec(tekstVan(k))?.[0];
      const acties = [
        ...samenvattingen.slice(4).map((k) => sanne.klik(k, "Indienen").then((a) => ({ soort: "ingediend" as const, nummer: nummer(a), ok: tekstVan(a).includes("Ingediend.") }))),
        ...beslisKaarten.map((k) => mark.klik(k, "Toekennen").then((a) => ({ soort: "toegekend" as const, nummer: nummer(a), ok: tekstVan(a).includes("Toegekend op") }))),
      ];
      // Killed a random moment after the first acknowledgement, with the rest in flight.
      await Promise.any(acties);
      await new Promise((r) => setTimeout(r, Math.random() * 60));
      eerste.proces.kill("SIGKILL");
      const uitkomsten = await Promise.allSettled(acties);
      const bevestigd = uitkomsten.flatMap((u) => (u.status === "fulfilled" && u.value.ok && u.value.nummer ? [u.value] : []));

      expect(bevestigd.length).toBeGreaterThan(0);
      const tweede = await startProces(env);
      tweede.proces.kill("SIGTERM");
      await new Promise((r) => tweede.proces.once("exit", r));
      const store = await openStore(leesOmgeving({ ...env, STORE_LOCK_WAIT_MS: "15000" }), demoAfleiding);
      opruimen.push(() => store.sluit());
      const alle = await store.aanvragen.lijst();
      expect(alle).toHaveLength(8);
      for (const b of bevestigd) {
        const a = alle.find((x) => x.nummer === b.nummer)!;
        if (b.soort === "ingediend") expect(["ingediend", "toegekend"]).toContain(a.status.fase);
        else expect(a.status.fase).toBe("toegekend");
      }
      for (const a of alle) expect(a.geschiedenis.filter((g) => g.soort === "toegekend").length).toBeLessThanOrEqual(1);
    }, 120_000);
});
