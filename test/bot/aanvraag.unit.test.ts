import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vulStapIn } from "../support/invullen.js";
import { foutenVan, tekstVan, zonderLabel, type KaartJson } from "../support/kaart.js";
import { startBotInProces, type BotInProces } from "../support/testAdapter.js";
import { LINDA, SANNE, VREEMDE, regeling } from "../support/demo.js";

let bot: BotInProces;
beforeEach(async () => {
  bot = await startBotInProces();
});
afterEach(async () => {
  await bot.stop();
});

describe("guided aanvraag through the real Application on botbuilder's TestAdapter", () => {
  it("welcomes, starts, fills in every step of each regeling (every input labelled) and submits", async () => {
    const sanne = bot.gebruiker(SANNE);
    const welkom = await sanne.zeg("hallo");
    expect(tekstVan(welkom.kaarten[0]!)).toContain("Welkom, Sanne de Vries");
    for (const [regelingId, brin] of [
      ["almere-maatwerk", "02BB"],
      ["verbinding-individueel", "04DD"],
      ["verbinding-groepsaanpak", "04DD"],
      ["jaarplan-maatwerk", "04DD"],
      ["jaarplan-innovatie", "02BB"],
    ] as const) {
      const { kaarten } = await sanne.zeg("Nieuwe aanvraag");
      let kaart: KaartJson = await sanne.klik(kaarten[0]!, "Beginnen", { regelingId, brin });
      while (!tekstVan(kaart).includes("Controleren en indienen")) {
        // Every field of every step is named for a screen reader by its own label.
        expect(zonderLabel(kaart)).toEqual([]);
        kaart = await sanne.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende", vulStapIn(kaart, regeling(regelingId)));
        expect(foutenVan(kaart)).toEqual([]);
      }
      const klaar = await sanne.klik(kaart, "Indienen");
      expect(tekstVan(klaar)).toContain("Ingediend.");
    }
    const ingediend = await bot.store.aanvragen.lijst({ fasen: ["ingediend"] });
    expect(ingediend.map((a) => a.nummer).sort()).toEqual(["IN-2026-0001", "MW-2026-0001", "MW-2026-0002", "MW-2026-0003", "MW-2026-0004"]);
  });

  it("refuses a groepsaanpak with 4 pupils and accepts it with 5", async () => {
    const sanne = bot.gebruiker(SANNE);
    const { kaarten } = await sanne.zeg("nieuwe aanvraag");
    const kaart = await sanne.klik(kaarten.at(-1)!, "Beginnen", { regelingId: "verbinding-groepsaanpak", brin: "04DD" });
    const met4 = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("verbinding-groepsaanpak"), { leerlingen: 4 }));
    expect(foutenVan(met4).join()).toContain("Deze regeling vraagt minstens 5 leerlingen; er staan er 4.");
    const met5 = await sanne.klik(met4, "Volgende", vulStapIn(met4, regeling("verbinding-groepsaanpak"), { leerlingen: 5 }));
    expect(foutenVan(met5)).toEqual([]);
  });

  it("keeps every card of the largest realistic aanvraag under the 40 KB Teams message limit", async () => {
    const sanne = bot.gebruiker(SANNE);
    const { kaarten } = await sanne.zeg("nieuwe aanvraag");
    let kaart = await sanne.klik(kaarten.at(-1)!, "Beginnen", { regelingId: "verbinding-groepsaanpak", brin: "04DD" });
    for (let i = 0; i < 29; i++) kaart = await sanne.klik(kaart, "Leerling toevoegen");
    const opties = { leerlingen: 30, tekst: "Uitgebreide onderbouwing met veel detail. ".repeat(95) };
    const groottes: number[] = [];
    while (!tekstVan(kaart).includes("Controleren en indienen")) {
      groottes.push(Buffer.byteLength(JSON.stringify(kaart)));
      kaart = await sanne.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende", vulStapIn(kaart, regeling("verbinding-groepsaanpak"), opties));
      expect(foutenVan(kaart)).toEqual([]);
    }
    groottes.push(Buffer.byteLength(JSON.stringify(kaart)));
    expect(tekstVan(kaart)).toContain("Leerling Nummer30");
    expect(Math.max(...groottes)).toBeLessThan(40 * 1024);
  });

  it("answers 'help' by role, and a stranger only with an explanation", async () => {
    const help = await bot.gebruiker(LINDA).zeg("help");
    expect(tekstVan(help.kaarten.at(-1)!)).not.toContain("nieuwe aanvraag");
    const consulentHelp = await bot.gebruiker(SANNE).zeg("HELP");
    expect(tekstVan(consulentHelp.kaarten.at(-1)!)).toContain("nieuwe aanvraag");
    const vreemde = await bot.gebruiker(VREEMDE).zeg("nieuwe aanvraag");
    expect(vreemde.kaarten).toEqual([]);
    expect(vreemde.teksten.join()).toContain("Je staat niet in de configuratie");
  });
});
