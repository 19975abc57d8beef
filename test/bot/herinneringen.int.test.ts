import { setTimeout as slaap } from "node:timers/promises";
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import type { Uitgaand } from "../../src/storage/ports.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startBotProces } from "../support/botProces.js";
import { startConnector, type Connector, type Verzonden } from "../support/connector.js";
import { dataMetTrajecten, TRAJECT } from "../support/trajecten.js";

/** A week before gesprek 1 of the fixture's trajecten (Monday 2027-04-05): the week-before reminder is due. */
const WEEK_VOORAF = "2027-03-29T10:00:00Z";
const herinneringen = (c: Connector): Verzonden[] => c.verzonden.filter((v) => v.methode === "POST" && JSON.stringify(v.body).includes("Voortgangsgesprek 1 van aanvraag"));
const nummerIn = (v: Verzonden) => /MW-2026-\d{4}/.exec(JSON.stringify(v.body))?.[0];
const gesprekVan = (v: Verzonden) => decodeURIComponent(v.pad).split("/")[3];

/** The most calls that arrived within any window of `ms`. */
function meesteBinnen(tijden: number[], ms: number): number {
  const t = [...tijden].sort((a, b) => a - b);
  let meeste = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while (t[j]! - t[i]! >= ms) i++;
    meeste = Math.max(meeste, j - i + 1);
  }
  return meeste;
}

let h: BotOpHttp | undefined;
let kinderen: ChildProcess[] = [];
let connectoren: Connector[] = [];
const nieuweConnector = async () => {
  const c = await startConnector();
  connectoren.push(c);
  return c;
};
afterEach(async () => {
  await h?.stop();
  h = undefined;
  for (const k of kinderen) k.kill("SIGKILL");
  kinderen = [];
  await Promise.all(connectoren.map((c) => c.stop()));
  connectoren = [];
});

describe("sending reminders to Teams", () => {
  it("sends 2,000 reminders due at once, each exactly once, never faster than the caps per conversation and per tenant", async () => {
    const connector = await nieuweConnector();
    const personen = Array.from({ length: 40 }, (_, i) => `consulent-${String(i).padStart(2, "0")}`);
    const dataDir = await dataMetTrajecten(2000, personen, connector.url);
    // The caps scaled up (Teams: 7 and 15) so the test takes seconds; the pacing is the same code.
    const tempo = { perGesprek: 20, perTenant: 200 };
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date(WEEK_VOORAF), { tempo, connector });

    await h.bot.veeg();
    const verzonden = herinneringen(connector);
    expect(verzonden).toHaveLength(2000);
    expect(new Set(verzonden.map(nummerIn)).size).toBe(2000);
    expect(verzonden.every((v) => v.status === 200)).toBe(true);
    // Arrival times at the stand-in, as Teams would count them.
    expect(meesteBinnen(verzonden.map((v) => v.op), 1000)).toBeLessThanOrEqual(tempo.perTenant);
    for (const p of personen) {
      const naar = verzonden.filter((v) => gesprekVan(v) === `a:persoonlijk-${p}`);
      expect(naar).toHaveLength(50);
      expect(meesteBinnen(naar.map((v) => v.op), 1000)).toBeLessThanOrEqual(tempo.perGesprek);
    }
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);

    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(2000);
  }, 120_000);

  it("waits as long as Teams' Retry-After asks before trying again, and delivers once", async () => {
    const connector = await nieuweConnector();
    const dataDir = await dataMetTrajecten(1, ["consulent-a"], connector.url);
    let geweigerd = 0;
    connector.storing = (methode) => (methode === "POST" && geweigerd++ === 0 ? { status: 429, headers: { "Retry-After": "2" } } : undefined);
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date(WEEK_VOORAF), { connector });

    await h.bot.veeg();
    const pogingen = herinneringen(connector);
    expect(pogingen.map((p) => p.status)).toEqual([429, 200]);
    expect(pogingen[1]!.op - pogingen[0]!.op).toBeGreaterThanOrEqual(1950);
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);
  }, 30_000);

  it("when Teams keeps refusing with 429, keeps the reminder owed until Retry-After has passed, then delivers it once", async () => {
    const connector = await nieuweConnector();
    const dataDir = await dataMetTrajecten(1, ["consulent-a"], connector.url);
    connector.storing = (methode) => (methode === "POST" ? { status: 429, headers: { "Retry-After": "1" } } : undefined);
    let nu = new Date(WEEK_VOORAF);
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => nu, { connector });

    await h.bot.veeg();
    const [owed] = await h.bot.store.uitgaand.openstaand();
    expect(owed).toMatchObject({ pogingen: 1, laatsteFout: expect.stringContaining("429") });
    expect(Date.parse(owed!.volgendePogingOp!)).toBeGreaterThan(nu.getTime());
    const geprobeerd = herinneringen(connector).length;
    expect(geprobeerd).toBeGreaterThanOrEqual(1);

    connector.storing = undefined;
    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(geprobeerd);
    nu = new Date(owed!.volgendePogingOp!);
    await h.bot.veeg();
    expect(herinneringen(connector).filter((v) => v.status === 200)).toHaveLength(1);
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);
  }, 30_000);
});

describe("Retry-After handled by the bot itself, beyond the Bot Framework SDK's own retries", () => {
  it("when the SDK has given up on a 429 whose Retry-After is an HTTP date past the outbox's own backoff, tries nothing before that moment and delivers once after it", async () => {
    const connector = await nieuweConnector();
    const dataDir = await dataMetTrajecten(1, ["consulent-a"], connector.url);
    // The SDK tries a send four times, honouring Retry-After itself; only the fourth answer reaches the bot's outbox.
    let post = 0;
    let gevraagdTot = 0;
    connector.storing = (methode) => {
      if (methode !== "POST") return undefined;
      post++;
      if (post < 4) return { status: 429, headers: { "Retry-After": "0" } };
      if (post > 4) return undefined;
      const datum = new Date(Date.now() + 40_000).toUTCString();
      gevraagdTot = Date.parse(datum);
      return { status: 429, headers: { "Retry-After": datum } };
    };
    const begin = new Date(WEEK_VOORAF);
    let nu = begin;
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => nu, { connector });

    await h.bot.veeg();
    expect(herinneringen(connector).map((p) => p.status)).toEqual([429, 429, 429, 429]);
    const [owed] = await h.bot.store.uitgaand.openstaand();
    // The outbox's own backoff after a first failure is at most 30 seconds; Teams asked for about 40.
    const wacht = Date.parse(owed!.volgendePogingOp!) - begin.getTime();
    expect(wacht).toBeGreaterThan(35_000);

    nu = new Date(begin.getTime() + 31_000);
    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(4);

    // At that moment on the bot's clock, but before it in real time (Teams' pause is longer than a sender may sit on a
    // claim): the reminder is released until the pause is over, not held under a claim another instance could take over,
    // and not counted as an attempt.
    nu = new Date(owed!.volgendePogingOp!);
    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(4);
    const [uitgesteld] = await h.bot.store.uitgaand.openstaand();
    expect(uitgesteld).toMatchObject({ pogingen: owed!.pogingen });
    expect(uitgesteld!.geclaimdOp).toBeUndefined();
    expect(Date.parse(uitgesteld!.volgendePogingOp!)).toBeGreaterThan(nu.getTime());

    await slaap(Math.max(0, gevraagdTot - Date.now()) + 50);
    nu = new Date(uitgesteld!.volgendePogingOp!);
    await h.bot.veeg();
    const pogingen = herinneringen(connector);
    expect(pogingen.map((p) => p.status)).toEqual([429, 429, 429, 429, 200]);
    // And in real time: nothing reached Teams before the moment it named.
    expect(pogingen[4]!.op).toBeGreaterThanOrEqual(gevraagdTot - 5);
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);
  }, 120_000);
});

describe("downtime", () => {
  it("after two days down, sends every reminder that fell due meanwhile once, and nothing again after the next restart", async () => {
    const connector = await nieuweConnector();
    const dataDir = await dataMetTrajecten(3, ["consulent-a", "consulent-b"], connector.url);
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date("2027-03-28T10:00:00Z"), { connector });
    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(0);
    await h.bot.stop();

    // Down on Sunday 28 March; back on Tuesday 30 March, past Monday's 09:00 reminders.
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date("2027-03-30T10:00:00Z"), { connector });
    await h.bot.veeg();
    await h.bot.veeg();
    const na = herinneringen(connector);
    expect(na.map(nummerIn).sort()).toEqual(["MW-2026-0001", "MW-2026-0002", "MW-2026-0003"]);
    expect(na.map(gesprekVan).sort()).toEqual(["a:persoonlijk-consulent-a", "a:persoonlijk-consulent-a", "a:persoonlijk-consulent-b"]);
    await h.bot.stop();

    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date("2027-03-30T11:00:00Z"), { connector });
    await h.bot.veeg();
    expect(herinneringen(connector)).toHaveLength(3);
  }, 60_000);
});

describe("a crash between sending a reminder and recording it", () => {
  const startProces = (dataDir: string, nu: string) =>
    startBotProces({ DATA_DIR: dataDir, PLANNER_INTERVAL_MS: "1000", STORE_LOCK_WAIT_MS: "15000" }, nu, (p) => kinderen.push(p));

  it("does not send the reminder again after a restart, and tells the operator it was cut off", async () => {
    const connector = await nieuweConnector();
    const dataDir = await dataMetTrajecten(1, ["consulent-a"], connector.url);
    let aangekomen!: () => void;
    const eerste = new Promise<void>((r) => (aangekomen = r));
    connector.houdVast = (methode) => {
      if (methode !== "POST") return undefined;
      aangekomen();
      return new Promise<void>(() => undefined);
    };
    const eersteBot = await startProces(dataDir, WEEK_VOORAF);
    await eerste;
    eersteBot.proces.kill("SIGKILL");
    await new Promise((r) => eersteBot.proces.once("exit", r));
    connector.houdVast = undefined;

    const tweede = await startProces(dataDir, WEEK_VOORAF);
    const wachtOp = async (tekst: string) => {
      for (let i = 0; i < 200 && !tweede.regels.some((r) => r.includes(tekst)); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await wachtOp("Herinnering niet opnieuw verstuurd");
    await new Promise((r) => setTimeout(r, 2500));

    expect(herinneringen(connector)).toHaveLength(1);
    expect(tweede.regels.some((r) => r.includes("Herinnering niet opnieuw verstuurd"))).toBe(true);
    expect(tweede.regels.join("\n")).not.toContain("LL-");
    const bestand = JSON.parse(await readFile(join(dataDir, BESTANDSNAAM), "utf8")) as { uitgaand: Uitgaand[] };
    const herinnering = bestand.uitgaand.find((u) => u.soort === "voortgang")!;
    expect(herinnering.verzondenOp).toBeUndefined();
    expect(herinnering.opgegevenOp).toBeDefined();
    expect(herinnering.laatsteFout).toContain("onderbroken");
    expect(herinnering.afspraak?.datum).toBe(TRAJECT.gesprek1);
  }, 60_000);
});
