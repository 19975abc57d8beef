import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { vulStapIn } from "../support/invullen.js";
import { foutenVan, invoerVan, type KaartJson } from "../support/kaart.js";
import { SANNE, regeling } from "../support/demo.js";

const almere = regeling("almere-maatwerk");
let h: BotOpHttp;
let sanne: Gebruiker;
beforeEach(async () => {
  h = await startBotOpHttp();
  sanne = gebruiker(h, SANNE);
  await sanne.zeg("hallo");
});
afterEach(async () => {
  await h?.stop();
});

/** Start an Almere aanvraag and go, filling in valid answers, to the step with input `naam`. */
async function naarInvoer(naam: string): Promise<KaartJson> {
  const { kaarten } = await sanne.zeg("nieuwe aanvraag");
  let kaart = await sanne.klik(kaarten.at(-1)!, "Beginnen", { regelingId: almere.id, brin: "01AA" });
  for (let i = 0; i < 12 && !(naam in invoerVan(kaart)); i++) kaart = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, almere));
  expect(invoerVan(kaart)).toHaveProperty(naam);
  return kaart;
}

/** The red messages about fields, without the card's general line above them. */
const veldfouten = (kaart: KaartJson) => foutenVan(kaart).filter((f) => !f.startsWith("Nog niet alles klopt"));

const opgeslagen = async () => (await h.bot.store.aanvragen.lijst())[0]!;

describe("honest inputs: over a limit is refused at the field with the limit, never cut, and nothing is stored", () => {
  it("pupil reference, initials, birth year and a broken character each get their own message", async () => {
    let kaart = await naarInvoer("l.0.referentie");
    const geldig = vulStapIn(kaart, almere);
    const gevallen: [Record<string, string>, string][] = [
      [{ "l.0.referentie": "R".repeat(41) }, "Leerling 1: het leerlingnummer of de OPP-referentie heeft 41 tekens; hoogstens 40 passen."],
      [{ "l.0.initialen": "A.B.C.D.E.F." }, "Leerling 1: de initialen heeft 12 tekens; hoogstens 10 passen."],
      [{ "l.0.geboortejaar": "1890" }, "Leerling 1: geboortejaar 1890 kan niet; vul een jaar van 1990 tot en met 2100 in."],
      [{ "l.0.initialen": "J.\uD83D" }, "De tekst bevat een onvolledig teken (bijvoorbeeld een half emoji); er is niets bewaard. Typ het laatste teken opnieuw."],
    ];
    for (const [fout, melding] of gevallen) {
      const antwoord = await sanne.klik(kaart, "Volgende", { ...geldig, ...fout });
      expect(veldfouten(antwoord)).toEqual([melding]);
      expect(invoerVan(antwoord)).toMatchObject(fout);
      expect((await opgeslagen()).antwoorden.leerling).toBeUndefined();
      kaart = antwoord;
    }
  });

  it("a long text over its limit is refused with the limit and the stored text stays whole", async () => {
    const kaart = await naarInvoer("v.onderwijsbehoeften");
    const geldig = vulStapIn(kaart, almere);
    const eerst = await sanne.klik(kaart, "Opslaan als concept", geldig);
    expect(foutenVan(eerst)).toEqual([]);
    const teLang = "Onderbouwing ".repeat(400).slice(0, 4001);
    const antwoord = await sanne.klik(eerst, "Opslaan als concept", { ...geldig, "v.onderwijsbehoeften": teLang });
    expect(veldfouten(antwoord)).toEqual(["Deze tekst heeft 4.001 tekens; hier passen er hoogstens 4.000. Er is niets ingekort en niets bewaard: maak de tekst korter."]);
    expect(invoerVan(antwoord)["v.onderwijsbehoeften"]).toBe(teLang);
    expect((await opgeslagen()).antwoorden.onderwijsbehoeften).toBe(geldig["v.onderwijsbehoeften"]);
  });

  it("the limit of each text field is stated on the card, and the card does not cut what is typed", async () => {
    const kaart = await naarInvoer("v.onderwijsbehoeften");
    expect(JSON.stringify(kaart)).toContain('"placeholder":"Hoogstens 4.000 tekens"');
    expect(JSON.stringify(kaart)).not.toContain('"maxLength"');
  });

  it("an OPP reference over its limit says so, not that the field is empty", async () => {
    const kaart = await naarInvoer("v.opp");
    const antwoord = await sanne.klik(kaart, "Volgende", { ...vulStapIn(kaart, almere), "v.opp": "OPP-".repeat(51) });
    expect(veldfouten(antwoord)).toEqual(["De referentie heeft 204 tekens; hoogstens 200 passen. Gebruik een kortere referentie of een link."]);
    expect((await opgeslagen()).antwoorden.opp).toBeUndefined();
  });

  it("'ca. 1320 euro' is not an amount; a description over 200 is refused; neither is stored", async () => {
    const kaart = await naarInvoer("b.0.bedrag");
    const geldig = vulStapIn(kaart, almere);
    const geenBedrag = await sanne.klik(kaart, "Volgende", { ...geldig, "b.0.bedrag": "ca. 1320 euro" });
    expect(veldfouten(geenBedrag)).toEqual(["Regel 1: 'ca. 1320 euro' is geen bedrag. Schrijf alleen het bedrag in euro's, bijvoorbeeld 1.320 of 1.320,50."]);
    const teLang = await sanne.klik(geenBedrag, "Volgende", { ...geldig, "b.0.omschrijving": "x".repeat(201) });
    expect(veldfouten(teLang)).toEqual(["Regel 1: de omschrijving heeft 201 tekens; hoogstens 200 passen."]);
    expect((await opgeslagen()).antwoorden.begroting).toBeUndefined();
  });

  it("a total left empty for the bot to compute follows a later change of the lines", async () => {
    const kaart = await naarInvoer("b.0.bedrag");
    const geldig = { ...vulStapIn(kaart, almere), "b.0.bedrag": "1000", "b.totaal": "" };
    const eerst = await sanne.klik(kaart, "Opslaan als concept", geldig);
    expect(foutenVan(eerst)).toEqual([]);
    expect((await opgeslagen()).antwoorden.begroting).toMatchObject({ totaal: 100000 });
    const terug = await sanne.klik(eerst, "Volgende", { ...invoerVan(eerst), "b.0.bedrag": "1320" });
    expect(foutenVan(terug)).toEqual([]);
    expect((await opgeslagen()).antwoorden.begroting).toMatchObject({ regels: [{ bedrag: 132000 }], totaal: 132000 });
  });
});
