import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startConnector, type Connector, type Storingsantwoord } from "../support/connector.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn } from "../support/indienen.js";
import { dataMetTrajecten } from "../support/trajecten.js";

let h: BotOpHttp | undefined;
let c: Connector | undefined;
afterEach(async () => {
  await h?.stop();
  await c?.stop();
  h = c = undefined;
});

/** A seeded random source, so a failing run can be repeated. */
function toeval(zaad: number): () => number {
  let s = zaad >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("a connector that fails 30% of the calls", () => {
  it("still gets every reminder and every decision card delivered exactly once", async () => {
    c = await startConnector();
    const personen = Array.from({ length: 6 }, (_, i) => `consulent-${i}`);
    const dataDir = await dataMetTrajecten(60, personen, c.url);
    let nu = new Date("2027-03-29T10:00:00Z");
    // The test clock runs an hour per round; a long lease keeps slow sends (still being retried inside the client) their claim.
    h = await startBotOpHttp({ DATA_DIR: dataDir, VERZEND_TIJDSLIMIET_MS: "400", CLAIM_LEASE_MS: String(30 * 24 * 3_600_000) }, () => nu, { connector: c, tempo: { perGesprek: 50, perTenant: 200 } });
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    await gebruiker(h, MARK).zeg("hallo");

    const kans = toeval(Number(process.env.STORING_ZAAD ?? 20261122));
    const storingen: Storingsantwoord[] = [
      { status: 429, headers: { "Retry-After": "0" } },
      500,
      502,
      503,
      504,
      412,
      { status: 0, naMs: 0 },
      { status: 0, naMs: 800 },
    ];
    // What goes to the decider and the consulenten of the trajecten fails; Sanne's own replies within her turns go through.
    const getroffen = (pad: string) => !decodeURIComponent(pad).includes(SANNE);
    c.storing = (methode, pad) => (methode === "POST" && getroffen(pad) && kans() < 0.3 ? storingen[Math.floor(kans() * storingen.length)] : undefined);
    for (let i = 0; i < 5; i++) await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");

    let ronde = 0;
    do {
      await h.bot.veeg();
      await new Promise((r) => setTimeout(r, 100));
      nu = new Date(nu.getTime() + 3_600_000);
    } while (++ronde < 150 && (await h.bot.store.uitgaand.openstaand()).length > 0);
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);

    const geslaagd = c.verzonden.filter((v) => v.methode === "POST" && getroffen(v.pad) && v.status === 200);
    const herinneringen = geslaagd.filter((v) => JSON.stringify(v.body).includes("Voortgangsgesprek 1 van aanvraag")).map((v) => /MW-2026-\d{4}/.exec(JSON.stringify(v.body))![0]);
    expect(herinneringen).toHaveLength(60);
    expect(new Set(herinneringen).size).toBe(60);
    const beslissingen = geslaagd.filter((v) => decodeURIComponent(v.pad).includes(MARK) && JSON.stringify(v.body).includes("Jouw besluit"));
    expect(beslissingen).toHaveLength(5);
    expect(c.verzonden.filter((v) => v.status !== 200).length).toBeGreaterThan(10);
    const alle = (await Promise.all((await h.bot.store.aanvragen.lijst()).map((a) => h!.bot.store.uitgaand.vanAanvraag(a.id)))).flat();
    expect(alle.filter((u) => u.opgegevenOp !== undefined)).toEqual([]);
  }, 120_000);
});
