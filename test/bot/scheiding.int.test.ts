import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { FATIMA, LINDA, MARK, NOOR, SANNE, regeling } from "../support/demo.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";

/**
 * Separation of duties (001: a mandate; 004: accountability): nobody decides an aanvraag
 * they are the consulent of or submitted, by any route (as decider, as deputy, with a
 * forged invoke), and such an aanvraag still reaches someone who may decide it.
 */
let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

async function start(omgeving: Record<string, string> = {}, bekend = [SANNE, MARK, FATIMA, LINDA, NOOR]) {
  h = await startBotOpHttp(omgeving, () => new Date("2026-11-02T09:00:00Z"));
  const m = Object.fromEntries(bekend.map((id) => [id, gebruiker(h, id)])) as Record<string, Gebruiker>;
  for (const g of Object.values(m)) await g.zeg("hallo");
  return m;
}

const beslisKaarten = (id: string) => kaartenAan(h, id).filter((k) => tekstVan(k).includes("Jouw besluit"));
const geweigerd = async () => (await h.bot.store.audit.lijst({})).filter((r) => r.uitkomst === "geweigerd");

describe("a consulent cannot be made a vervanger", () => {
  it("Mark naming Sanne (a consulent) is refused in Dutch and audited; her aanvraag goes to Mark only and she cannot grant it", async () => {
    const m = await start();
    const antwoord = await m[MARK]!.zeg("vervanger Sanne de Vries van 1-11-2026 tot 31-12-2026");
    expect(antwoord.teksten.join()).toContain("Die persoon kan niet je vervanger zijn: een vervanger heeft dezelfde beslisrol.");
    expect(await h.bot.store.vervangingen.lijst()).toEqual([]);
    expect((await geweigerd()).map((r) => [r.actor, r.actie, r.reden])).toContainEqual([MARK, "vervanger-ingesteld", "VERVANGER_ZONDER_MANDAAT"]);

    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    expect(beslisKaarten(SANNE)).toHaveLength(0);
    const kaart = beslisKaarten(MARK).at(-1)!;
    expect(tekstVan(await m[SANNE]!.klik(kaart, "Toekennen"))).not.toContain("Toegekend op");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.status.fase).toBe("ingediend");
    expect(tekstVan(await m[MARK]!.klik(kaart, "Toekennen"))).toContain("Toegekend op");
  });

  it("only the decider or staff name a vervanger: staff can for Mark, a consulent cannot for anyone", async () => {
    const m = await start();
    const door = await m[NOOR]!.zeg("vervanger Fatima El Amrani voor Mark Jansen tot 31-12-2026");
    expect(door.teksten.join()).toContain("Alleen de beslisser zelf of de staf kan een vervanger instellen.");
    const staf = await m[LINDA]!.zeg("vervanger Fatima El Amrani voor Mark Jansen tot 31-12-2026");
    expect(tekstVan(staf.kaarten.at(-1)!)).toContain("Fatima El Amrani beslist van 2 november 2026 tot en met 31 december 2026 namens Mark Jansen");
    expect(await h.bot.store.vervangingen.lijst()).toEqual([{ voor: MARK, door: FATIMA, van: "2026-11-02", tot: "2026-12-31" }]);
    expect((await geweigerd()).map((r) => [r.actor, r.reden])).toContainEqual([NOOR, "VERVANGER_ALLEEN_BESLISSER_OF_STAF"]);
  });
});

describe("nobody grants their own aanvraag", () => {
  it("a consulent the configuration names as Mark's deputy gets no card for her own aanvraag, a forged grant is refused with the reason and audited, and Mark decides", async () => {
    const omgeving = await varianten({ swv: (swv) => (swv.vervangingen = [{ voor: MARK, door: SANNE, van: "2026-01-01", tot: "2030-12-31" }]) });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    expect(beslisKaarten(SANNE)).toHaveLength(0);
    const kaart = beslisKaarten(MARK).at(-1)!;
    const vervalst = await m[SANNE]!.klik(kaart, "Toekennen");
    expect(tekstVan(vervalst)).toContain("Je bent de consulent van deze aanvraag en beslist er daarom niet over, ook niet als vervanger.");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect((await h.bot.store.aanvragen.haal(a!.id))!.status.fase).toBe("ingediend");
    expect((await geweigerd()).map((r) => [r.actor, r.aanvraagId, r.reden])).toContainEqual([SANNE, a!.id, "eigen aanvraag (consulent)"]);
    expect(tekstVan(await m[MARK]!.klik(kaart, "Toekennen"))).toContain("Toegekend op");
    expect(tekstVan(kaartenAan(h, SANNE).at(-1)!)).toContain("Aanvraag MW-2026-0001 is toegekend");
  });

  it("a stadsdeelmanager who is also a consulent submits: the card goes to staff, not to him; his forged grant is refused; staff decide", async () => {
    const omgeving = await varianten({
      swv: (swv) => {
        const mark = (swv.personen as { id: string; rollen: unknown[] }[]).find((p) => p.id === MARK)!;
        mark.rollen.push({ rol: "consulent", scholen: ["01AA"] });
      },
    });
    const m = await start(omgeving);
    await dienVolledigIn(m[MARK]!, regeling("almere-maatwerk"), "01AA");
    expect(beslisKaarten(MARK)).toHaveLength(0);
    const kaart = beslisKaarten(LINDA).at(-1) as KaartJson;
    expect(kaart).toBeDefined();
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.status).toMatchObject({ fase: "ingediend", beslisserId: LINDA });

    const zelf = await m[MARK]!.klik(kaart, "Toekennen");
    expect(tekstVan(zelf)).not.toContain("Toegekend op");
    expect((await h.bot.store.aanvragen.haal(a!.id))!.status.fase).toBe("ingediend");
    expect((await geweigerd()).map((r) => [r.actor, r.aanvraagId])).toContainEqual([MARK, a!.id]);

    expect(tekstVan(await m[LINDA]!.klik(kaart, "Toekennen"))).toContain("Toegekend op");
    expect((await h.bot.store.aanvragen.haal(a!.id))!.status).toMatchObject({ fase: "toegekend", beschikking: { besluitDoor: LINDA } });
  });
});
