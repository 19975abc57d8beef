import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { browser, openAlsIngelogd } from "../support/browser.js";
import { LINDA, SANNE, VREEMDE } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { startIdentiteitsprovider, type Identiteitsprovider } from "../support/identiteitsprovider.js";
import { tekstVan } from "../support/kaart.js";
import { nieuweDatabase } from "../support/postgres.js";
import { startProxy } from "../support/proxy.js";
import { startBotInProces } from "../support/testAdapter.js";

/** A second staff member, only in this test's SWV. */
const JOOST = "12121212-1212-4121-8121-121212121212";
const KOP = "niveau;id;naam;aanvragen;gevraagd_eur;toegekend_eur;regelingen;vso_expertise;effect_ja;effect_deels;effect_nee;doorlooptijd_besluit_dagen";
const TERUG = "/rapportage/aangemeld";

let idp: Identiteitsprovider;
let h: BotOpHttp;
let nu = new Date("2026-11-23T09:00:00Z");

/** Given Linda asks for the report in chat and presses Download als CSV: the link on the card. */
async function lindasLink(bot: BotOpHttp = h): Promise<string> {
  const linda = gebruiker(bot, LINDA);
  const kaart = (await linda.zeg("rapportage 2026-2027")).kaarten.at(-1)!;
  const { kaart: rapport, berichten } = await linda.klikMetBerichten(kaart, "Download als CSV");
  expect(tekstVan(rapport)).toBe(tekstVan(kaart));
  const link = berichten.at(-1)!;
  expect(tekstVan(link)).toContain("Deze link werkt alleen voor jou: je meldt je aan met je Microsoft-account");
  return JSON.stringify(link).match(/"url":"([^"]+)"/)![1]!;
}
const refusals = async () => (await h.bot.store.audit.lijst()).filter((r) => r.actie === "rapportage-download");

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-aanmelden-"));
  const swv = JSON.parse(await readFile("config/swv/demo.json", "utf8")) as { personen: unknown[] };
  swv.personen.push({ id: JOOST, naam: "Joost de Wit", email: "joost.dewit@example.org", rollen: [{ rol: "staf" }] });
  await writeFile(join(dir, "swv.json"), JSON.stringify(swv));
  await copyFile("config/swv/demo-logo.png", join(dir, "demo-logo.png"));
  idp = await startIdentiteitsprovider();
  h = await startBotOpHttp({ SWV_CONFIG: join(dir, "swv.json"), AANMELDEN_ISSUER: idp.issuer, AANMELDEN_CLIENT_ID: idp.clientId, AANMELDEN_CLIENT_SECRET: idp.clientSecret }, () => nu);
  idp.registreer(`http://localhost:${h.bot.poort}${TERUG}`);
  for (const id of [LINDA, JOOST]) await gebruiker(h, id).zeg("hallo");
});
afterAll(async () => {
  await h?.stop();
  await idp?.stop();
});

describe("the report's download link is bound to its person by sign-in (OpenID Connect)", () => {
  it("the staff member it was made for signs in and gets the CSV, once; the download is audited", async () => {
    const link = await lindasLink();
    const b = browser();
    const { antwoord, hops } = await openAlsIngelogd(b, link, LINDA);
    expect(hops[0]).toEqual({ url: link, status: 302 });
    expect(hops.some((hop) => hop.url.startsWith(idp.issuer))).toBe(true);
    expect(antwoord!.status).toBe(200);
    expect(antwoord!.headers.get("content-disposition")).toContain('filename="rapportage-2026-2027.csv"');
    expect((await antwoord!.text()).replace(/^\uFEFF/, "").split("\n")[0]).toBe(KOP);
    expect((await refusals()).filter((r) => r.actor === LINDA && r.uitkomst === "toegestaan")).toHaveLength(1);

    // Once: opening it again (still signed in at the provider) is refused.
    const nogEens = await openAlsIngelogd(b, link, LINDA);
    expect(nogEens.antwoord!.status).toBe(410);
    expect(await nogEens.antwoord!.text()).toContain("Deze link is verlopen, al gebruikt of bestaat niet.");
    expect(h.logregels.join("\n")).not.toContain(link.split("/").at(-1));
  });

  it("another staff member, or someone outside the SWV, who signs in with the link is refused in Dutch and audited; the link stays its owner's", async () => {
    const link = await lindasLink();
    for (const wie of [JOOST, VREEMDE]) {
      const { antwoord } = await openAlsIngelogd(browser(), link, wie);
      expect(antwoord!.status, wie).toBe(403);
      expect(antwoord!.headers.get("content-type")).toContain("text/html");
      const pagina = await antwoord!.text();
      expect(pagina).toContain("Deze link is niet voor jou");
      expect(pagina).not.toMatch(/Linda|niveau;id/);
      expect((await refusals()).filter((r) => r.actor === wie && r.uitkomst === "geweigerd"), wie).toEqual([
        expect.objectContaining({ actor: wie, uitkomst: "geweigerd", reden: "link van een ander; 2026-2027" }),
      ]);
    }
    const vanLinda = await openAlsIngelogd(browser(), link, LINDA);
    expect(vanLinda.antwoord!.status).toBe(200);
  });

  it("a tampered or foreign state, a callback without its browser's cookie, and a replayed callback are refused in Dutch; the link survives them", async () => {
    const link = await lindasLink();
    const b = browser();
    const { url: terug } = await openAlsIngelogd(b, link, LINDA, { stopVoor: `http://localhost:${h.bot.poort}${TERUG}` });
    expect(terug).toContain(`${TERUG}?`);

    const vervalst = new URL(terug);
    vervalst.searchParams.set("state", "x".repeat(43));
    const bewaard = new Map(b.cookies.get(new URL(link).origin));
    const metVervalsteState = await b.open(vervalst.href);
    expect(metVervalsteState.antwoord!.status).toBe(400);
    expect(await metVervalsteState.antwoord!.text()).toContain("Het aanmelden is niet gelukt of verlopen.");

    // Joost's own sign-in, finished in Linda's browser: his state is not hers.
    const vanJoost = await openAlsIngelogd(browser(), link, JOOST, { stopVoor: `http://localhost:${h.bot.poort}${TERUG}` });
    b.cookies.set(new URL(link).origin, new Map(bewaard));
    expect((await b.open(vanJoost.url)).antwoord!.status).toBe(400);

    // The callback opened elsewhere (no cookie of this sign-in).
    expect((await browser().open(terug)).antwoord!.status).toBe(400);

    // The genuine callback once, then replayed with the same cookie.
    b.cookies.set(new URL(link).origin, new Map(bewaard));
    const echt = await b.open(terug);
    expect(echt.antwoord!.status).toBe(200);
    b.cookies.set(new URL(link).origin, new Map(bewaard));
    const herhaald = await b.open(terug);
    expect(herhaald.antwoord!.status).toBe(400);
    expect(await herhaald.antwoord!.text()).not.toContain("niveau;id");
    expect((await refusals()).filter((r) => r.actor === LINDA && r.uitkomst === "toegestaan")).toHaveLength(3);
  });

  it("an expired or unknown link is refused with a 410 before anyone is asked to sign in", async () => {
    const link = await lindasLink();
    nu = new Date(nu.getTime() + 10 * 60_000 + 1);
    const verlopen = await browser().open(link);
    expect(verlopen.hops).toEqual([{ url: link, status: 410 }]);
    expect(await verlopen.antwoord!.text()).toContain("Deze link is verlopen, al gebruikt of bestaat niet.");
    expect((await browser().open(link.replace(/[A-Za-z0-9_-]{43}$/, "y".repeat(43)))).hops).toEqual([{ url: link.replace(/[A-Za-z0-9_-]{43}$/, "y".repeat(43)), status: 410 }]);
  });
});

describe("several instances behind one address", () => {
  it("a sign-in started on one instance is finished on the other (PostgreSQL, round-robin proxy)", async () => {
    const db = await nieuweDatabase();
    const idp2 = await startIdentiteitsprovider();
    // The proxy's targets are filled in once the instances listen; PUBLIEKE_URL must name the proxy before they start.
    const doelen = [0, 0];
    const proxy = await startProxy(doelen);
    const publiek = `http://127.0.0.1:${proxy.poort}`;
    const omgeving = { STORE: "postgres", DATABASE_URL: db.url, PUBLIEKE_URL: publiek, AANMELDEN_ISSUER: idp2.issuer, AANMELDEN_CLIENT_ID: idp2.clientId, AANMELDEN_CLIENT_SECRET: idp2.clientSecret };
    const [a, b] = await Promise.all([startBotOpHttp(omgeving, () => nu), startBotOpHttp(omgeving, () => nu)]);
    try {
      doelen[0] = a.bot.poort;
      doelen[1] = b.bot.poort;
      idp2.registreer(`${publiek}${TERUG}`);
      await gebruiker(a, LINDA).zeg("hallo");
      const link = await lindasLink(a);
      expect(link.startsWith(`${publiek}/rapportage/`)).toBe(true);
      const { antwoord } = await openAlsIngelogd(browser(), link, LINDA);
      expect(antwoord!.status).toBe(200);
      expect(proxy.verdeling).toEqual([1, 1]);
      expect((await b.bot.store.audit.lijst({ actor: LINDA })).some((r) => r.actie === "rapportage-download" && r.uitkomst === "toegestaan")).toBe(true);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await Promise.all([proxy.stop(), idp2.stop()]);
      await db.weg();
    }
  });
});

describe("the identity provider out of reach", () => {
  it("the link answers in Dutch that signing in cannot be done now, and stays usable", async () => {
    const weg = await startIdentiteitsprovider();
    await weg.stop();
    const bot = await startBotOpHttp({ AANMELDEN_ISSUER: weg.issuer, AANMELDEN_CLIENT_ID: weg.clientId, AANMELDEN_CLIENT_SECRET: weg.clientSecret }, () => nu);
    try {
      await gebruiker(bot, LINDA).zeg("hallo");
      const link = await lindasLink(bot);
      const { antwoord } = await browser().open(link);
      expect(antwoord!.status).toBe(503);
      const pagina = await antwoord!.text();
      expect(pagina).toContain("Aanmelden kan nu niet: de aanmeldservice is niet bereikbaar.");
      expect(pagina).not.toMatch(/ECONNREFUSED|at \S+ \(/);
      expect(await bot.bot.store.downloads.haal(link.split("/").at(-1)!, nu.toISOString())).toBeDefined();
    } finally {
      await bot.stop();
    }
  });
});

describe("real Teams (BOT_ID) without what sign-in needs", () => {
  it("Download als CSV answers that the download is not set up, and issues no link", async () => {
    const bot = await startBotInProces(undefined, { BOT_ID: "00000000-0000-4000-8000-000000000001", BOT_PASSWORD: "een-lang-genoeg-geheim", OPSLAG_ONVERSLEUTELD: "ja" });
    try {
      const linda = bot.gebruiker(LINDA);
      const kaart = (await linda.zeg("rapportage 2026-2027")).kaarten.at(-1)!;
      const { kaart: rapport, berichten } = await linda.klikMetBerichten(kaart, "Download als CSV");
      expect(tekstVan(rapport)).toBe(tekstVan(kaart));
      const antwoord = berichten.at(-1)!;
      expect(tekstVan(antwoord)).toContain("Downloaden is niet ingericht");
      expect(JSON.stringify(antwoord)).not.toContain("/rapportage/");
      expect(tekstVan(await bot.gebruiker(SANNE).klik(kaart, "Download als CSV"))).toContain("Alleen de staf");
    } finally {
      await bot.stop();
    }
  });
});
