import { describe, expect, it } from "vitest";
import { valideerAanvraag, valideerVelden, VOORWAARDEN_VELD } from "../../src/domain/validatie.js";
import { leerlingen, leesbaar, regeling, SEED, volledigConcept, voorwaarden } from "./builders.js";

const jaarplan = regeling("jaarplan-maatwerk");
const almere = regeling("almere-maatwerk");
const berichten = (overrides: Parameters<typeof volledigConcept>[1], r = jaarplan) =>
  valideerAanvraag(r, volledigConcept(r, overrides)).map((p) => `${p.veld}: ${leesbaar(p.bericht)}`);

describe(`000: the requested budget, specified line by line (${SEED.jaarplan})`, () => {
  it("given lines that add up to the total, then the budget is accepted", () => {
    expect(berichten({ begroting: { regels: [{ omschrijving: "Begeleiding", bedrag: 1000 }, { omschrijving: "Materiaal", bedrag: 2500 }], totaal: 3500 } })).toEqual([]);
  });

  it("given lines that do not add up to the requested total, then both sums are named", () => {
    expect(berichten({ begroting: { regels: [{ omschrijving: "A", bedrag: 1000 }, { omschrijving: "B", bedrag: 2000 }], totaal: 3500 } })).toEqual([
      "begroting: De begrotingsregels tellen op tot € 30,00, maar het aangevraagde totaal is € 35,00.",
    ]);
  });

  it("given a total without lines, then a line is asked for", () => {
    expect(berichten({ begroting: { regels: [], totaal: 500 } })).toEqual(["begroting: Voeg minstens één begrotingsregel toe (omschrijving en bedrag)."]);
  });

  it("given a budget of nothing, then the aanvraag is incomplete", () => {
    expect(berichten({ begroting: { regels: [], totaal: 0 } })).toEqual(["begroting: Vul 'Aan te vragen budget' in."]);
  });

  it("given an amount that is not whole cents, then the budget is refused", () => {
    expect(berichten({ begroting: { regels: [{ omschrijving: "A", bedrag: 10.5 }], totaal: 10.5 } })).toEqual(["begroting: Deze waarde past niet bij dit veld."]);
  });
});

describe(`000: planning with a start and end date (${SEED.jaarplan})`, () => {
  it("given an end date before the start date, then it is refused", () => {
    expect(berichten({ periode: { start: "2027-02-01", eind: "2027-01-31" } })).toEqual(["periode: De einddatum ligt voor de startdatum."]);
  });

  it("given support on a single day (start equals end), then it is accepted", () => {
    expect(berichten({ periode: { start: "2027-02-01", eind: "2027-02-01" } })).toEqual([]);
  });

  it("given a date that does not exist, then it is refused", () => {
    expect(berichten({ periode: { start: "2027-02-30", eind: "2027-03-31" } })).toEqual(["periode: Vul een geldige datum in (JJJJ-MM-DD)."]);
  });
});

describe(`000: every criterion must be covered in the aanvraag (${SEED.jaarplan})`, () => {
  it("given a required criterion left out, then its label is named", () => {
    expect(berichten({ doelen: undefined })).toEqual(["doelen: Vul 'Doelen' in."]);
  });

  it("given a required criterion of only spaces, then it counts as empty", () => {
    expect(berichten({ doelen: "   " })).toEqual(["doelen: Vul 'Doelen' in."]);
  });

  it("given a text shorter than the minimum, then the minimum is named", () => {
    expect(berichten({ doelen: "Kort." })).toEqual(["doelen: Schrijf minstens 20 tekens."]);
  });

  it("given a value of the wrong kind, then it is refused rather than converted", () => {
    expect(berichten({ doelen: 42 })).toEqual(["doelen: Deze waarde past niet bij dit veld."]);
  });

  it("given one step of the form, then only the fields of that step are checked", () => {
    const inhoud = volledigConcept(almere, { doelen: undefined, periode: undefined });
    expect(valideerVelden(almere, inhoud, ["doelen"]).map((p) => p.veld)).toEqual(["doelen"]);
    expect(valideerVelden(almere, { ...inhoud, voorwaarden: voorwaarden(almere, ["opp-plan"]) }, [VOORWAARDEN_VELD]).map((p) => p.veld)).toEqual([VOORWAARDEN_VELD]);
  });
});

describe(`pupils stay in view, privacy-proof (004 ${SEED.ondersteuningsplan}, 001 ${SEED.zuidLimburg})`, () => {
  it("004: given the same pupil twice (reference in another case), then the duplicate is named", () => {
    const [l] = leerlingen(1);
    expect(berichten({ leerlingen: [l!, { ...l!, referentie: l!.referentie.toLowerCase() }] })).toEqual([
      "leerlingen: De leerling met referentie ll-100 staat er twee keer in.",
    ]);
  });

  it("001: given a pupil with a full name where the regeling does not ask for it, then the name is refused", () => {
    expect(berichten({ leerlingen: leerlingen(1, true) })).toEqual([
      "leerlingen: Leerling 1: noteer geen naam, alleen leerlingnummer of OPP-referentie, initialen en geboortejaar.",
    ]);
  });

  it("004: given a pupil without initials, then the pupil is refused", () => {
    expect(berichten({ leerlingen: [{ referentie: "LL-1", initialen: " ", geboortejaar: 2012 }] })).toEqual(["leerlingen: Deze waarde past niet bij dit veld."]);
  });
});
