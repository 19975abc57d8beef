import { afterEach, describe, expect, it } from "vitest";
import { openPostgresStore } from "../../src/storage/postgres/store.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startBotProces } from "../support/botProces.js";
import { startConnector, type Connector, type Verzonden } from "../support/connector.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { MARK, SANNE, regeling, demoAfleiding } from "../support/demo.js";
import { pgMetTrajecten } from "../support/pgTrajecten.js";
import { nieuweDatabase } from "../support/postgres.js";
import { startProxy, type Proxy } from "../support/proxy.js";
import { varianten } from "../support/varianten.js";
import { nieuweConcept } from "../storage/fixtures/aanvraag.js";

const WEEK_VOORAF = "2027-03-29T10:00:00Z";
const herinneringen = (c: Connector): Verzonden[] => c.verzonden.filter((v) => v.methode === "POST" && JSON.stringify(v.body).includes("Voortgangsgesprek 1 van aanvraag"));
const nummerIn = (v: Verzonden) => /MW-2026-\d{4}/.exec(JSON.stringify(v.body))?.[0];

let opruimen: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const f of opruimen.reverse()) await f();
  opruimen = [];
});

async function database() {
  const db = await nieuweDatabase();
  opruimen.push(db.weg);
  return db.url;
}

async function connector() {
  const c = await startConnector();
  opruimen.push(() => c.stop());
  return c;
}

/** Two bot instances on one database behind a round-robin proxy; `voorDeProxy` is what a Teams client talks to. */
async function tweeBots(url: string, c: Connector, klok: () => Date, extra: Record<string, string> = {}): Promise<{ a: BotOpHttp; b: BotOpHttp; proxy: Proxy; voorDeProxy: BotOpHttp }> {
  const omgeving = { ...extra, STORE: "postgres", DATABASE_URL: url };
  const [a, b] = await Promise.all([startBotOpHttp(omgeving, klok, { connector: c }), startBotOpHttp(omgeving, klok, { connector: c })]);
  const proxy = await startProxy([a.bot.poort, b.bot.poort]);
  opruimen.push(() => a.stop(), () => b.stop(), () => proxy.stop());
  return { a, b, proxy, voorDeProxy: { ...a, bot: { ...a.bot, poort: proxy.poort, rust: async () => void (await Promise.all([a.bot.rust(), b.bot.rust()])) } } };
}

describe("two bot instances on one PostgreSQL database", () => {
  it("apply the migrations once when they start at the same moment", async () => {
    const url = await database();
    const stores = await Promise.all([openPostgresStore({ url, afleiding: demoAfleiding }), openPostgresStore({ url, afleiding: demoAfleiding }), openPostgresStore({ url, afleiding: demoAfleiding })]);
    opruimen.push(() => Promise.all(stores.map((s) => s.sluit())));
    expect(await stores[0]!.aanvragen.lijst()).toEqual([]);
  });

  it("number aanvragen without gaps or doubles when both create at once", async () => {
    const url = await database();
    const [een, twee] = await Promise.all([openPostgresStore({ url, afleiding: demoAfleiding }), openPostgresStore({ url, afleiding: demoAfleiding })]);
    opruimen.push(() => een!.sluit(), () => twee!.sluit());
    const now = new Date("2026-11-02T09:00:00Z");
    const gemaakt = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? een! : twee!).aanvragen.maak(nieuweConcept(now))));
    const nummers = gemaakt.map((x) => x.nummer).sort();
    expect(new Set(nummers).size).toBe(60);
    expect([nummers[0], nummers[59]]).toEqual(["MW-2026-0001", "MW-2026-0060"]);
  });

  it("decide each aanvraag once when the decider's two clicks land on different instances", async () => {
    const url = await database();
    const c = await connector();
    const { a, b, proxy, voorDeProxy } = await tweeBots(url, c, () => new Date("2026-11-02T09:00:00Z"));
    const sanne = gebruiker(voorDeProxy, SANNE);
    const mark = gebruiker(voorDeProxy, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    for (let i = 0; i < 6; i++) await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    const kaarten = kaartenAan(voorDeProxy, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
    expect(kaarten).toHaveLength(6);
    await Promise.all(kaarten.flatMap((k) => [mark.klik(k, "Toekennen"), mark.klik(k, "Toekennen")]));

    const alle = await a.bot.store.aanvragen.lijst();
    expect(alle.map((x) => x.status.fase)).toEqual(Array(6).fill("toegekend"));
    expect(new Set(alle.map((x) => x.nummer)).size).toBe(6);
    const beschikkingen = kaartenAan(voorDeProxy, SANNE).filter((k) => tekstVan(k).includes("is toegekend"));
    expect(beschikkingen).toHaveLength(6);
    expect((await b.bot.store.audit.lijst()).filter((r) => r.actie === "toekennen" && r.uitkomst === "toegestaan")).toHaveLength(6);
    expect(Math.min(...proxy.verdeling)).toBeGreaterThan(0);
  });

  it("keep a blocking yearly budget when two grants that each fit, but not together, are pressed on the two instances at once", async () => {
    const url = await database();
    const c = await connector();
    const profiel = await varianten({ profiel: ["almere", (p) => ((p.regelingen[0]!.limieten as Record<string, unknown>).jaarbudget = { pot: "almere", bedrag: 500000, bijOverschrijding: "blokkeren" })] });
    const { a, b, voorDeProxy } = await tweeBots(url, c, () => new Date("2026-11-02T09:00:00Z"), profiel);
    const sanne = gebruiker(voorDeProxy, SANNE);
    await sanne.zeg("hallo");
    await gebruiker(voorDeProxy, MARK).zeg("hallo");
    // Four rounds on a budget of EUR 5,000: each pair fits what is left alone, not together.
    const rondes = [
      { bedrag: "3000", over: "€ 2.000,00" },
      { bedrag: "1500", over: "€ 500,00" },
      { bedrag: "300", over: "€ 200,00" },
      { bedrag: "150", over: "€ 50,00" },
    ];
    for (let i = 0; i < 2 * rondes.length; i++) await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    const kaarten = kaartenAan(voorDeProxy, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
    expect(kaarten).toHaveLength(2 * rondes.length);

    for (const [i, ronde] of rondes.entries()) {
      const antwoorden = await Promise.all([gebruiker(a, MARK).klik(kaarten[2 * i]!, "Toekennen", { bedrag: ronde.bedrag }), gebruiker(b, MARK).klik(kaarten[2 * i + 1]!, "Toekennen", { bedrag: ronde.bedrag })]);
      expect(antwoorden.filter((k) => tekstVan(k).includes("Toegekend op"))).toHaveLength(1);
      const geweigerd = antwoorden.filter((k) => tekstVan(k).includes(`past niet meer in het jaarbudget van de regeling (nog beschikbaar: ${ronde.over})`));
      expect(geweigerd).toHaveLength(1);
      expect(tekstVan(geweigerd[0]!)).toContain("Jouw besluit");
    }
    const toegekend = await b.bot.store.aanvragen.lijst({ fasen: ["toegekend"] });
    expect(toegekend.map((x) => x.status.fase === "toegekend" && x.status.beschikking.bedrag).sort((x, y) => Number(y) - Number(x))).toEqual([300000, 150000, 30000, 15000]);
    expect(await a.bot.store.aanvragen.lijst({ fasen: ["ingediend"] })).toHaveLength(rondes.length);
  }, 60_000);

  it("send each due reminder once when both sweep at the same moment", async () => {
    const url = await database();
    const c = await connector();
    const personen = Array.from({ length: 10 }, (_, i) => `consulent-${i}`);
    await pgMetTrajecten(url, 120, personen, c.url);
    const { a, b } = await tweeBots(url, c, () => new Date(WEEK_VOORAF));
    await Promise.all([a.bot.veeg(), b.bot.veeg(), a.bot.veeg(), b.bot.veeg()]);
    const verzonden = herinneringen(c);
    expect(verzonden).toHaveLength(120);
    expect(new Set(verzonden.map(nummerIn)).size).toBe(120);
    expect(await a.bot.store.uitgaand.openstaand()).toEqual([]);
  }, 60_000);
});

describe("killing one instance during a reminder sweep", () => {
  const startProces = (url: string, lease: number) =>
    startBotProces({ STORE: "postgres", DATABASE_URL: url, PLANNER_INTERVAL_MS: "1000", CLAIM_LEASE_MS: String(lease), VERZEND_PER_SECONDE: "20" }, WEEK_VOORAF, (p) => opruimen.push(() => p.kill("SIGKILL")));

  it("loses no reminder and sends none twice: what was on its way at the kill arrived once and is given up with a warning, the survivor sends the rest", async () => {
    const url = await database();
    const c = await connector();
    const personen = Array.from({ length: 20 }, (_, i) => `consulent-${i}`);
    await pgMetTrajecten(url, 100, personen, c.url);
    // Teams holds the answers to the first instance's sends, so it is killed with a known set on their way:
    // its first claimed batch (VERZEND_PER_SECONDE messages), each marked started before it was handed over.
    const batch = 20;
    let vastgehouden = 0;
    c.houdVast = (methode) => (methode === "POST" && vastgehouden++ < batch ? new Promise<void>(() => undefined) : undefined);
    const een = await startProces(url, 3000);
    for (let i = 0; i < 400 && herinneringen(c).length < batch; i++) await new Promise((r) => setTimeout(r, 25));
    const twee = await startProces(url, 3000);
    een.proces.kill("SIGKILL");
    await new Promise((r) => een.proces.once("exit", r));
    const onderweg = new Set(herinneringen(c).map(nummerIn));
    expect(onderweg.size).toBe(batch);

    const store = await openPostgresStore({ url, afleiding: demoAfleiding });
    opruimen.push(() => store.sluit());
    for (let i = 0; i < 600 && (await store.uitgaand.openstaand()).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await store.uitgaand.openstaand()).toEqual([]);

    // Every reminder reached the stand-in for Teams exactly once: never twice, none lost.
    const verzonden = herinneringen(c).map(nummerIn);
    expect(verzonden).toHaveLength(100);
    expect(new Set(verzonden).size).toBe(100);
    const aanvragen = await store.aanvragen.lijst();
    const berichten = (await Promise.all(aanvragen.map(async (a) => (await store.uitgaand.vanAanvraag(a.id)).map((u) => ({ ...u, nummer: a.nummer }))))).flat();
    expect(berichten).toHaveLength(100);
    // Exactly those on their way at the kill are given up (they may have arrived), each with a warning to the operator; the rest is recorded as sent.
    const opgegeven = berichten.filter((u) => u.opgegevenOp !== undefined);
    expect(new Set(opgegeven.map((u) => u.nummer))).toEqual(onderweg);
    expect(opgegeven.every((u) => u.verzondenOp === undefined && u.laatsteFout?.includes("onderbroken"))).toBe(true);
    expect(berichten.filter((u) => !onderweg.has(u.nummer)).every((u) => u.verzondenOp !== undefined && u.opgegevenOp === undefined)).toBe(true);
    const gewaarschuwd = twee.regels.filter((r) => r.startsWith("{")).map((r) => JSON.parse(r) as { bericht?: string; uitgaandId?: string }).filter((r) => r.bericht?.startsWith("Herinnering niet opnieuw verstuurd"));
    expect(new Set(gewaarschuwd.map((r) => r.uitgaandId))).toEqual(new Set(opgegeven.map((u) => u.id)));
    expect(twee.regels.join("\n")).not.toContain("LL-");
  }, 90_000);
});
