import { describe, expect, it } from "vitest";
import { kenToe, sluitAf, wijsAf } from "../../src/domain/lifecycle.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";
import { valideerAanvraag, valideerVoorwaarden } from "../../src/domain/validatie.js";
import {
  BESLISSER,
  CONSULENT,
  demoSwv,
  foutcode,
  ingediend,
  leerlingen,
  lopend,
  NU,
  PERSOON,
  regeling,
  school,
  SEED,
  toekenning,
  volledigConcept,
  voorwaarden,
} from "./builders.js";
import { fouttekstVan } from "../support/fouttekst.js";

const almere = regeling("almere-maatwerk");
const berichten = (overrides: Parameters<typeof volledigConcept>[1] = {}) =>
  valideerAanvraag(almere, volledigConcept(almere, overrides)).map((p) => p.bericht);
const nietVoldaan = (uit: string[]) => valideerVoorwaarden(almere, voorwaarden(almere, uit)).map((p) => p.bericht);
const label = (id: string) => almere.voorwaarden.items.find((v) => v.id === id)!.label;

describe(`002 Almere maatwerkbudget (${SEED.almere})`, () => {
  it("002: the shipped regeling names its source, and a complete aanvraag has no problems", () => {
    expect(almere.bron).toBe(SEED.almere);
    expect(almere.soort).toBe("maatwerk-individueel");
    expect(almere.sectoren).toEqual(["PO", "VO"]);
    expect(berichten()).toEqual([]);
  });

  it("002: the aanvraag is for exactly one pupil, known by reference and initials, not by name", () => {
    expect(almere.limieten).toMatchObject({ minLeerlingen: 1, maxLeerlingen: 1 });
    expect(berichten({ leerling: leerlingen(2) })).toEqual(["Deze regeling staat hoogstens 1 leerling toe; er staan er 2."]);
    expect(berichten({ leerling: leerlingen(1, true) })).toEqual([
      "Leerling 1: noteer geen naam, alleen leerlingnummer of OPP-referentie, initialen en geboortejaar.",
    ]);
  });

  it("002: the criteria follow the step plan: needs, half a year of support, goals, the support, who, period, costs and the OPP", () => {
    const ids = almere.criteria.map((c) => `${c.id}:${c.type}`);
    expect(ids).toEqual([
      "leerling:leerlingen",
      "onderwijsbehoeften:langeTekst",
      "ingezette-ondersteuning:langeTekst",
      "doelen:langeTekst",
      "inzet:langeTekst",
      "uitvoerder:tekst",
      "opp:document",
      "periode:periode",
      "begroting:begroting",
    ]);
    expect(almere.criteria.find((c) => c.id === "opp")).toMatchObject({ type: "document", soort: "OPP" });
  });

  describe("002: support lasts at most three months", () => {
    it("given a period of exactly three months (1 March to 31 May), then it is accepted", () => {
      expect(almere.limieten.maxDuurMaanden).toBe(3);
      expect(berichten({ periode: { start: "2027-03-01", eind: "2027-05-31" } })).toEqual([]);
    });

    it("given a period one day longer (to 1 June), then it is refused with the Dutch message", () => {
      expect(berichten({ periode: { start: "2027-03-01", eind: "2027-06-01" } })).toEqual([
        "De periode is langer dan 3 maanden, het maximum van deze regeling.",
      ]);
    });

    it("given a grant over four months, then the decider is stopped with the same message", () => {
      const poging = () => kenToe(ingediend(almere), almere, toekenning({ periode: { start: "2027-01-04", eind: "2027-05-04" } }), { door: BESLISSER }, NU);
      expect(foutcode(poging)).toBe("PERIODE_TE_LANG");
      expect(fouttekstVan(poging)).toBe("De periode is langer dan 3 maanden, het maximum van deze regeling.");
    });
  });

  describe("002: only when (it prevents a TLV or thuiszitten) and the arrangementsmiddelen are spent and financing was explored", () => {
    const kern = ["voorkomt-tlv", "voorkomt-thuiszitten", "arrangementsmiddelen-besteed", "financiering-onderzocht"] as const;
    const combinaties = Array.from({ length: 16 }, (_, n) => {
      const [tlv, thuis, besteed, onderzocht] = kern.map((_, i) => Boolean(n & (1 << i))) as [boolean, boolean, boolean, boolean];
      return { tlv, thuis, besteed, onderzocht, uitkomst: (tlv || thuis) && besteed && onderzocht ? "allowed" : "refused" };
    });

    it.each(combinaties)("given tlv $tlv, thuiszitten $thuis, spent $besteed, explored $onderzocht, then $uitkomst", (c) => {
      const uit = kern.filter((_, i) => ![c.tlv, c.thuis, c.besteed, c.onderzocht][i]);
      const ontbrekendeDelen = [!(c.tlv || c.thuis), !c.besteed, !c.onderzocht].filter(Boolean).length;
      expect(nietVoldaan(uit)).toHaveLength(ontbrekendeDelen);
      expect(nietVoldaan(uit).length === 0 ? "allowed" : "refused").toBe(c.uitkomst);
    });

    it("given neither TLV nor thuiszitten is ticked, then the message offers both options", () => {
      expect(nietVoldaan(["voorkomt-tlv", "voorkomt-thuiszitten"])).toEqual([
        `Aan minstens één van deze voorwaarden moet zijn voldaan: ${label("voorkomt-tlv")}; of ${label("voorkomt-thuiszitten")}.`,
      ]);
    });

    it("given the arrangementsmiddelen are not spent, then the message names that condition", () => {
      expect(nietVoldaan(["arrangementsmiddelen-besteed"])).toEqual([
        "Aan deze voorwaarde moet zijn voldaan: De toegekende algemene arrangementsmiddelen zijn al uitgegeven.",
      ]);
    });

    it("given an unmet condition, then the aanvraag cannot be submitted", () => {
      const a = { ...volledigConcept(almere), voorwaarden: voorwaarden(almere, ["financiering-onderzocht"]) };
      expect(valideerAanvraag(almere, a).map((p) => p.veld)).toEqual(["voorwaarden"]);
    });
  });

  it.each([["half-jaar-ondersteuning"], ["opp-plan"], ["besproken-met-beslisser"]])(
    "002: before applying, '%s' (half a year of support, a plan with goals in the OPP, discussed with the decider) is required",
    (id) => {
      expect(nietVoldaan([id])).toEqual([`Aan deze voorwaarde moet zijn voldaan: ${label(id)}.`]);
    },
  );

  describe("002: the consulent discusses it with the manager of the stadsdeel (PO) or the coördinator steunpunt (VO), who decides", () => {
    it.each([
      ["01AA", "haven", PERSOON.mark, "stadsdeelmanager"],
      ["02BB", "poort", PERSOON.fatima, "stadsdeelmanager"],
      ["03CC", "poort", PERSOON.fatima, "stadsdeelmanager"],
      ["04DD", "VO", PERSOON.peter, "coordinator-steunpunt"],
      ["05EE", "VO", PERSOON.peter, "coordinator-steunpunt"],
    ])("given school %s (%s), then it goes to %s as %s", (brin, _waar, beslisserId, rol) => {
      const swv = demoSwv();
      expect(bepaalBeslisser(almere, school(brin, swv), swv)).toEqual({ beslisserId, rol });
    });

    it("given a PO school in a stadsdeel without a manager, then there is no decider and the error says which stadsdeel", () => {
      const swv = demoSwv();
      const nieuw = { ...school("01AA", swv), brin: "06FF", stadsdeel: "buiten" };
      expect(foutcode(() => bepaalBeslisser(almere, nieuw, swv))).toBe("GEEN_BESLISSER");
      expect(fouttekstVan(() => bepaalBeslisser(almere, nieuw, swv))).toBe("Er is geen beslisser ingesteld voor stadsdeel buiten.");
    });
  });

  it("002: when granted, the beschikking states the bekostiging and the number of school weeks", () => {
    const a = kenToe(ingediend(almere), almere, toekenning({ bedrag: 250000, schoolweken: 11 }), { door: BESLISSER }, NU);
    expect(a.status).toMatchObject({
      fase: "toegekend",
      beschikking: { bedrag: 250000, schoolweken: 11, schooljaar: "2026-2027", besluitDoor: BESLISSER, besluitOp: NU.toISOString() },
    });
  });

  describe("002: when refused, the reasons are recorded", () => {
    it("given no reason (only spaces), then the refusal is not accepted", () => {
      expect(foutcode(() => wijsAf(ingediend(almere), { reden: "  " }, { door: BESLISSER }, NU))).toBe("REDEN_VERPLICHT");
    });

    it("given a reason, then it is kept with the refusal and in the history", () => {
      const a = wijsAf(ingediend(almere), { reden: " Arrangementsmiddelen zijn nog niet besteed. " }, { door: BESLISSER }, NU);
      expect(a.status).toMatchObject({ fase: "afgewezen", reden: "Arrangementsmiddelen zijn nog niet besteed.", besluitDoor: BESLISSER });
      expect(a.geschiedenis.at(-1)).toMatchObject({ soort: "afgewezen", toelichting: "Arrangementsmiddelen zijn nog niet besteed." });
    });
  });

  describe("002: afterwards school, parents and consulent evaluate whether it had the intended effect", () => {
    it("the evaluation asks for the effect, the view of school, parents and consulent, and whether a TLV or thuiszitten was prevented", () => {
      expect(almere.evaluatie.vragen.map((v) => `${v.id}:${v.type}`)).toEqual(
        expect.arrayContaining([
          "effect:jaDeelsNee",
          "visie-school:langeTekst",
          "visie-ouders:langeTekst",
          "visie-consulent:langeTekst",
          "tlv-voorkomen:jaNee",
          "thuiszitten-voorkomen:jaNee",
          "vervolg:langeTekst",
        ]),
      );
    });

    it("given running support, when the evaluation is recorded, then the traject is closed with the evaluation and its beschikking", () => {
      const antwoorden = { effect: "ja", "visie-school": "Leerling zit weer in de groep.", "thuiszitten-voorkomen": true };
      const a = sluitAf(lopend(almere), { antwoorden }, { door: CONSULENT }, NU);
      expect(a.status).toMatchObject({
        fase: "afgesloten",
        beschikking: { bedrag: 100000 },
        evaluatie: { antwoorden, vastgelegdDoor: CONSULENT, vastgelegdOp: NU.toISOString() },
      });
      expect(foutcode(() => sluitAf(a, { antwoorden }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
    });
  });

  it("002: the maatwerkbudget is not extended; a new aanvraag is needed", () => {
    expect(almere.verlenging.maxAantal).toBe(0);
    expect(almere.limieten.jaarbudget).toBeUndefined();
  });
});
