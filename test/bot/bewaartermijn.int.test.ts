import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { ERICA, MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { vulStapIn } from "../support/invullen.js";
import { varianten } from "../support/varianten.js";

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

describe("retention for unfinished aanvragen (AVG art. 5(1)(e)), on the test clock and the real store", () => {
  const dag = 24 * 3600 * 1000;
  const begin = new Date("2026-11-02T09:00:00Z").getTime();
  const audit = async (id: string) => (await h.bot.store.audit.lijst({ aanvraagId: id })).map((r) => [r.actor, r.actie]);

  async function concept(sanne: ReturnType<typeof gebruiker>) {
    const keuze = (await sanne.zeg("nieuwe aanvraag")).kaarten.at(-1)!;
    const stap = await sanne.klik(keuze, "Beginnen", { regelingId: "almere-maatwerk", brin: "01AA" });
    return sanne.klik(stap, "Volgende", vulStapIn(stap, regeling("almere-maatwerk")));
  }

  it("a concept untouched for 180 days is announced to its consulent, kept through the grace period, then deleted; an edit after the warning cancels it", async () => {
    let nu = new Date(begin);
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    await concept(sanne);
    await concept(sanne);
    const [eerste, tweede] = (await h.bot.store.aanvragen.lijst()).sort((x, y) => x.nummer.localeCompare(y.nummer));

    nu = new Date(begin + 179 * dag);
    await h.bot.veeg();
    expect(kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("wordt binnenkort verwijderd"))).toHaveLength(0);

    nu = new Date(begin + 181 * dag);
    await h.bot.veeg();
    const waarschuwingen = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("wordt binnenkort verwijderd"));
    expect(waarschuwingen).toHaveLength(2);
    expect(tekstVan(waarschuwingen[0]!)).toContain("Het wordt verwijderd op of na 16 mei 2027");
    expect(JSON.stringify(waarschuwingen)).not.toMatch(/LL-10|Leerling Nummer/);
    expect(await audit(eerste!.id)).toContainEqual(["systeem", "opruiming-aangekondigd"]);

    // Sanne opens the second concept from its warning and saves a step: its deletion is off.
    nu = new Date(begin + 185 * dag);
    const waarschuwing = waarschuwingen.find((k) => tekstVan(k).includes(tweede!.nummer))!;
    const geopend = await sanne.klik(waarschuwing, "Concept openen");
    await sanne.klik(geopend, "Opslaan als concept");

    nu = new Date(begin + 194 * dag);
    await h.bot.veeg();
    expect(await h.bot.store.aanvragen.haal(eerste!.id)).toBeDefined();

    nu = new Date(begin + 196 * dag);
    await h.bot.veeg();
    expect(await h.bot.store.aanvragen.haal(eerste!.id)).toBeUndefined();
    expect(await h.bot.store.aanvragen.haal(tweede!.id)).toMatchObject({ status: { fase: "concept" } });
    expect(await audit(eerste!.id)).toContainEqual(["systeem", "concept-verwijderd"]);
    expect((await h.bot.store.audit.lijst({ aanvraagId: eerste!.id })).map((r) => r.reden).join()).not.toMatch(/LL-10|Leerling/);
    expect(h.logregels.join("\n")).not.toMatch(/LL-10|Leerling Nummer/);
  });

  it.each([
    ["ingediend", false],
    ["teruggestuurd", true],
  ])("an aanvraag left %s for 365 days is withdrawn by the system, audited, consulent and decider told, then anonymised after the bewaartermijn", async (_fase, terugsturen) => {
    let nu = new Date(begin);
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    if (terugsturen) await mark.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Terugsturen", { toelichting: "Welke leerling bedoel je precies, LL-1000?" });
    const [a] = await h.bot.store.aanvragen.lijst();

    nu = new Date(begin + 364 * dag);
    await h.bot.veeg();
    expect((await h.bot.store.aanvragen.haal(a!.id))!.status.fase).toBe(terugsturen ? "teruggestuurd" : "ingediend");

    nu = new Date(begin + 366 * dag);
    await h.bot.veeg();
    const gesloten = (await h.bot.store.aanvragen.haal(a!.id))!;
    expect(gesloten.status).toMatchObject({ fase: "ingetrokken", door: "systeem", vorigeFase: terugsturen ? "teruggestuurd" : "ingediend" });
    const regel = (await h.bot.store.audit.lijst({ aanvraagId: a!.id })).at(-1)!;
    expect(regel).toMatchObject({ actor: "systeem", actie: "ingetrokken", naar: "ingetrokken", reden: "geen voortgang in 365 dagen" });
    for (const id of [SANNE, MARK]) expect(tekstVan(kaartenAan(h, id).at(-1)!)).toContain(`Aanvraag ${a!.nummer} is gesloten`);

    nu = new Date(begin + (366 + 2 * 366) * dag);
    await h.bot.veeg();
    const weg = (await h.bot.store.aanvragen.haal(a!.id))!;
    expect(weg.geanonimiseerdOp).toBeDefined();
    expect(JSON.stringify(weg)).not.toMatch(/LL-10|Leerling Nummer|J\.B\.|Inzet ambulant begeleider|Welke leerling/);
    expect(JSON.stringify(await h.bot.store.audit.lijst({ aanvraagId: a!.id }))).not.toMatch(/LL-10|Leerling Nummer|Welke leerling/);
  });

  it("a regeling's own term wins over the SWV's", async () => {
    const omgeving = await varianten({ profiel: ["almere", (p) => (p.regelingen[0]!.opruimen = { stilstandDagen: 30 })] });
    let nu = new Date(begin);
    h = await startBotOpHttp(omgeving, () => nu);
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    nu = new Date(begin + 31 * dag);
    await h.bot.veeg();
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.status).toMatchObject({ fase: "ingetrokken", door: "systeem", reden: "geen voortgang in 30 dagen" });
  });
});
