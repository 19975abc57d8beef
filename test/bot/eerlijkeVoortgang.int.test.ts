import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { kaartenAan, toegekendTraject } from "../support/indienen.js";
import { foutenBij, foutenVan, invoerVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { SANNE, demoConfig } from "../support/demo.js";

const jaarplan = demoConfig.regelingen.find((r) => r.id === "jaarplan-maatwerk")!;
const innovatie = demoConfig.regelingen.find((r) => r.id === "jaarplan-innovatie")!;

/** A text of exactly `n` UTF-16 code units, without whitespace at either end. */
const tekst = (n: number) => `${"Leerling werkt zelfstandiger. ".repeat(Math.ceil(n / 30)).slice(0, n - 1)}.`;
const teLang = (lengte: number, max: number) => `Deze tekst heeft ${lengte.toLocaleString("nl-NL")} tekens; hier passen er hoogstens ${max.toLocaleString("nl-NL")}. Er is niets ingekort en niets bewaard: maak de tekst korter.`;
const LOS_TEKEN = "De tekst bevat een onvolledig teken (bijvoorbeeld een half emoji); er is niets bewaard. Typ het laatste teken opnieuw.";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

/** A granted jaarplan traject, 4 January to 16 July 2027, with the bot's clock at `tijdstip` and the sweep run. */
async function traject(regeling = jaarplan, eind = "2027-07-16") {
  let nu = new Date("2026-11-02T09:00:00Z");
  h = await startBotOpHttp({}, () => nu);
  const { sanne } = await toegekendTraject(h, regeling, { start: "2027-01-04", eind });
  const naar = async (tijdstip: string) => {
    nu = new Date(tijdstip);
    await h.bot.veeg();
  };
  const opgeslagen = async () => (await h.bot.store.aanvragen.lijst())[0]!;
  const laatste = (titel: string): KaartJson => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes(titel)).at(-1)!;
  return { sanne, naar, opgeslagen, laatste };
}

/** The card shows one refusal, beside `invoer`, and nothing above the inputs. */
function alleenBij(kaart: KaartJson, invoer: string, melding: string): void {
  expect(foutenBij(kaart, invoer)).toEqual([melding]);
  expect(foutenVan(kaart)).toEqual([melding]);
}

describe("honest inputs on the voortgang card: over a limit is refused at the field with the limit, never cut, and nothing is stored", () => {
  it("a gesprek: notes over 4000, participants over 500 and a broken character are refused, the input kept; exactly at the limits everything is stored whole", async () => {
    const { sanne, naar, opgeslagen, laatste } = await traject();
    await naar("2027-04-06T10:00:00Z");
    const herinnering = laatste("Voortgangsgesprek 1 van");
    expect(JSON.stringify(herinnering)).not.toContain('"maxLength"');
    expect(invoerVan(herinnering)).toHaveProperty("g.notities");
    expect(JSON.stringify(herinnering)).toContain('"placeholder":"Hoogstens 4.000 tekens"');
    expect(JSON.stringify(herinnering)).toContain('"placeholder":"bijv. mentor, ouders, consulent (hoogstens 500 tekens)"');
    const voor = await opgeslagen();
    const geldig = { "g.gehoudenOp": "2027-04-06", "g.deelnemers": "mentor, ouders, consulent", "g.voortgang": "op-koers" };

    const gevallen: [Record<string, string>, string, string][] = [
      [{ "g.notities": tekst(4001) }, "g.notities", teLang(4001, 4000)],
      [{ "g.vervolgstappen": tekst(4321) }, "g.vervolgstappen", teLang(4321, 4000)],
      [{ "g.deelnemers": tekst(501) }, "g.deelnemers", teLang(501, 500)],
      [{ "g.notities": "Goed gesprek \uD83D" }, "g.notities", LOS_TEKEN],
    ];
    let kaart = herinnering;
    for (const [fout, invoer, melding] of gevallen) {
      kaart = await sanne.klik(kaart, "Gesprek vastleggen", { ...geldig, "g.notities": "", "g.vervolgstappen": "", ...fout });
      alleenBij(kaart, invoer, melding);
      expect(invoerVan(kaart)).toMatchObject({ ...geldig, ...fout });
      const na = await opgeslagen();
      expect(na.versie).toBe(voor.versie);
      expect(na.voortgang.gesprekken).toEqual([]);
    }
    expect((await h.bot.store.audit.lijst({ aanvraagId: voor.id })).some((r) => r.actie === "voortgangsgesprek")).toBe(false);

    const precies = { ...geldig, "g.deelnemers": tekst(500), "g.notities": tekst(4000), "g.vervolgstappen": tekst(4000) };
    expect(tekstVan(await sanne.klik(kaart, "Gesprek vastleggen", precies))).toContain("Voortgangsgesprek 1 van MW-2026-0001 is vastgelegd");
    expect((await opgeslagen()).voortgang.gesprekken[0]).toMatchObject({ deelnemers: tekst(500), notities: tekst(4000), vervolgstappen: tekst(4000) });
  });

  it("moving: a reason over 500 is refused beside it and nothing moves; exactly 500 is stored whole", async () => {
    const { sanne, naar, opgeslagen, laatste } = await traject();
    await naar("2027-03-29T10:00:00Z");
    const voor = await opgeslagen();
    const kaart = await sanne.klik(laatste("Voortgangsgesprek 1 van"), "Verzetten", { "v.nieuweDatum": "2027-04-19", "v.reden": tekst(501) });
    alleenBij(kaart, "v.reden", teLang(501, 500));
    expect(invoerVan(kaart)).toMatchObject({ "v.nieuweDatum": "2027-04-19", "v.reden": tekst(501) });
    expect((await opgeslagen()).versie).toBe(voor.versie);

    expect(tekstVan(await sanne.klik(kaart, "Verzetten", { "v.reden": tekst(500) }))).toContain("staat nu op 2027-04-19");
    expect((await opgeslagen()).voortgang.verzet).toMatchObject([{ nieuweDatum: "2027-04-19", reden: tekst(500) }]);
  });

  it("the evaluation: an answer over 4000 or with a broken character is refused beside its question and the traject stays open; exactly 4000 is stored whole", async () => {
    const { sanne, naar, opgeslagen, laatste } = await traject();
    await naar("2027-07-19T10:00:00Z");
    const evaluatie = laatste("Evaluatie van");
    expect(JSON.stringify(evaluatie)).not.toContain('"maxLength"');
    const antwoorden = { "e.doelen-behaald": "deels", "e.opbrengsten": "Leerling blijft op school.", "e.vervolg": "Geen.", "e.visie-school": "Positief.", "e.visie-ouders": "Tevreden.", "e.visie-consulent": "Doel bereikt." };

    const lang = await sanne.klik(evaluatie, "Evaluatie vastleggen", { ...antwoorden, "e.opbrengsten": tekst(4001) });
    alleenBij(lang, "e.opbrengsten", teLang(4001, 4000));
    expect(invoerVan(lang)).toMatchObject({ ...antwoorden, "e.opbrengsten": tekst(4001) });
    const los = await sanne.klik(lang, "Evaluatie vastleggen", { ...antwoorden, "e.visie-ouders": "Tevreden \uDE00" });
    alleenBij(los, "e.visie-ouders", LOS_TEKEN);
    expect((await opgeslagen()).status.fase).toBe("lopend");

    expect(tekstVan(await sanne.klik(los, "Evaluatie vastleggen", { ...antwoorden, "e.opbrengsten": tekst(4000) }))).toContain("afgesloten");
    const klaar = await opgeslagen();
    expect(klaar.status.fase === "afgesloten" && klaar.status.evaluatie.antwoorden.opbrengsten).toBe(tekst(4000));
  });

  it("a follow-up item: an explanation over 2000 is refused beside it; exactly 2000 is stored whole", async () => {
    const { sanne, naar, opgeslagen, laatste } = await traject(innovatie, "2027-07-02");
    await naar("2027-07-02T10:00:00Z");
    await sanne.klik(laatste("Evaluatie van"), "Evaluatie vastleggen", { "e.doelen-behaald": "ja", "e.opbrengsten": "Docenten passen de aanpak toe.", "e.aanscherpen": "Meer collega's betrekken." });
    const vervolg = laatste("Vervolgactie van aanvraag IN-2026-0001");
    expect(JSON.stringify(vervolg)).toContain('"placeholder":"Hoogstens 2.000 tekens"');
    const voor = await opgeslagen();

    const kaart = await sanne.klik(vervolg, "Vastleggen als gedaan", { "a.gedaanOp": "2027-07-01", "a.toelichting": tekst(2001) });
    alleenBij(kaart, "a.toelichting", teLang(2001, 2000));
    expect(invoerVan(kaart)).toMatchObject({ "a.gedaanOp": "2027-07-01", "a.toelichting": tekst(2001) });
    expect((await opgeslagen()).versie).toBe(voor.versie);

    expect(tekstVan(await sanne.klik(kaart, "Vastleggen als gedaan", { "a.toelichting": tekst(2000) }))).toContain("is vastgelegd als gedaan op 1 juli 2027");
    expect((await opgeslagen()).voortgang.vervolgacties).toMatchObject([{ gedaanOp: "2027-07-01", toelichting: tekst(2000) }]);
  });
});
