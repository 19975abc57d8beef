import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { ERICA, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

describe("pupil data after the retention period", () => {
  it("is removed by the planner two years after a refusal, audited; pupil names never reach the log", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    const erica = gebruiker(h, ERICA);
    await sanne.zeg("hallo");
    await erica.zeg("hallo");
    await dienVolledigIn(sanne, regeling("verbinding-groepsaanpak"), "04DD", { leerlingen: 6 });
    const [ingediend] = await h.bot.store.aanvragen.lijst();
    expect(JSON.stringify(ingediend)).toContain("Leerling Nummer1");
    const kaart = kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
    await erica.klik(kaart, "Afwijzen", { toelichting: "Zes leerlingen, maar de aanpak is niet groepsgericht." });

    nu = new Date("2028-10-30T09:00:00Z");
    await h.bot.veeg();
    expect(JSON.stringify(await h.bot.store.aanvragen.lijst())).toContain("Leerling Nummer1");

    nu = new Date("2028-11-03T09:00:00Z");
    await h.bot.veeg();
    const [weg] = await h.bot.store.aanvragen.lijst();
    expect(JSON.stringify(weg)).not.toMatch(/Leerling Nummer|LL-10/);
    expect(weg!.geanonimiseerdOp).toBe(nu.toISOString());
    expect(weg!.status.fase).toBe("afgewezen");
    expect((await h.bot.store.audit.lijst({ aanvraagId: weg!.id })).at(-1)).toMatchObject({ actor: "systeem", actie: "geanonimiseerd" });
    expect(h.logregels.some((r) => r.includes("Leerlinggegevens verwijderd na de bewaartermijn"))).toBe(true);
    expect(h.logregels.join("\n")).not.toMatch(/Leerling Nummer|LL-10/);
    expect(JSON.stringify(h.connector.verzonden.filter((v) => decodeURIComponent(v.pad).includes(ERICA)).map((v) => v.body)).match(/Leerling Nummer/)).toBeNull();
  });
});
