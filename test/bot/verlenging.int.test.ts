import { afterEach, describe, expect, it } from "vitest";
import { verlengingsregeling } from "../../src/domain/verlenging.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { vulStapIn } from "../support/invullen.js";
import { foutenVan, tekstVan } from "../support/kaart.js";
import { MARK, SANNE, demoConfig } from "../support/demo.js";

const innovatie = demoConfig.regelingen.find((r) => r.id === "jaarplan-innovatie")!;

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

describe("extending an innovatie traject (000: at most once, with an evaluation)", () => {
  it("is allowed once with the first year's evaluation, and refused the second time with the reason", async () => {
    h = await startBotOpHttp();
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    const beslisLaatste = () => mark.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen");

    expect((await sanne.zeg("verleng IN-2026-0001")).teksten.join()).toContain("bestaat niet of is niet voor jou zichtbaar");
    await dienVolledigIn(sanne, innovatie, "01AA");
    expect((await sanne.zeg("verleng IN-2026-0001")).teksten.join()).toContain("alleen een toegekend traject kan worden verlengd");
    await beslisLaatste();

    let kaart = (await sanne.zeg("verleng in 2026 1")).kaarten.at(-1)!;
    expect(tekstVan(kaart)).toContain("Verlenging van IN-2026-0001");
    expect(tekstVan(kaart)).toContain("Zijn de doelen behaald?");
    const leeg = await sanne.klik(kaart, "Volgende");
    expect(foutenVan(leeg).join()).toContain("Vul 'Zijn de doelen behaald?' in.");
    kaart = leeg;
    while (!tekstVan(kaart).includes("Controleren en indienen")) {
      kaart = await sanne.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende", vulStapIn(kaart, verlengingsregeling(innovatie)));
      expect(foutenVan(kaart)).toEqual([]);
    }
    await sanne.klik(kaart, "Indienen");
    await beslisLaatste();
    const verlenging = (await h.bot.store.aanvragen.lijst()).find((a) => a.nummer === "IN-2026-0002")!;
    expect(verlenging.status.fase).toBe("toegekend");
    expect(verlenging.antwoorden["evaluatie-doelen-behaald"]).toBe("ja");
    expect(verlenging.verlengingVan).toBeDefined();

    expect((await sanne.zeg("verleng IN-2026-0001")).teksten.join()).toContain("IN-2026-0001 is al eens verlengd (IN-2026-0002)");
    expect((await sanne.zeg("verleng IN-2026-0002")).teksten.join()).toContain("IN-2026-0001 is al eens verlengd (IN-2026-0002)");
    expect(await h.bot.store.aanvragen.lijst()).toHaveLength(2);
  });
});
