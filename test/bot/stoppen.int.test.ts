import { afterEach, describe, expect, it, vi } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startConnector, type Connector } from "../support/connector.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";

let h: BotOpHttp | undefined;
let connector: Connector | undefined;
afterEach(async () => {
  await h?.stop();
  await connector?.stop();
  h = connector = undefined;
});

const KLIKKEN = 100;
const consulenten = Array.from({ length: KLIKKEN }, (_, i) => `stop-consulent-${String(i).padStart(3, "0")}`);
const puts = (c: Connector) => c.verzonden.filter((v) => v.methode === "PUT");
const beslisKaarten = (b: BotOpHttp) => kaartenAan(b, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
/** A send to Mark's chat: a new message, such as his decision card. */
const naarMark = (methode: string, pad: string) => methode === "POST" && decodeURIComponent(pad).includes(`a:persoonlijk-${MARK}/`);

/** A bot on a fresh connector with Sanne and Mark in it, and `aantal` complete aanvragen of Sanne ready to submit. */
async function sanneEnMark(aantal: number) {
  connector = await startConnector();
  h = await startBotOpHttp({}, undefined, { connector });
  const sanne = gebruiker(h, SANNE, { wachtOpBezorging: false });
  await sanne.zeg("hallo");
  await gebruiker(h, MARK).zeg("hallo");
  const kaarten: KaartJson[] = [];
  for (let i = 0; i < aantal; i++) kaarten.push(await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA"));
  return { b: h, c: connector, sanne, kaarten };
}

/** Teams holds every send to Mark's chat until the returned function lets go. */
function houdMarkVast(c: Connector): () => void {
  let laatLos: () => void = () => undefined;
  const vast = new Promise<void>((klaar) => (laatLos = klaar));
  c.houdVast = (methode, pad) => (naarMark(methode, pad) ? vast : undefined);
  return laatLos;
}

/** Stops the bot while Teams holds a send, checks the stop is still waiting after 300 ms, then lets go; resolves when stopped. */
async function stopTerwijlVast(b: BotOpHttp, laatLos: () => void): Promise<void> {
  let gestopt = false;
  const stop = b.bot.stop().then(() => (gestopt = true));
  await new Promise((r) => setTimeout(r, 300));
  expect(gestopt).toBe(false);
  laatLos();
  await stop;
  h = undefined;
}

/** Sanne submits `kaart` while Teams refuses the decision card to Mark once (403): it stays owed, with a backoff of at least 15 seconds. */
async function dienInMetWeigering(x: Awaited<ReturnType<typeof sanneEnMark>>, kaart: KaartJson): Promise<void> {
  x.c.storing = (methode, pad) => (naarMark(methode, pad) ? 403 : undefined);
  await x.sanne.klik(kaart, "Indienen");
  await x.b.bot.rust();
  x.c.storing = undefined;
}

describe("stopping the bot", () => {
  it("drops the card updates still waiting for their turn, tells the operator how many, and stops within a second or so", async () => {
    const omgeving = await varianten({ swv: (swv) => (swv.personen as unknown[]).push(...consulenten.map((id, i) => ({ id, naam: `Consulent ${i + 1}`, rollen: [{ rol: "consulent", scholen: ["01AA"] }] }))) });
    connector = await startConnector();
    h = await startBotOpHttp(omgeving, undefined, { connector });
    const b = h;
    const keuze = (await gebruiker(b, consulenten[0]!).zeg("nieuwe aanvraag")).kaarten.at(-1)!;

    // A burst: a hundred consulenten in their own chats in one tenant each press Beginnen; every answer is a card that also goes into their message.
    const antwoorden = await Promise.all(consulenten.map((id) => gebruiker(b, id, { wachtOpBezorging: false }).klik(keuze, "Beginnen", { regelingId: "almere-maatwerk", brin: "01AA" })));
    expect(antwoorden.every((k) => tekstVan(k).includes("Stap 1 van"))).toBe(true);

    const voor = performance.now();
    await b.bot.stop();
    const duur = performance.now() - voor;
    h = undefined;

    // At 15 a second the hundred updates take almost seven seconds; the stop does not wait for those that had not started.
    expect(duur).toBeLessThan(3_000);
    const aangekomen = puts(b.connector).length;
    expect(aangekomen).toBeLessThan(KLIKKEN);
    const regel = b.logregels.map((r) => JSON.parse(r) as Record<string, unknown>).find((r) => r.bericht === "Kaartupdates bij het stoppen overgeslagen; wie klikte had de kaart al als antwoord");
    expect(regel).toMatchObject({ niveau: "info", overgeslagen: KLIKKEN - aangekomen, onbeantwoord: 0 });
    // Nothing of a card or a pupil in that line: counts only.
    expect(Object.keys(regel!).sort()).toEqual(["bericht", "niveau", "onbeantwoord", "overgeslagen"]);
    // And nothing goes out once stopped.
    await new Promise((r) => setTimeout(r, 300));
    expect(puts(b.connector)).toHaveLength(aangekomen);
  });

  it("keeps the outbox: waits for a decision card on its way, and delivers one still owed after a restart on the same data dir", async () => {
    const x = await sanneEnMark(2);
    const { c, sanne } = x;
    let b = x.b;
    const [eerste, tweede] = x.kaarten as [KaartJson, KaartJson];

    // The first decision card: Teams refuses it once, so it stays owed.
    await dienInMetWeigering(x, eerste);
    expect(beslisKaarten(b)).toHaveLength(0);

    // The second: Teams holds the send; the stop waits for it.
    const laatLos = houdMarkVast(c);
    await sanne.klik(tweede, "Indienen");
    await vi.waitFor(() => expect(beslisKaarten(b)).toHaveLength(1), { timeout: 5_000, interval: 20 });
    await stopTerwijlVast(b, laatLos);
    c.houdVast = undefined;

    // An hour later, on the same data: the owed card goes out on the next sweep, the one that arrived does not go again.
    const dataDir = b.dataDir;
    h = await startBotOpHttp({ DATA_DIR: dataDir }, () => new Date(Date.now() + 3_600_000), { connector: c });
    b = h;
    await b.bot.veeg();
    const nummer = (tekst: string) => /MW-\d{4}-\d{4}/.exec(tekst)?.[0];
    expect(beslisKaarten(b).map((k) => nummer(tekstVan(k))).sort()).toEqual([nummer(tekstVan(eerste)), nummer(tekstVan(tweede))].sort());
    const owed = await b.bot.store.uitgaand.openstaand();
    expect(owed.filter((u) => u.persoonId === MARK)).toEqual([]);
  });

  it("waits for a planner sweep under way before it closes the store", async () => {
    const x = await sanneEnMark(1);
    const { b, c } = x;

    // The decision card stays owed after Teams refused it once; a sweep an hour later sends it, and Teams holds that send.
    await dienInMetWeigering(x, x.kaarten[0]!);
    const laatLos = houdMarkVast(c);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_000 });
    let veeg: Promise<void>;
    try {
      veeg = b.bot.veeg();
      await vi.waitFor(() => expect(beslisKaarten(b)).toHaveLength(1), { timeout: 5_000, interval: 20 });
    } finally {
      vi.useRealTimers();
    }

    // The stop waits for the sweep (and so for that send), and only then closes the store: nothing fails on a closed store.
    await stopTerwijlVast(b, laatLos);
    await veeg;
    const fouten = b.logregels.map((r) => JSON.parse(r) as { niveau: string; bericht: string }).filter((r) => r.niveau === "error");
    expect(fouten).toEqual([]);
  });
});
