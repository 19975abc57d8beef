import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan, toegekendTraject } from "../support/indienen.js";
import { foutenBij, foutenVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { ERICA, JOOST, MARK, SANNE, demoConfig, regeling } from "../support/demo.js";

const jaarplan = demoConfig.regelingen.find((r) => r.id === "jaarplan-maatwerk")!;

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

describe("voortgang of a granted traject", () => {
  it("reminds the consulent of each gesprek, stops once it is recorded, and closes the traject with the evaluation", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const { sanne } = await toegekendTraject(h, jaarplan, { start: "2027-01-04", eind: "2027-07-16", schoolweken: "26" });
    const herinneringen = (): KaartJson[] => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));

    nu = new Date("2027-01-05T10:00:00Z");
    await h.bot.veeg();
    expect((await h.bot.store.aanvragen.lijst())[0]!.status.fase).toBe("lopend");
    expect(herinneringen()).toHaveLength(0);

    nu = new Date("2027-03-29T10:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(tekstVan(herinneringen()[0]!)).toContain("staat gepland op maandag 5 april 2027 (verschoven van zondag 4 april 2027: dat is geen schooldag)");
    expect(JSON.stringify(herinneringen()[0])).not.toContain("LL-1000");

    nu = new Date("2027-04-06T12:00:00Z");
    const onvolledig = await sanne.klik(herinneringen()[0]!, "Gesprek vastleggen", { "g.deelnemers": "" });
    expect(tekstVan(onvolledig)).toContain("Vul de datum van het gesprek in, wie erbij waren");
    const vastgelegd = await sanne.klik(onvolledig, "Gesprek vastleggen", { "g.gehoudenOp": "2027-04-06", "g.deelnemers": "mentor, ouders, consulent", "g.voortgang": "op-koers" });
    expect(tekstVan(vastgelegd)).toContain("Voortgangsgesprek 1 van MW-2026-0001 is vastgelegd");

    nu = new Date("2027-04-20T10:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(kaartenAan(h, MARK).some((k) => tekstVan(k).includes("meer dan een week te laat"))).toBe(false);

    nu = new Date("2027-07-19T10:00:00Z");
    await h.bot.veeg();
    const evaluatie = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Evaluatie van")).at(-1)!;
    const klaar = await sanne.klik(evaluatie, "Evaluatie vastleggen", { "e.doelen-behaald": "deels", "e.opbrengsten": "Leerling blijft op school.", "e.vervolg": "Geen.", "e.visie-school": "Positief.", "e.visie-ouders": "Tevreden.", "e.visie-consulent": "Doel bereikt." });
    expect(tekstVan(klaar)).toContain("afgesloten");
    expect((await h.bot.store.aanvragen.lijst())[0]!.status.fase).toBe("afgesloten");
  });

  it("asks progress per goal when the aanvraag names several, and the effect per goal at the evaluation", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    const doelen = "1. Leest zelfstandig op AVI-niveau E5\n2. Werkt twintig minuten zonder begeleiding";
    await dienVolledigIn(sanne, jaarplan, "01AA", { start: "2027-01-04", antwoorden: { doelen } });
    await mark.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen", { start: "2027-01-04", eind: "2027-07-16" });

    nu = new Date("2027-04-05T10:00:00Z");
    await h.bot.veeg();
    const herinnering = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van")).at(-1)!;
    expect(tekstVan(herinnering)).toContain("Doel 1: Leest zelfstandig op AVI-niveau E5");
    expect(tekstVan(herinnering)).toContain("Doel 2: Werkt twintig minuten zonder begeleiding");
    const half = await sanne.klik(herinnering, "Gesprek vastleggen", { "g.gehoudenOp": "2027-04-05", "g.deelnemers": "mentor, ouders", "g.doel-1": "op-koers" });
    expect(tekstVan(half)).toContain("hoe het met de doelen gaat");
    await sanne.klik(half, "Gesprek vastleggen", { "g.gehoudenOp": "2027-04-05", "g.deelnemers": "mentor, ouders", "g.doel-1": "op-koers", "g.doel-2": "niet" });
    const [traject] = await h.bot.store.aanvragen.lijst();
    expect(traject!.voortgang.gesprekken[0]).toMatchObject({
      voortgang: "deels",
      perDoel: [
        { doel: "Leest zelfstandig op AVI-niveau E5", oordeel: "op-koers" },
        { doel: "Werkt twintig minuten zonder begeleiding", oordeel: "niet" },
      ],
    });

    nu = new Date("2027-07-19T10:00:00Z");
    await h.bot.veeg();
    const evaluatie = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Evaluatie van")).at(-1)!;
    expect(tekstVan(evaluatie)).toContain("Doel 2 behaald? Werkt twintig minuten zonder begeleiding");
    const antwoorden = { "e.doelen-behaald": "deels", "e.opbrengsten": "Leest nu zelfstandig.", "e.vervolg": "Geen.", "e.visie-school": "Positief.", "e.visie-ouders": "Tevreden.", "e.visie-consulent": "Doel bereikt.", "d.doel-1": "ja" };
    expect(tekstVan(await sanne.klik(evaluatie, "Evaluatie vastleggen", antwoorden))).toContain("Beantwoord de vraag 'Doel 2 behaald?'");
    expect(tekstVan(await sanne.klik(evaluatie, "Evaluatie vastleggen", { ...antwoorden, "d.doel-2": "nee" }))).toContain("afgesloten");
    const [klaar] = await h.bot.store.aanvragen.lijst();
    expect(klaar!.status.fase === "afgesloten" && klaar!.status.evaluatie.perDoel.map((d) => d.effect)).toEqual(["ja", "nee"]);
  });

  it("more than a week overdue: one more reminder to the consulent and one message to the decider, nothing more weeks later, and reminders again once it is moved", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const { sanne } = await toegekendTraject(h, jaarplan, { start: "2027-01-04", eind: "2027-07-16" });
    const bijSanne = () => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));
    const bijMark = () => kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("meer dan een week te laat"));
    const veegOp = async (tijdstip: string) => {
      nu = new Date(tijdstip);
      await h.bot.veeg();
      await h.bot.veeg();
    };

    // Gesprek 1 is planned on Monday 5 April (three months on is Sunday 4 April): a week before, on the day, and eight days after it.
    await veegOp("2027-03-29T10:00:00Z");
    await veegOp("2027-04-05T10:00:00Z");
    expect(bijSanne()).toHaveLength(2);
    expect(bijMark()).toHaveLength(0);
    await veegOp("2027-04-13T10:00:00Z");
    expect(bijSanne()).toHaveLength(3);
    expect(tekstVan(bijSanne()[2]!)).toContain("was gepland op maandag 5 april 2027 (verschoven van zondag 4 april 2027: dat is geen schooldag) en is nog niet vastgelegd");
    expect(bijMark()).toHaveLength(1);
    expect(tekstVan(bijMark()[0]!)).toContain("Gepland op 5 april 2027");

    await veegOp("2027-05-10T10:00:00Z");
    await veegOp("2027-06-07T10:00:00Z");
    expect(bijSanne()).toHaveLength(3);
    expect(bijMark()).toHaveLength(1);

    const verzet = await sanne.klik(bijSanne()[2]!, "Verzetten", { "v.nieuweDatum": "2027-06-21", "v.reden": "Mentor langdurig ziek; nieuwe mentor sluit aan." });
    expect(tekstVan(verzet)).toContain("staat nu op 2027-06-21");
    await veegOp("2027-06-14T10:00:00Z");
    expect(bijSanne()).toHaveLength(4);
    expect(tekstVan(bijSanne()[3]!)).toContain("staat gepland op maandag 21 juni 2027");
    expect(bijMark()).toHaveLength(1);
  });
});

describe("reminders at 09:00 in Amsterdam across the change to summer time (Sunday 28 March 2027)", () => {
  it("sends the winter-side reminder at 08:00Z and the summer-side one at 07:00Z, not a minute earlier", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    // Gesprek 1 on Friday 2 April 2027: a week before is Friday 26 March (winter time), the day itself is summer time.
    await toegekendTraject(h, jaarplan, { start: "2027-01-02", eind: "2027-07-16" });
    const herinneringen = () => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));

    nu = new Date("2027-03-26T07:59:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(0);
    nu = new Date("2027-03-26T08:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(tekstVan(herinneringen()[0]!)).toContain("staat gepland op vrijdag 2 april 2027");

    nu = new Date("2027-04-02T06:59:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    nu = new Date("2027-04-02T07:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(2);
    const verstuurd = (await h.bot.store.uitgaand.vanAanvraag((await h.bot.store.aanvragen.lijst())[0]!.id)).filter((u) => u.soort === "voortgang");
    expect(verstuurd.map((u) => [u.afspraak?.moment, u.verzondenOp])).toEqual([
      ["week-vooraf", "2027-03-26T08:00:00.000Z"],
      ["op-de-dag", "2027-04-02T07:00:00.000Z"],
    ]);
  });
});

describe("moving a gesprek with the reminder card's Verzetten button", () => {
  it("refuses an empty reason beside the field and changes nothing; with a reason it is stored, audited, and the reminders follow the new date", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const { sanne } = await toegekendTraject(h, jaarplan, { start: "2027-01-04", eind: "2027-07-16" });
    const herinneringen = (): KaartJson[] => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));
    nu = new Date("2027-03-29T10:00:00Z");
    await h.bot.veeg();
    const [voor] = await h.bot.store.aanvragen.lijst();

    const zonderReden = await sanne.klik(herinneringen()[0]!, "Verzetten", { "v.nieuweDatum": "2027-04-19", "v.reden": "  " });
    expect(foutenBij(zonderReden, "v.reden")).toEqual(["Geef een reden op."]);
    expect(foutenVan(zonderReden)).toEqual(["Geef een reden op."]);
    const [ongewijzigd] = await h.bot.store.aanvragen.lijst();
    expect(ongewijzigd!.versie).toBe(voor!.versie);
    expect(ongewijzigd!.voortgang.verzet).toEqual([]);
    expect((await h.bot.store.audit.lijst({ aanvraagId: voor!.id })).some((r) => r.actie === "verzet")).toBe(false);

    const verzet = await sanne.klik(zonderReden, "Verzetten", { "v.nieuweDatum": "2027-04-19", "v.reden": "Ouders zijn in de week van 5 april niet beschikbaar." });
    expect(tekstVan(verzet)).toContain("Gesprek 1 van MW-2026-0001 staat nu op 2027-04-19");
    const [na] = await h.bot.store.aanvragen.lijst();
    expect(na!.voortgang.verzet).toMatchObject([{ soort: "voortgangsgesprek", volgnummer: 1, nieuweDatum: "2027-04-19", reden: "Ouders zijn in de week van 5 april niet beschikbaar.", door: SANNE }]);
    expect((await h.bot.store.audit.lijst({ aanvraagId: na!.id })).filter((r) => r.actie === "verzet")).toMatchObject([{ actor: SANNE, uitkomst: "toegestaan" }]);

    // The old date's reminder on the day (Monday 5 April) no longer comes; the new date's week-before one does.
    nu = new Date("2027-04-05T10:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    nu = new Date("2027-04-12T10:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(2);
    expect(tekstVan(herinneringen()[1]!)).toContain("staat gepland op maandag 19 april 2027");
  });
});

describe("the contactpersoon of a regeling that holds the voortgang with the contactpersoon (De Verbinding)", () => {
  it("gets each reminder as well as the consulent, each once", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    const erica = gebruiker(h, ERICA);
    for (const g of [sanne, erica, gebruiker(h, JOOST)]) await g.zeg("hallo");
    await dienVolledigIn(sanne, regeling("verbinding-individueel"), "04DD", { start: "2027-01-04" });
    await erica.klik(kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen", { start: "2027-01-04", eind: "2027-07-03" });
    const herinneringen = (id: string) => kaartenAan(h, id).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));

    nu = new Date("2027-03-29T10:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(herinneringen(SANNE)).toHaveLength(1);
    expect(herinneringen(JOOST)).toHaveLength(1);
    expect(tekstVan(herinneringen(JOOST)[0]!)).toContain("staat gepland op maandag 5 april 2027 (verschoven van zondag 4 april 2027: dat is geen schooldag)");
    expect(JSON.stringify(herinneringen(JOOST)[0])).not.toContain("LL-1000");

    nu = new Date("2027-04-05T10:00:00Z");
    await h.bot.veeg();
    expect(herinneringen(SANNE)).toHaveLength(2);
    expect(herinneringen(JOOST)).toHaveLength(2);
    expect(herinneringen(ERICA)).toHaveLength(0);
  });
});

describe("the evaluation of an Almere maatwerk traject", () => {
  it("records whether a TLV and thuiszitten were prevented, and shows the answers with the traject's details", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    // At most three months: 4 January to 3 April 2027, so only the evaluation.
    await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA", { start: "2027-01-04" });
    await mark.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen");
    nu = new Date("2027-04-05T10:00:00Z");
    await h.bot.veeg();
    const evaluatie = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Evaluatie van")).at(-1)!;
    expect(tekstVan(evaluatie)).toContain("Is een TLV-aanvraag voorkomen?");
    expect(tekstVan(evaluatie)).toContain("Is thuiszitten voorkomen?");

    const antwoorden = { "e.effect": "ja", "e.visie-school": "Positief.", "e.visie-ouders": "Tevreden.", "e.visie-consulent": "Doel bereikt.", "e.tlv-voorkomen": "ja", "e.thuiszitten-voorkomen": "nee", "e.vervolg": "Begeleiding binnen de basisondersteuning.", "e.vastgelegd-in-opp": "ja" };
    expect(tekstVan(await sanne.klik(evaluatie, "Evaluatie vastleggen", antwoorden))).toContain("afgesloten");
    const [traject] = await h.bot.store.aanvragen.lijst();
    expect(traject!.status.fase === "afgesloten" && traject!.status.evaluatie.antwoorden).toMatchObject({ effect: "ja", "tlv-voorkomen": true, "thuiszitten-voorkomen": false, "vastgelegd-in-opp": true });

    for (const g of [sanne, mark]) {
      const status = (await g.zeg(`status ${traject!.nummer}`)).kaarten.at(-1)!;
      expect(tekstVan(status)).toContain("afgesloten");
      const details = (await g.klikMetBerichten(status, "Details")).berichten.map(tekstVan).join("\n");
      expect(details).toContain("Heeft het maatwerkbudget het gewenste effect gehad? Ja");
      expect(details).toContain("Is een TLV-aanvraag voorkomen? Ja");
      expect(details).toContain("Is thuiszitten voorkomen? Nee");
    }
  });
});
