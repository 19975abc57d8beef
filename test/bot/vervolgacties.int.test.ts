import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { kaartenAan, toegekendTraject } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { SANNE, demoConfig } from "../support/demo.js";

const innovatie = demoConfig.regelingen.find((r) => r.id === "jaarplan-innovatie")!;

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

describe("follow-up items of an innovatie traject (000: presentations at a directiekring and a werkveldbijeenkomst)", () => {
  it("reminds of each presentation when the traject ends, also after it is closed, once more when still open weeks later, and stops once it is recorded", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const { sanne } = await toegekendTraject(h, innovatie, { start: "2027-01-04", eind: "2027-07-02" });
    const vervolg = (): KaartJson[] => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Vervolgactie van aanvraag IN-2026-0001"));

    nu = new Date("2027-06-30T10:00:00Z");
    await h.bot.veeg();
    expect(vervolg()).toHaveLength(0);

    // The traject ends on Friday 2 July 2027; the evaluation closes it.
    nu = new Date("2027-07-02T10:00:00Z");
    await h.bot.veeg();
    const evaluatie = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Evaluatie van")).at(-1)!;
    await sanne.klik(evaluatie, "Evaluatie vastleggen", { "e.doelen-behaald": "ja", "e.opbrengsten": "Docenten passen de aanpak toe.", "e.aanscherpen": "Meer collega's betrekken." });
    expect((await h.bot.store.aanvragen.lijst())[0]!.status.fase).toBe("afgesloten");
    expect(vervolg()).toHaveLength(2);
    const [directiekring, werkveld] = vervolg();
    expect(tekstVan(directiekring!)).toContain("directiekring");
    expect(tekstVan(werkveld!)).toContain("werkveldbijeenkomst");

    const teVroeg = await sanne.klik(directiekring!, "Vastleggen als gedaan", { "a.gedaanOp": "2027-09-30", "a.toelichting": "Directiekring zuid" });
    expect(tekstVan(teVroeg)).toContain("ligt nog in de toekomst");
    const vastgelegd = await sanne.klik(teVroeg, "Vastleggen als gedaan", { "a.gedaanOp": "2027-07-01", "a.toelichting": "Directiekring zuid" });
    expect(tekstVan(vastgelegd)).toContain("is vastgelegd als gedaan op 1 juli 2027");
    expect(tekstVan(await sanne.klik(directiekring!, "Vastleggen als gedaan", { "a.gedaanOp": "2027-07-01" }))).toContain("al vastgelegd");

    // Six weeks on (13 August, in the summer holiday): one more reminder, for the werkveldbijeenkomst only, on the first school day after.
    nu = new Date("2027-08-16T10:00:00Z");
    await h.bot.veeg();
    expect(vervolg()).toHaveLength(2);
    nu = new Date("2027-09-06T10:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(vervolg()).toHaveLength(3);
    expect(tekstVan(vervolg().at(-1)!)).toContain("werkveldbijeenkomst");
    expect(tekstVan(vervolg().at(-1)!)).toContain("nog niet vastgelegd");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.voortgang.vervolgacties).toMatchObject([{ id: "presentatie-directiekring", gedaanOp: "2027-07-01", vastgelegdDoor: SANNE }]);
  });
});
