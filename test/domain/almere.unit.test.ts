import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors.js";
import { kenToe, sluitAf, start, wijsAf } from "../../src/domain/lifecycle.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";
import { valideerAanvraag, valideerVoorwaarden } from "../../src/domain/validatie.js";
import { BESLISSER, CONSULENT, demoSwv, ingediend, NU, regeling, volledigConcept } from "./builders.js";

const SEED = "002_3774631bae1fa221.txt";
const almere = regeling("almere-maatwerk");
const fouten = (overrides: Parameters<typeof volledigConcept>[1]) => valideerAanvraag(almere, volledigConcept(almere, overrides)).map((p) => p.bericht);

describe(`Almere maatwerkbudget (${SEED})`, () => {
  it(`${SEED}: the profile names its source and one pupil per aanvraag`, () => {
    expect(almere.bron).toBe(SEED);
    expect(almere.limieten).toMatchObject({ minLeerlingen: 1, maxLeerlingen: 1 });
    expect(fouten({})).toEqual([]);
  });

  it(`${SEED}: support lasts at most three months`, () => {
    expect(almere.limieten.maxDuurMaanden).toBe(3);
    expect(fouten({ periode: { start: "2027-03-01", eind: "2027-05-31" } })).toEqual([]);
    expect(fouten({ periode: { start: "2027-03-01", eind: "2027-06-01" } })).toEqual([
      "De periode is langer dan 3 maanden, het maximum van deze regeling.",
    ]);
  });

  describe(`${SEED}: only when it prevents a TLV or thuiszitten, and funds are spent, and financing was explored`, () => {
    const met = (uit: string[]) =>
      valideerVoorwaarden(almere, Object.fromEntries(almere.voorwaarden.items.map((v) => [v.id, !uit.includes(v.id)]))).map((p) => p.bericht);

    it.each([
      [[], []],
      [["voorkomt-tlv"], []],
      [["voorkomt-thuiszitten"], []],
    ])("without %j it is allowed", (uit, verwacht) => expect(met(uit)).toEqual(verwacht));

    it("without both TLV and thuiszitten it is refused, naming both options", () => {
      expect(met(["voorkomt-tlv", "voorkomt-thuiszitten"])).toEqual([
        "Aan minstens één van deze voorwaarden moet zijn voldaan: De tijdelijke extra ondersteuning voorkomt een TLV-aanvraag; of De tijdelijke extra ondersteuning voorkomt thuiszitten.",
      ]);
    });

    it.each([["arrangementsmiddelen-besteed"], ["financiering-onderzocht"], ["half-jaar-ondersteuning"], ["opp-plan"], ["besproken-met-beslisser"]])(
      "without %s it is refused",
      (id) => {
        expect(met([id])).toHaveLength(1);
        expect(met([id])[0]).toContain(almere.voorwaarden.items.find((v) => v.id === id)!.label);
      },
    );
  });

  it(`${SEED}: a PO school goes to the manager of its own stadsdeel, a VO school to the coördinator steunpunt`, () => {
    const swv = demoSwv();
    const school = (brin: string) => swv.scholen.find((s) => s.brin === brin)!;
    expect(bepaalBeslisser(almere, school("01AA"), swv)).toEqual({ beslisserId: "22222222-2222-4222-8222-222222222222", rol: "stadsdeelmanager" });
    expect(bepaalBeslisser(almere, school("03CC"), swv)).toEqual({ beslisserId: "33333333-3333-4333-8333-333333333333", rol: "stadsdeelmanager" });
    expect(bepaalBeslisser(almere, school("04DD"), swv)).toEqual({ beslisserId: "44444444-4444-4444-8444-444444444444", rol: "coordinator-steunpunt" });
  });

  it(`${SEED}: a grant is a beschikking with bekostiging and number of school weeks`, () => {
    const a = kenToe(
      ingediend(almere),
      almere,
      { beschikkingsnummer: "B-MW-2026-0001", bedrag: 250000, periode: { start: "2027-01-04", eind: "2027-03-31" }, schoolweken: 11 },
      { door: BESLISSER },
      NU,
    );
    expect(a.status).toMatchObject({ fase: "toegekend", beschikking: { bedrag: 250000, schoolweken: 11, schooljaar: "2026-2027", besluitDoor: BESLISSER } });
  });

  it(`${SEED}: a grant cannot exceed three months either`, () => {
    const poging = () =>
      kenToe(ingediend(almere), almere, { beschikkingsnummer: "B", bedrag: 100000, periode: { start: "2027-01-04", eind: "2027-05-04" }, schoolweken: 12 }, { door: BESLISSER }, NU);
    expect(poging).toThrow(DomainError);
  });

  it(`${SEED}: a refusal records its reasons, and cannot be given without them`, () => {
    expect(() => wijsAf(ingediend(almere), { reden: "  " }, { door: BESLISSER }, NU)).toThrowError(/Geef een reden op/);
    const a = wijsAf(ingediend(almere), { reden: "Arrangementsmiddelen zijn nog niet besteed." }, { door: BESLISSER }, NU);
    expect(a.status).toMatchObject({ fase: "afgewezen", reden: "Arrangementsmiddelen zijn nog niet besteed." });
  });

  it(`${SEED}: afterwards school, parents and consulent evaluate; recording it closes the traject`, () => {
    const vragen = almere.evaluatie.vragen.map((v) => v.id);
    expect(vragen).toEqual(expect.arrayContaining(["effect", "visie-school", "visie-ouders", "visie-consulent"]));
    const lopend = start(
      kenToe(ingediend(almere), almere, { beschikkingsnummer: "B", bedrag: 100000, periode: { start: "2027-01-04", eind: "2027-03-31" }, schoolweken: 12 }, { door: BESLISSER }, NU),
      { door: "systeem" },
      NU,
    );
    const af = sluitAf(lopend, { antwoorden: { effect: "ja", "visie-ouders": "Tevreden" } }, { door: CONSULENT }, NU);
    expect(af.status.fase).toBe("afgesloten");
  });
});
