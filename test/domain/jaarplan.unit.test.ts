import { describe, expect, it } from "vitest";
import { nummerPrefix, type Regeling } from "../../src/domain/regeling.js";
import { valideerAanvraag } from "../../src/domain/validatie.js";
import { leerlingen, regeling, SEED, volledigConcept } from "./builders.js";

const maatwerk = regeling("jaarplan-maatwerk");
const innovatie = regeling("jaarplan-innovatie");
const berichten = (r: Regeling, overrides: Parameters<typeof volledigConcept>[1] = {}) =>
  valideerAanvraag(r, volledigConcept(r, overrides)).map((p) => p.bericht);
/** What a consulent reads for a criterion: its label and help together, in lower case. */
const vragen = (r: Regeling) => r.criteria.filter((c) => c.type !== "leerlingen").map((c) => `${c.label} ${c.help ?? ""}`.toLowerCase());

describe(`000 Jaarplan maatwerk en innovatie (${SEED.jaarplan})`, () => {
  it("000: both regelingen name their source, and a complete aanvraag has no problems", () => {
    for (const r of [maatwerk, innovatie]) {
      expect(r.bron).toBe(SEED.jaarplan);
      expect(berichten(r)).toEqual([]);
    }
  });

  describe("000: a maatwerk aanvraag covers the eight criteria of the jaarplan", () => {
    const bullets = [
      ["why maatwerk is needed on top of the extra support", /waarom.*in aanvulling op de extra ondersteuning/],
      ["the goals", /doelen/],
      ["measurable intended results at pupil and teacher level", /meetbare.*leerling- en op docentniveau/],
      ["the target group in relation to the support need", /doelgroep in relatie tot de ondersteuningsbehoefte/],
      ["what will happen", /wat gaat er plaatsvinden/],
      ["who carries it out", /wie voert het maatwerk uit/],
      ["planning with start and end date", /planning start- en einddatum/],
      ["the requested budget, specified", /budget.*gespecificeerd/],
    ] as const;

    it("there are exactly eight questions besides the pupils", () => {
      expect(vragen(maatwerk)).toHaveLength(8);
    });

    it.each(bullets)("it asks %s", (_onderwerp, patroon) => {
      expect(vragen(maatwerk).filter((v) => patroon.test(v))).toHaveLength(1);
    });

    it("the planning is a period and the budget is specified line by line", () => {
      expect(maatwerk.criteria.map((c) => c.type)).toEqual(expect.arrayContaining(["periode", "begroting"]));
    });
  });

  describe("000: maatwerk is for one pupil or a group", () => {
    it("given no pupils, then the aanvraag is incomplete", () => {
      expect(berichten(maatwerk, { leerlingen: [] })).toEqual(["Vul 'Leerling(en)' in."]);
    });

    it("given a group of six, then it is accepted, without names", () => {
      expect(maatwerk.limieten).toMatchObject({ minLeerlingen: 1 });
      expect(berichten(maatwerk, { leerlingen: leerlingen(6) })).toEqual([]);
    });
  });

  describe("000: an innovatie aanvraag covers the seven criteria, for the school rather than for pupils", () => {
    const bullets = [
      ["the problem experienced and the goals", /ervaren problematiek.*doelen/],
      ["measurable intended results at pupil and teacher level", /meetbare.*leerling- en op docentniveau/],
      ["the target group in relation to the support need", /doelgroep in relatie tot de ondersteuningsbehoefte/],
      ["development activities at teacher and organisation level", /ontwikkelactiviteiten op docentniveau en op organisatieniveau/],
      ["who leads and who takes part", /wie geeft leiding.*wie doen er mee/],
      ["planning with start and end date", /planning start- en einddatum/],
      ["the requested budget, specified", /budget.*gespecificeerd/],
    ] as const;

    it("there are exactly seven criteria, and none asks for pupils", () => {
      expect(innovatie.criteria).toHaveLength(7);
      expect(innovatie.criteria.some((c) => c.type === "leerlingen")).toBe(false);
      expect(innovatie.soort).toBe("innovatie");
      expect(nummerPrefix(innovatie.soort)).toBe("IN");
    });

    it.each(bullets)("it asks %s", (_onderwerp, patroon) => {
      expect(vragen(innovatie).filter((v) => patroon.test(v))).toHaveLength(1);
    });
  });

  describe("000: innovatie runs one year and may be extended at most once, with an evaluation", () => {
    it("given a period of one year (1 August to 31 July), then it is accepted", () => {
      expect(innovatie.limieten.maxDuurMaanden).toBe(12);
      expect(berichten(innovatie, { periode: { start: "2027-08-01", eind: "2028-07-31" } })).toEqual([]);
    });

    it("given a period of a year and a day, then it is refused", () => {
      expect(berichten(innovatie, { periode: { start: "2027-08-01", eind: "2028-08-01" } })).toEqual([
        "De periode is langer dan 12 maanden, het maximum van deze regeling.",
        "De regelingen kennen per schooljaar toe, en deze periode loopt over 1 augustus 2028 heen. Dien twee aanvragen in: een tot en met 31 juli 2028 en een vanaf 1 augustus 2028.",
      ]);
    });

    it("it may be extended once, and the extension carries the three evaluation questions", () => {
      expect(innovatie.verlenging.maxAantal).toBe(1);
      expect(innovatie.verlenging.evaluatie.map((v) => [v.type, v.label])).toEqual([
        ["jaDeelsNee", "Zijn de doelen behaald?"],
        ["langeTekst", "Wat zijn de opbrengsten?"],
        ["langeTekst", "Op welke punten kunnen de opbrengsten in het tweede jaar worden aangescherpt?"],
      ]);
    });

    it("maatwerk is not extended", () => {
      expect(maatwerk.verlenging).toEqual({ maxAantal: 0, evaluatie: [] });
    });
  });

  it("000: a school with an innovatiebudget presents it at a directiekring and at a werkveldbijeenkomst", () => {
    expect(innovatie.vervolgacties.map((v) => v.id)).toEqual(["presentatie-directiekring", "presentatie-werkveldbijeenkomst"]);
    expect(innovatie.vervolgacties.map((v) => v.label).join(" | ")).toMatch(/directiekring.*\|.*werkveldbijeenkomst/);
    expect(maatwerk.vervolgacties).toEqual([]);
  });

  it("000: the jaarplan names no decider; the profile routes like Almere, PO by stadsdeel and VO to the coördinator steunpunt", () => {
    for (const r of [maatwerk, innovatie]) {
      expect(r.sectoren).toEqual(["PO", "VO"]);
      expect(r.beslisser).toEqual({ soort: "per-sector", rollen: { PO: "stadsdeelmanager", VO: "coordinator-steunpunt" } });
    }
  });
});
