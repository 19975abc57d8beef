import { demoAfleiding } from "../support/demo.js";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bewerk } from "../../src/domain/lifecycle.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { BESTANDSNAAM, openLowdbStore } from "../../src/storage/lowdb/store.js";
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

async function metSleutel(sleutel?: Buffer): Promise<Store> {
  const s = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, ...(sleutel ? { sleutel } : {}) });
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

  it("encrypts a plain file as soon as a key is given, keeping its data", async () => {
    const plat = await metSleutel();
    const id = await bewaarLeerling(plat);
    await plat.sluit();
    expect(await readFile(join(dir, BESTANDSNAAM), "utf8")).toContain("LL-4711");
    const sleutel = randomBytes(32);
    const versleuteld = await metSleutel(sleutel);
    expect(await readFile(join(dir, BESTANDSNAAM), "utf8")).not.toContain("LL-4711");
    expect((await versleuteld.aanvragen.haal(id))?.antwoorden["onderwijsbehoeften"]).toBe(LEERLING);
  });

  it("takes the key from OPSLAG_SLEUTEL as base64 or hex, and refuses one of the wrong length with a Dutch message", () => {
    const sleutel = randomBytes(32);
    expect(leesOmgeving({ OPSLAG_SLEUTEL: sleutel.toString("base64") }).OPSLAG_SLEUTEL).toEqual(sleutel);
    expect(leesOmgeving({ OPSLAG_SLEUTEL: sleutel.toString("hex") }).OPSLAG_SLEUTEL).toEqual(sleutel);
    expect(() => leesOmgeving({ OPSLAG_SLEUTEL: "te-kort" })).toThrow(/OPSLAG_SLEUTEL: moet 32 bytes zijn/);
  });
});
