import { demoAfleiding } from "../support/demo.js";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bewerk } from "../../src/domain/lifecycle.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { leegBestand } from "../../src/storage/lowdb/schema.js";
import { BESTANDSNAAM, openLowdbStore } from "../../src/storage/lowdb/store.js";
import { startBotOpHttp } from "../support/bot.js";
import { fouttekstVan } from "../support/fouttekst.js";
import type { Store } from "../../src/storage/ports.js";
import { nieuweConcept } from "./fixtures/aanvraag.js";
import { weigering } from "../support/weigering.js";

const now = new Date("2026-11-02T09:00:00Z");
const LEERLING = "LL-4711 K.P. 2014";
let dir: string;
let open: Store[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "maatwerkbot-sleutel-"));
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((s) => s.sluit()));
});

async function metSleutel(sleutel?: Buffer, extra: { versleutelen?: boolean } = {}): Promise<Store> {
  const s = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, log: () => undefined, ...extra, ...(sleutel ? { sleutel } : {}) });
  open.push(s);
  return s;
}

async function bewaarLeerling(store: Store): Promise<string> {
  const a = await store.aanvragen.maak(nieuweConcept(now));
  await store.aanvragen.bewaar(bewerk(a, { antwoorden: { onderwijsbehoeften: LEERLING } }, { door: a.consulentId }, now), a.versie);
  return a.id;
}


describe("pupil data encrypted at rest in the embedded store", () => {
  it("writes no pupil data in readable form, and reads it back with the same key", async () => {
    const sleutel = randomBytes(32);
    const store = await metSleutel(sleutel);
    const id = await bewaarLeerling(store);
    await store.sluit();
    const inhoud = await readFile(join(dir, BESTANDSNAAM), "utf8");
    expect(inhoud).not.toContain("LL-4711");
    expect(inhoud).not.toContain("almere-maatwerk");
    expect((await (await metSleutel(sleutel)).aanvragen.haal(id))?.antwoorden["onderwijsbehoeften"]).toBe(LEERLING);
  });

  it("refuses to open without the key or with another one, and leaves the file as it was", async () => {
    const store = await metSleutel(randomBytes(32));
    await bewaarLeerling(store);
    await store.sluit();
    const voor = await readFile(join(dir, BESTANDSNAAM), "utf8");
    expect((await weigering(metSleutel())).code).toBe("OPSLAG_VERSLEUTELD");
    expect((await weigering(metSleutel(randomBytes(32)))).code).toBe("OPSLAG_SLEUTEL_ONJUIST");
    expect(await readFile(join(dir, BESTANDSNAAM), "utf8")).toBe(voor);
  });

  it("refuses a plain file put where the encrypted one was, and leaves both it and its previous generation untouched", async () => {
    const sleutel = randomBytes(32);
    const echt = await metSleutel(sleutel);
    await bewaarLeerling(echt);
    await bewaarLeerling(echt);
    await echt.sluit();
    const plat = JSON.stringify(leegBestand());
    await writeFile(join(dir, BESTANDSNAAM), plat);
    const vorige = await readFile(join(dir, `${BESTANDSNAAM}.vorige`), "utf8");
    const fout = await weigering(metSleutel(sleutel));
    expect(fout.code).toBe("OPSLAG_ONVERSLEUTELD_BESTAND");
    expect(fout.message).toContain("niet versleuteld");
    expect(await readFile(join(dir, BESTANDSNAAM), "utf8")).toBe(plat);
    expect(await readFile(join(dir, `${BESTANDSNAAM}.vorige`), "utf8")).toBe(vorige);
  });

  it("encrypts the operator's own plain file only when confirmed (OPSLAG_VERSLEUTELEN=ja), previous generation included", async () => {
    const plat = await metSleutel();
    const id = await bewaarLeerling(plat);
    await plat.sluit();
    const sleutel = randomBytes(32);
    const versleuteld = await metSleutel(sleutel, { versleutelen: true });
    for (const naam of [BESTANDSNAAM, `${BESTANDSNAAM}.vorige`]) expect(await readFile(join(dir, naam), "utf8")).not.toContain("LL-4711");
    expect((await versleuteld.aanvragen.haal(id))?.antwoorden["onderwijsbehoeften"]).toBe(LEERLING);
  });

  it("in production (BOT_ID) on the embedded store, refuses to start without a key unless OPSLAG_ONVERSLEUTELD=ja, which the start log states", async () => {
    const productie = { BOT_ID: "00000000-0000-4000-8000-000000000001", BOT_PASSWORD: "geheim" };
    expect(fouttekstVan(() => leesOmgeving(productie))).toMatch(/OPSLAG_SLEUTEL: is verplicht met BOT_ID en de ingebouwde opslag/);
    expect(leesOmgeving({ ...productie, OPSLAG_SLEUTEL: randomBytes(32).toString("base64") }).BOT_ID).toBe(productie.BOT_ID);
    expect(leesOmgeving({ ...productie, STORE: "postgres", DATABASE_URL: "postgres://x@127.0.0.1/y" }).BOT_ID).toBe(productie.BOT_ID);
    const h = await startBotOpHttp({ ...productie, OPSLAG_ONVERSLEUTELD: "ja", DATA_DIR: dir });
    try {
      expect(h.logregels.find((r) => r.includes('"niveau":"warn"') && r.includes("ONVERSLEUTELD op schijf"))).toBeDefined();
    } finally {
      await h.stop();
    }
  });

  it("takes the key from OPSLAG_SLEUTEL as base64 or hex, and refuses one of the wrong length with a Dutch message", () => {
    const sleutel = randomBytes(32);
    expect(leesOmgeving({ OPSLAG_SLEUTEL: sleutel.toString("base64") }).OPSLAG_SLEUTEL).toEqual(sleutel);
    expect(leesOmgeving({ OPSLAG_SLEUTEL: sleutel.toString("hex") }).OPSLAG_SLEUTEL).toEqual(sleutel);
    expect(fouttekstVan(() => leesOmgeving({ OPSLAG_SLEUTEL: "te-kort" }))).toMatch(/OPSLAG_SLEUTEL: moet 32 bytes zijn/);
  });
});

describe("rollback of the encrypted file", () => {
  it("an older encrypted copy put back is refused at start with a Dutch message naming the file, and left untouched", async () => {
    const sleutel = randomBytes(32);
    const store = await metSleutel(sleutel);
    await bewaarLeerling(store);
    const oud = await readFile(join(dir, BESTANDSNAAM));
    await bewaarLeerling(store);
    await bewaarLeerling(store);
    await store.sluit();
    open = open.filter((s) => s !== store);
    await writeFile(join(dir, BESTANDSNAAM), oud);
    const fout = await weigering(metSleutel(sleutel));
    expect(fout.code).toBe("OPSLAG_TERUGGEZET");
    expect(fout.message).toContain(join(dir, BESTANDSNAAM));
    expect(fout.message).toContain("oudere versie");
    expect(await readFile(join(dir, BESTANDSNAAM))).toEqual(oud);
  });

  it("the current file opens after restarts; a counter not made with the key is refused; a changed generation in the file breaks its authentication", async () => {
    const sleutel = randomBytes(32);
    const eerste = await metSleutel(sleutel);
    const id = await bewaarLeerling(eerste);
    await eerste.sluit();
    open = [];
    const tweede = await metSleutel(sleutel);
    expect(await tweede.aanvragen.haal(id)).toBeDefined();
    await tweede.sluit();
    open = [];
    const teller = join(dir, `${BESTANDSNAAM}.generatie`);
    const echteTeller = await readFile(teller, "utf8");
    await writeFile(teller, JSON.stringify({ generatie: 1, mac: "AAAA" }));
    expect((await weigering(metSleutel(sleutel))).code).toBe("OPSLAG_TELLER_ONGELDIG");
    await writeFile(teller, echteTeller);
    const envelop = JSON.parse(await readFile(join(dir, BESTANDSNAAM), "utf8")) as { generatie: number };
    await writeFile(join(dir, BESTANDSNAAM), JSON.stringify({ ...envelop, generatie: envelop.generatie + 100 }));
    // The tampered file no longer authenticates: unreadable, and the good previous generation is offered to the operator.
    expect((await weigering(metSleutel(sleutel))).code).toBe("OPSLAG_VORIGE_BESCHIKBAAR");
  });
});
