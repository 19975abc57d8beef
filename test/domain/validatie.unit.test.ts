import { describe, expect, it } from "vitest";
import { schooljaarVan } from "../../src/domain/datum.js";
import { formatNummer, leesNummer } from "../../src/domain/nummer.js";
import { valideerAanvraag } from "../../src/domain/validatie.js";
import { regeling, volledigConcept } from "./builders.js";

const jaarplan = regeling("jaarplan-maatwerk");
const berichten = (overrides: Parameters<typeof volledigConcept>[1]) =>
  valideerAanvraag(jaarplan, volledigConcept(jaarplan, overrides)).map((p) => `${p.veld}: ${p.bericht.replace(/\u00a0/g, " ")}`);

describe("validation of an aanvraag (domain.md rules, 000_a513ff208c720dcd.txt: budget specified line by line)", () => {
  it("budget lines that do not add up to the requested total", () => {
    expect(berichten({ begroting: { regels: [{ omschrijving: "A", bedrag: 1000 }, { omschrijving: "B", bedrag: 2000 }], totaal: 3500 } })).toEqual([
      "begroting: De begrotingsregels tellen op tot € 30,00, maar het aangevraagde totaal is € 35,00.",
    ]);
  });

  it("a budget without lines", () => {
    expect(berichten({ begroting: { regels: [], totaal: 500 } })).toContain("begroting: Voeg minstens één begrotingsregel toe (omschrijving en bedrag).");
  });

  it("an end date before the start date (000: planning, start- en einddatum)", () => {
    expect(berichten({ periode: { start: "2027-02-01", eind: "2027-01-31" } })).toEqual(["periode: De einddatum ligt voor de startdatum."]);
  });

  it("a required criterion left empty, or only spaces", () => {
    expect(berichten({ doelen: undefined })).toEqual(["doelen: Vul 'Doelen' in."]);
    expect(berichten({ doelen: "   " })).toEqual(["doelen: Vul 'Doelen' in."]);
  });

  it("the same pupil twice", () => {
    const l = { referentie: "LL-1", initialen: "A.", geboortejaar: 2012 };
    expect(berichten({ leerlingen: [l, { ...l, referentie: "ll-1" }] })).toEqual(["leerlingen: De leerling met referentie ll-1 staat er twee keer in."]);
  });

  it("a value of the wrong kind is refused, not coerced", () => {
    expect(berichten({ doelen: 42 })).toEqual(["doelen: Deze waarde past niet bij dit veld."]);
  });
});

describe("schooljaar and numbers (domain.md glossary)", () => {
  it("a schooljaar runs from 1 August to 31 July", () => {
    expect(schooljaarVan("2026-07-31")).toBe("2025-2026");
    expect(schooljaarVan("2026-08-01")).toBe("2026-2027");
    expect(schooljaarVan("2027-07-31")).toBe("2026-2027");
  });

  it("aanvraag numbers are readable and found back in loose text", () => {
    expect(formatNummer("MW", 2026, 1)).toBe("MW-2026-0001");
    expect(formatNummer("IN", 2027, 12345)).toBe("IN-2027-12345");
    expect(leesNummer("hoe staat het met mw 2026 7?")).toBe("MW-2026-0007");
    expect(leesNummer("status IN-2026-0012")).toBe("IN-2026-0012");
    expect(leesNummer("status van mijn aanvraag")).toBeUndefined();
  });
});
