import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { leesBestand } from "../../src/storage/lowdb/adapter.js";
import { migraties } from "../../src/storage/lowdb/schema.js";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { isVersleuteld, ontsleutel } from "../../src/storage/lowdb/versleuteling.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { vulStapIn } from "../support/invullen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";

const ALS_ROOT = process.getuid?.() === 0;
const NIET_BEWAARD = "De bot kon dit niet bewaren: de opslag is vol of niet bereikbaar.";
const almere = regeling("almere-maatwerk");

let h: BotOpHttp | undefined;
let mountpunt: string | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
  if (mountpunt) {
    execFileSync("umount", [mountpunt]);
    await rmdir(mountpunt);
    mountpunt = undefined;
  }
});

/** A small tmpfs of `kb` KiB, mounted for this test and unmounted after it. */
async function kleineSchijf(kb: number): Promise<string> {
  mountpunt = await mkdtemp(join(tmpdir(), "maatwerkbot-vol-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${kb}k,mode=0700`, "tmpfs", mountpunt]);
  return mountpunt;
}

/** The data file as it is on disk now must read and validate (decrypted with the key, if any). */
async function geldigOpSchijf(dataDir: string, sleutel?: Buffer): Promise<void> {
  const bestand = join(dataDir, BESTANDSNAAM);
  const tekst = await readFile(bestand, "utf8");
  expect(isVersleuteld(tekst)).toBe(sleutel !== undefined);
  expect(() => leesBestand(bestand, sleutel ? ontsleutel(bestand, tekst, sleutel) : tekst, migraties)).not.toThrow();
}

type Uitkomst = { nummer: string } | { geweigerd: string };

/** Sanne fills in and submits an aanvraag through the cards, the file checked after every step; stops at the first refusal. */
async function dienIn(g: Gebruiker, dataDir: string, sleutel?: Buffer): Promise<Uitkomst> {
  const { kaarten } = await g.zeg("nieuwe aanvraag");
  await geldigOpSchijf(dataDir, sleutel);
  let kaart: KaartJson = await g.klik(kaarten.at(-1)!, "Beginnen", { regelingId: almere.id, brin: "01AA" });
  for (let stap = 0; ; stap++) {
    await geldigOpSchijf(dataDir, sleutel);
    const tekst = tekstVan(kaart);
    if (tekst.includes("kon dit niet bewaren")) return { geweigerd: tekst };
    if (tekst.includes("Ingediend.")) return { nummer: /MW-\d{4}-\d{4}/.exec(tekst)![0] };
    expect(stap).toBeLessThan(20);
    const titel = tekst.includes("Controleren en indienen") ? "Indienen" : tekst.includes("Naar controleren") ? "Naar controleren" : "Volgende";
    kaart = await g.klik(kaart, titel, titel === "Indienen" ? {} : vulStapIn(kaart, almere, { tekst: "Leerling heeft extra begeleiding nodig bij rekenen en lezen." }));
  }
}

async function totDeSchijfVolIs(sleutel?: Buffer) {
  const schijf = await kleineSchijf(1024);
  const dataDir = join(schijf, "data");
  // Ballast the operator can remove: about 200 KiB stay free for the bot.
  const ballast = join(schijf, "ballast");
  await writeFile(ballast, Buffer.alloc(820 * 1024, 1));
  const omgeving = { DATA_DIR: dataDir, ...(sleutel ? { OPSLAG_SLEUTEL: sleutel.toString("base64") } : {}) };
  h = await startBotOpHttp(omgeving);
  const sanne = gebruiker(h, SANNE);
  await sanne.zeg("hallo");
  await gebruiker(h, MARK).zeg("hallo");

  const erkend: string[] = [];
  const weigeringen: string[] = [];
  for (let poging = 0; poging < 200 && weigeringen.length < 3; poging++) {
    const uitkomst = await dienIn(sanne, dataDir, sleutel);
    if ("nummer" in uitkomst) erkend.push(uitkomst.nummer);
    else weigeringen.push(uitkomst.geweigerd);
  }
  expect(weigeringen).toHaveLength(3);
  expect(erkend.length).toBeGreaterThan(2);
  const grootte = (await stat(join(dataDir, BESTANDSNAAM))).size;
  console.log(`volle schijf${sleutel ? " (versleuteld)" : ""}: ${erkend.length} aanvragen ingediend, toen ${weigeringen.length}x geweigerd; bestand ${grootte} bytes; de gebruiker zag: ${weigeringen[0]!.replace(/\n/g, " | ")}`);
  for (const w of weigeringen) expect(w).toContain(NIET_BEWAARD);

  // The bot still answers and reads while the disk is full.
  const { kaarten } = await sanne.zeg(`status ${erkend[0]}`);
  expect(tekstVan(kaarten.at(-1)!)).toContain(erkend[0]);
  const fouten = h.logregels.map((r) => JSON.parse(r) as { niveau: string; bericht: string; code?: string }).filter((r) => r.niveau === "error");
  expect(fouten.length).toBeGreaterThan(0);
  expect(fouten.every((r) => r.bericht.startsWith("Wijziging niet bewaard") || r.bericht.startsWith("Bezorgen onderbroken"))).toBe(true);
  expect(fouten.filter((r) => r.bericht.startsWith("Wijziging niet bewaard")).every((r) => r.code === "ENOSPC")).toBe(true);

  // The operator frees space; the running bot takes changes again.
  await unlink(ballast);
  const daarna = await dienIn(sanne, dataDir, sleutel);
  expect(daarna).toHaveProperty("nummer");
  erkend.push((daarna as { nummer: string }).nummer);

  // After a restart every acknowledged aanvraag is there, submitted.
  await h.stop();
  h = await startBotOpHttp(omgeving);
  for (const nummer of erkend) expect((await h.bot.store.aanvragen.haalOpNummer("demo", nummer))?.status.fase, nummer).toBe("ingediend");
}

describe("a full disk under the embedded store", () => {
  if (!ALS_ROOT) {
    it.skip("loses nothing acknowledged (skipped: mounting a small tmpfs needs root; test/storage/lowdb/schrijven.unit.test.ts injects the faults instead)", () => undefined);
    return;
  }
  it("refuses changes in Dutch once the disk is full, keeps the file valid at every step and every acknowledged aanvraag after space is freed and the bot restarted", async () => {
    await totDeSchijfVolIs();
  }, 180_000);

  it("does the same with the file encrypted (OPSLAG_SLEUTEL)", async () => {
    await totDeSchijfVolIs(randomBytes(32));
  }, 180_000);
});
