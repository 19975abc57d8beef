import { demoAfleiding } from "../support/demo.js";
import { mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BESTANDSNAAM, openLowdbStore } from "../../src/storage/lowdb/store.js";
import type { Store } from "../../src/storage/ports.js";
import { nieuweConcept } from "./fixtures/aanvraag.js";
import { startKind } from "./proces.js";
import { weigering } from "../support/weigering.js";

const now = new Date("2026-11-02T09:00:00Z");
let dir: string;
let open: Store[] = [];

async function openStore(extra: Partial<Parameters<typeof openLowdbStore>[0]> = {}): Promise<Store> {
  const store = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, ...extra });
  open.push(store);
  return store;
}


beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "maatwerkbot-store-"));
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((s) => s.sluit()));
});

describe("embedded store on lowdb", () => {
  it("creates its data file readable by the owner only, and keeps what it acknowledged across a restart", async () => {
    const store = await openStore();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    await store.conversaties.bewaar("p1", { serviceUrl: "https://smba.example.org/", channelId: "msteams", conversation: { id: "c1" } });
    await store.audit.voegToe({ op: now.toISOString(), actor: "p1", actie: "aanvraag-gemaakt", uitkomst: "toegestaan", aanvraagId: a.id });
    await store.sluit();

    expect((await stat(join(dir, BESTANDSNAAM))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o077).toBe(0);

    const opnieuw = await openStore();
    expect(await opnieuw.aanvragen.haalOpNummer("demo", a.nummer)).toEqual(a);
    expect((await opnieuw.conversaties.haal("p1"))?.conversation.id).toBe("c1");
    expect(await opnieuw.audit.lijst({ aanvraagId: a.id })).toHaveLength(1);
  });

  it("takes many changes in one write round: each lands, a refused one leaves no trace, and readers never see a half-made round", async () => {
    const store = await openStore();
    const eerste = await store.aanvragen.maak(nieuweConcept(now));
    const vooraf = await store.aanvragen.lijst();
    // Sent together, so they go into one or two write rounds: new drafts, audit lines, a stale save and a good one.
    const uitkomsten = await Promise.allSettled([
      ...Array.from({ length: 20 }, () => store.aanvragen.maak(nieuweConcept(now))),
      store.aanvragen.bewaar({ ...eerste, versie: eerste.versie + 1 }, eerste.versie + 5, { audit: [{ op: now.toISOString(), actor: "p1", actie: "geweigerd", uitkomst: "toegestaan" }] }),
      store.aanvragen.bewaar({ ...eerste, versie: eerste.versie + 1 }, eerste.versie, { audit: [{ op: now.toISOString(), actor: "p1", actie: "bewaard", uitkomst: "toegestaan" }] }),
      ...Array.from({ length: 5 }, (_, i) => store.audit.voegToe({ op: now.toISOString(), actor: "p1", actie: `regel-${i}`, uitkomst: "toegestaan" })),
    ]);
    expect(uitkomsten.filter((u) => u.status === "rejected")).toHaveLength(1);
    expect(vooraf).toHaveLength(1);
    const lijst = await store.aanvragen.lijst();
    expect(lijst).toHaveLength(21);
    expect(new Set(lijst.map((a) => a.nummer)).size).toBe(21);
    const acties = (await store.audit.lijst()).map((r) => r.actie);
    expect(acties).not.toContain("geweigerd");
    expect(acties.filter((a) => a === "bewaard" || a.startsWith("regel-"))).toHaveLength(6);
    await store.sluit();
    const opnieuw = await openStore();
    expect(await opnieuw.aanvragen.lijst()).toHaveLength(21);
    expect((await opnieuw.aanvragen.haal(eerste.id))?.versie).toBe(eerste.versie + 1);
  });

  it("reads and validates its file once when it opens, not once for the check of the generations and again for the data", async () => {
    await writeFile(join(dir, BESTANDSNAAM), JSON.stringify({ schemaVersie: 1, aanvragen: {}, tellers: {}, conversaties: {}, audit: [] }));
    let gelezen = 0;
    const store = await openStore({ migraties: [{ van: 1, migreer: (ruw) => (gelezen++, { ...ruw, uitgaand: [], vervangingen: [] }) }] });
    expect(gelezen).toBe(1);
    expect(await store.uitgaand.openstaand()).toEqual([]);
  });

  it("does not write its file for a snapshot of the configuration that did not change", async () => {
    const store = await openStore();
    const afdruk = new Map<string, unknown>([["swv", { naam: "Demo", bedrag: "€ 8.000,00" }], ["sleutels", ["swv"]]]);
    await store.afdrukken.bewaar(afdruk);
    const voor = await stat(join(dir, BESTANDSNAAM));
    await store.afdrukken.bewaar(new Map(afdruk));
    expect((await stat(join(dir, BESTANDSNAAM))).ino).toBe(voor.ino);
    await store.afdrukken.bewaar(new Map([["swv", { naam: "Demo", bedrag: "€ 2.000,00" }]]));
    expect((await stat(join(dir, BESTANDSNAAM))).ino).not.toBe(voor.ino);
    expect(await store.afdrukken.haal("swv")).toEqual({ naam: "Demo", bedrag: "€ 2.000,00" });
    expect(await store.afdrukken.haal("sleutels")).toEqual(["swv"]);
  });

  it("removes temp files a dead process left behind, and nothing else", async () => {
    await writeFile(join(dir, `${BESTANDSNAAM}.123456789`), "half geschreven");
    await writeFile(join(dir, "notities.txt"), "van de beheerder");
    await openStore();
    expect((await readdir(dir)).sort()).toEqual([BESTANDSNAAM, `${BESTANDSNAAM}.lock`, "notities.txt"].sort());
  });
});

describe("the embedded store refuses to start and leaves the file untouched", () => {
  const bestand = () => join(dir, BESTANDSNAAM);

  it.each([
    ["invalid JSON", '{"schemaVersie": 1, "aanvragen": {', /Geen geldige JSON/],
    ["a record that breaks the schema", JSON.stringify({ schemaVersie: 1, aanvragen: { x: { id: "x" } }, tellers: {}, conversaties: {}, audit: [] }), /aanvragen\.x/],
    ["a file without schema version", JSON.stringify({ aanvragen: {} }), /schemaVersie/],
  ])("on a corrupt file: %s", async (_naam, inhoud, detail) => {
    await writeFile(bestand(), inhoud, { mode: 0o600 });
    const fout = await weigering(openStore());
    expect(fout.code).toBe("OPSLAG_CORRUPT");
    expect(fout.message).toContain(bestand());
    expect(fout.message).toMatch(detail);
    expect(await readFile(bestand(), "utf8")).toBe(inhoud);
    await writeFile(bestand(), JSON.stringify({ schemaVersie: 2, aanvragen: {}, tellers: {}, conversaties: {}, audit: [], uitgaand: [], vervangingen: [] }));
    await expect(openStore()).resolves.toBeDefined();
  });

  it("on a file from a newer version of the bot", async () => {
    const inhoud = JSON.stringify({ schemaVersie: 99, iets: "nieuws" });
    await writeFile(bestand(), inhoud);
    const fout = await weigering(openStore());
    expect(fout.code).toBe("OPSLAG_NIEUWERE_VERSIE");
    expect(fout.message).toContain("schemaversie 99");
    expect(await readFile(bestand(), "utf8")).toBe(inhoud);
  });

  it("when another process holds the data file", async () => {
    const ander = await startKind("houd", dir);
    try {
      const voor = await readFile(bestand(), "utf8");
      const fout = await weigering(openStore());
      expect(fout.code).toBe("OPSLAG_BEZET");
      expect(fout.message).toContain("in gebruik door een ander proces");
      expect(await readFile(bestand(), "utf8")).toBe(voor);
    } finally {
      ander.proces.kill("SIGKILL");
    }
  });
});

describe("migrations", () => {
  it("migrates a version 1 file (before the outbox) after keeping a backup of it", async () => {
    const oud = JSON.stringify({ schemaVersie: 1, aanvragen: {}, tellers: { "demo:MW:2026": 4 }, conversaties: {}, audit: [] });
    await writeFile(join(dir, BESTANDSNAAM), oud);
    const store = await openStore();
    expect((await store.aanvragen.maak(nieuweConcept(now))).nummer).toBe("MW-2026-0005");
    expect(await store.uitgaand.openstaand()).toEqual([]);
    expect(await readFile(join(dir, `${BESTANDSNAAM}.v1.bak`), "utf8")).toBe(oud);
    expect(JSON.parse(await readFile(join(dir, BESTANDSNAAM), "utf8")).schemaVersie).toBe(2);
  });

  it("refuses a version it has no migration for, and leaves the file untouched", async () => {
    const oud = JSON.stringify({ schemaVersie: 0, aanvragen: {} });
    await writeFile(join(dir, BESTANDSNAAM), oud);
    const fout = await weigering(openStore());
    expect(fout.code).toBe("OPSLAG_CORRUPT");
    expect(fout.message).toContain("Geen migratie van schemaversie 0");
    expect(await readFile(join(dir, BESTANDSNAAM), "utf8")).toBe(oud);
  });
});

describe("crash safety", () => {
  it("keeps every acknowledged write and a valid file when the process is killed mid-write", async () => {
    const kind = await startKind("schrijf", dir);
    await kind.wachtOp((r) => r.filter((l) => l.startsWith("ack")).length >= 30);
    kind.proces.kill("SIGKILL");
    await new Promise((r) => kind.proces.once("exit", r));
    const erkend = kind.regels.filter((l) => l.startsWith("ack ")).map((l) => l.slice(4));

    const store = await openStore({ wachtOpVergrendelingMs: 15_000 });
    const bewaard = new Set((await store.aanvragen.lijst()).map((a) => a.nummer));
    for (const nummer of erkend) expect(bewaard).toContain(nummer);
    expect((await readdir(dir)).filter((f) => /\.json\.\d+$/.test(f))).toEqual([]);
  }, 40_000);
});
