import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { startBotOpHttp } from "./bot.js";
import { MARK, SANNE, demoConfig } from "./demo.js";
import { gebruiker } from "./gebruiker.js";
import { dienVolledigIn, kaartenAan } from "./indienen.js";
import { tekstVan } from "./kaart.js";

const jaarplan = demoConfig.regelingen.find((r) => r.id === "jaarplan-maatwerk")!;

/**
 * A traject of the fixture: jaarplan maatwerk at 01AA, running 2027-01-04 to 2027-07-16 (the
 * last school day of the schooljaar), gesprek 1 planned on Monday 2027-04-05 (three months on
 * is Sunday 4 April; a gesprek moves to the next school day).
 */
export const TRAJECT = { start: "2027-01-04", eind: "2027-07-16", gesprek1: "2027-04-05" } as const;

/**
 * A data folder with `aantal` running trajecten, shared out over the consulenten `personen`
 * (each with a conversation at `connectorUrl`). One traject is made through the real bot
 * (submitted by Sanne, granted by Mark, started by the planner) and copied: writing the
 * file once is what makes thousands of trajecten affordable in a test.
 */
export async function dataMetTrajecten(aantal: number, personen: readonly string[], connectorUrl: string): Promise<string> {
  let nu = new Date("2026-11-02T09:00:00Z");
  const h = await startBotOpHttp({}, () => nu);
  try {
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    await dienVolledigIn(sanne, jaarplan, "01AA", { start: TRAJECT.start });
    const beslis = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
    await mark.klik(beslis, "Toekennen", { start: TRAJECT.start, eind: TRAJECT.eind, schoolweken: "26" });
    nu = new Date("2027-01-05T10:00:00Z");
    await h.bot.veeg();
  } finally {
    await h.stop();
  }
  const pad = join(h.dataDir, BESTANDSNAAM);
  const bestand = JSON.parse(await readFile(pad, "utf8")) as {
    aanvragen: Record<string, { id: string; nummer: string; consulentId: string; status: { fase: string } }>;
    conversaties: Record<string, { serviceUrl: string; conversation: { id: string }; user?: { id: string } }>;
    tellers: Record<string, number>;
  };
  const origineel = Object.values(bestand.aanvragen)[0]!;
  if (origineel.status.fase !== "lopend") throw new Error(`fixture: traject is ${origineel.status.fase}, niet lopend`);
  const vorm = bestand.conversaties[SANNE]!;
  bestand.aanvragen = {};
  for (let i = 0; i < aantal; i++) {
    const id = randomUUID();
    bestand.aanvragen[id] = { ...structuredClone(origineel), id, nummer: `MW-2026-${String(i + 1).padStart(4, "0")}`, consulentId: personen[i % personen.length]! };
  }
  // New aanvragen get the numbers after the copies.
  for (const sleutel of Object.keys(bestand.tellers)) bestand.tellers[sleutel] = Math.max(bestand.tellers[sleutel]!, aantal);
  bestand.conversaties = Object.fromEntries(
    personen.map((p) => [p, { ...structuredClone(vorm), serviceUrl: connectorUrl, conversation: { ...vorm.conversation, id: `a:persoonlijk-${p}` }, user: { id: `29:${p}` } }]),
  );
  await writeFile(pad, JSON.stringify(bestand), { mode: 0o600 });
  return h.dataDir;
}
