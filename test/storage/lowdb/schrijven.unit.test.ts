import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BESTANDSNAAM, openLowdbStore } from "../../../src/storage/lowdb/store.js";
import { echteSchijf, vorigeVan, type Schijf } from "../../../src/storage/lowdb/schrijven.js";
import { schrijfAtomisch } from "../../../src/storage/lowdb/schrijver.js";
import type { Store } from "../../../src/storage/ports.js";
import { demoAfleiding } from "../../support/demo.js";
import { weigering } from "../../support/weigering.js";
import { nieuweConcept } from "../fixtures/aanvraag.js";

const now = new Date("2026-11-02T09:00:00Z");
let dir: string;
let open: Store[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "maatwerkbot-schrijf-"));
  open = [];
});
afterEach(async () => {
  await Promise.all(open.map((s) => s.sluit()));
});

const fout = (code: string) => Object.assign(new Error(`${code}: gesimuleerd`), { code });

/** How a disk misbehaves on the temp file: its writes and its fsync, in place of the real ones. */
type Storing = { writeSync?: (echt: Schijf["writeSync"], ...args: Parameters<Schijf["writeSync"]>) => number; fsyncSync?: (fd: number) => void };

/** A disk whose temp file misbehaves as `storing` says while `aan`; everything else is the real file system. */
function schijfMet(storing: Storing): Schijf & { aan: boolean } {
  const tijdelijk = new Set<number>();
  const schijf = {
    ...echteSchijf,
    aan: false,
    openSync: ((pad: string, vlaggen: string, modus?: number) => {
      const fd = echteSchijf.openSync(pad, vlaggen, modus);
      if (vlaggen === "wx") tijdelijk.add(fd);
      return fd;
    }) as Schijf["openSync"],
    writeSync: (fd: number, buffer: Buffer, offset: number, length: number) =>
      schijf.aan && tijdelijk.has(fd) && storing.writeSync ? storing.writeSync(echteSchijf.writeSync, fd, buffer, offset, length) : echteSchijf.writeSync(fd, buffer, offset, length),
    fsyncSync: (fd: number) => (schijf.aan && tijdelijk.has(fd) && storing.fsyncSync ? storing.fsyncSync(fd) : echteSchijf.fsyncSync(fd)),
    closeSync: (fd: number) => {
      tijdelijk.delete(fd);
      echteSchijf.closeSync(fd);
    },
  };
  return schijf;
}

/** ENOSPC on the second write of a file: the first got half the bytes in. */
function halfDanVol(): Storing["writeSync"] {
  let keer = 0;
  return (echt, fd, buffer, offset, length) => {
    if (keer++ > 0) throw fout("ENOSPC");
    return echt(fd, buffer, offset, length >> 1);
  };
}

const storingen: [string, () => Storing][] = [
  // What write-file-atomic 6 did on a full disk: half the bytes written, no error.
  ["a short write that reports no error", () => ({ writeSync: (echt, fd, buffer, offset, length) => (echt(fd, buffer, offset, length >> 1), length) })],
  ["ENOSPC after half the bytes", () => ({ writeSync: halfDanVol() })],
  ["EDQUOT on write", () => ({ writeSync: () => { throw fout("EDQUOT"); } })],
  ["EIO on fsync", () => ({ fsyncSync: () => { throw fout("EIO"); } })],
];

describe("the store's writer on a failing disk", () => {
  it.each(storingen)("%s: the change is refused in Dutch, the file and its previous generation stay, reads go on, and one error line is logged", async (_naam, storing) => {
    const schijf = schijfMet(storing());
    const logregels: { niveau: string; bericht: string; velden?: Record<string, unknown> }[] = [];
    const store = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, schijf, log: (niveau, bericht, velden) => logregels.push({ niveau, bericht, ...(velden ? { velden } : {}) }) });
    open.push(store);
    const eerste = await store.aanvragen.maak(nieuweConcept(now));
    const tweede = await store.aanvragen.maak(nieuweConcept(now));
    const bestand = join(dir, BESTANDSNAAM);
    const voor = await readFile(bestand, "utf8");
    const vorigeVoor = await readFile(vorigeVan(bestand), "utf8");

    schijf.aan = true;
    const geweigerd = await weigering(store.aanvragen.maak(nieuweConcept(now)));
    expect(geweigerd.code).toBe("OPSLAG_NIET_BEWAARD");
    expect(geweigerd.message).toMatch(/^De bot kon dit niet bewaren: de opslag is vol/);
    expect(await readFile(bestand, "utf8")).toBe(voor);
    expect(await readFile(vorigeVan(bestand), "utf8")).toBe(vorigeVoor);
    expect((await readdir(dir)).filter((f) => /\.json\.\d+$/.test(f))).toEqual([]);
    expect((await store.aanvragen.lijst()).map((a) => a.nummer).sort()).toEqual([eerste.nummer, tweede.nummer].sort());
    expect(logregels.filter((r) => r.niveau === "error")).toHaveLength(1);
    expect(logregels[0]!.velden).toMatchObject({ wijzigingen: 1, bestand });

    schijf.aan = false;
    const derde = await store.aanvragen.maak(nieuweConcept(now));
    expect(derde.nummer).toBe("MW-2026-0003");
    await store.sluit();
    const opnieuw = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding });
    open.push(opnieuw);
    expect((await opnieuw.aanvragen.lijst()).map((a) => a.nummer).sort()).toEqual(["MW-2026-0001", "MW-2026-0002", "MW-2026-0003"]);
  });

  it("fails when rename fails, leaving the old file and no temp file", async () => {
    const bestand = join(dir, "x.json");
    await schrijfAtomisch(bestand, "oud");
    const schijf: Schijf = { ...echteSchijf, renameSync: (van, naar) => (String(naar) === bestand ? (() => { throw fout("EIO"); })() : echteSchijf.renameSync(van, naar)) };
    expect((await weigering(schrijfAtomisch(bestand, "nieuw", schijf))).details).toMatchObject({ code: "EIO" });
    expect(await readFile(bestand, "utf8")).toBe("oud");
    expect((await readdir(dir)).sort()).toEqual(["x.json", "x.json.vorige"]);
  });

  it("writes in a thread of its own that keeps a process alive while a write is under way, and lets it end when idle", async () => {
    const bestand = join(dir, "x.json");
    const module = new URL("../../../src/storage/lowdb/schrijver.ts", import.meta.url).href;
    // No await on the write: only the pending write keeps the process alive until the file is there; then it ends by itself.
    const code = `const { schrijfAtomisch } = await import(${JSON.stringify(module)}); void schrijfAtomisch(${JSON.stringify(bestand)}, "uit een ander proces");`;
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { timeout: 30_000 });
    expect(await readFile(bestand, "utf8")).toBe("uit een ander proces");
  });

  it("writes in the order it was asked, each one whole", async () => {
    const bestand = join(dir, "x.json");
    await Promise.all(Array.from({ length: 20 }, (_, i) => schrijfAtomisch(bestand, `versie ${i} `.repeat(10_000))));
    expect(await readFile(bestand, "utf8")).toBe("versie 19 ".repeat(10_000));
    expect(await readFile(vorigeVan(bestand), "utf8")).toBe("versie 18 ".repeat(10_000));
  });

  it("uses the memory of an earlier write again without mixing up files: every file holds exactly its own bytes", async () => {
    const bestanden = ["a.json", "b.json", "c.json"].map((n) => join(dir, n));
    const inhoud = (i: number) => `${i}:`.padEnd([200_000, 10, 50_000, 3, 700_000, 1][i % 6]!, String.fromCharCode(97 + (i % 26)));
    for (let i = 0; i < 6; i++) {
      await schrijfAtomisch(bestanden[0]!, Buffer.from(inhoud(i)));
      expect(await readFile(bestanden[0]!, "utf8")).toBe(inhoud(i));
    }
    await Promise.all(Array.from({ length: 12 }, (_, i) => schrijfAtomisch(bestanden[i % 3]!, inhoud(i))));
    for (let b = 0; b < 3; b++) expect(await readFile(bestanden[b]!, "utf8")).toBe(inhoud(9 + b));
  });

  it("keeps the previous generation beside the file after every write", async () => {
    const bestand = join(dir, "x.json");
    await schrijfAtomisch(bestand, "een");
    expect(await readdir(dir)).toEqual(["x.json"]);
    await schrijfAtomisch(bestand, "twee");
    await schrijfAtomisch(bestand, "drie");
    expect(await readFile(bestand, "utf8")).toBe("drie");
    expect(await readFile(vorigeVan(bestand), "utf8")).toBe("twee");
  });

  it("writes parts in order, going on after writes that take only some of the bytes", async () => {
    const bestand = join(dir, "x.json");
    const delen = [Buffer.from("{"), Buffer.alloc(700_000, "a"), Buffer.alloc(600_000, "b"), Buffer.alloc(2_500_000, "c"), Buffer.from("é"), Buffer.alloc(1 << 20, "d"), Buffer.from("}")];
    const schijf = schijfMet({ writeSync: (echt, fd, buffer, offset, length) => echt(fd, buffer, offset, Math.max(1, length >> 2)) });
    schijf.aan = true;
    await schrijfAtomisch(bestand, delen, schijf);
    expect((await readFile(bestand)).equals(Buffer.concat(delen))).toBe(true);
    // The same parts through the writer thread, and an empty file.
    await schrijfAtomisch(bestand, delen);
    expect((await readFile(bestand)).equals(Buffer.concat(delen))).toBe(true);
    await schrijfAtomisch(bestand, []);
    expect(await readFile(bestand, "utf8")).toBe("");
  });

  it("keeps the previous generation also when a crash left its temporary link behind", async () => {
    const bestand = join(dir, "x.json");
    await schrijfAtomisch(bestand, "een");
    await schrijfAtomisch(bestand, "twee");
    await writeFile(`${vorigeVan(bestand)}-nieuw`, "half");
    await schrijfAtomisch(bestand, "drie");
    expect(await readFile(bestand, "utf8")).toBe("drie");
    expect(await readFile(vorigeVan(bestand), "utf8")).toBe("twee");
    expect((await readdir(dir)).sort()).toEqual(["x.json", "x.json.vorige"]);
  });
});

describe("starting on an unreadable file beside a good previous generation", () => {
  const bestand = () => join(dir, BESTANDSNAAM);
  const openMet = async (extra: Partial<Parameters<typeof openLowdbStore>[0]> = {}) => {
    const s = await openLowdbStore({ dataDir: dir, wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, log: () => undefined, ...extra });
    open.push(s);
    return s;
  };
  async function tweeGeneraties(): Promise<string[]> {
    const s = await openMet();
    const nummers = [(await s.aanvragen.maak(nieuweConcept(now))).nummer, (await s.aanvragen.maak(nieuweConcept(now))).nummer];
    await s.sluit();
    return nummers;
  }

  it.each([
    ["truncated", async () => writeFile(bestand(), (await readFile(bestand())).subarray(0, 100))],
    ["missing", async () => (await import("node:fs/promises")).unlink(bestand())],
  ])("refuses to start when the file is %s, and says how to recover", async (_naam, beschadig) => {
    await tweeGeneraties();
    await beschadig();
    const voor = await readFile(bestand()).catch(() => undefined);
    const geweigerd = await weigering(openMet());
    expect(geweigerd.code).toBe("OPSLAG_VORIGE_BESCHIKBAAR");
    expect(geweigerd.message).toContain("OPSLAG_HERSTEL=vorige");
    expect(await readFile(bestand()).catch(() => undefined)).toEqual(voor);
  });

  it("starts from the previous generation when the operator confirms, keeping the bad file and logging it loudly", async () => {
    const nummers = await tweeGeneraties();
    const kapot = (await readFile(bestand())).subarray(0, 100);
    await writeFile(bestand(), kapot);
    const logregels: string[] = [];
    const s = await openMet({ herstel: "vorige", log: (niveau, bericht) => logregels.push(`${niveau} ${bericht}`) });
    expect((await s.aanvragen.lijst()).map((a) => a.nummer)).toEqual([nummers[0]]);
    expect(logregels.some((r) => r.startsWith("error Opslag hersteld uit de vorige generatie"))).toBe(true);
    const bewaard = (await readdir(dir)).find((f) => f.includes(".beschadigd-"));
    expect(await readFile(join(dir, bewaard!))).toEqual(kapot);
  });

  it("never replaces a good file, even with the setting on", async () => {
    const nummers = await tweeGeneraties();
    const logregels: string[] = [];
    const s = await openMet({ herstel: "vorige", log: (niveau, bericht) => logregels.push(`${niveau} ${bericht}`) });
    expect((await s.aanvragen.lijst()).map((a) => a.nummer).sort()).toEqual(nummers);
    expect(logregels).toEqual([expect.stringMatching(/^warn OPSLAG_HERSTEL staat aan, maar het gegevensbestand is in orde/)]);
  });
});
