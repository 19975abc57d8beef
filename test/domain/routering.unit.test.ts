import { describe, expect, it } from "vitest";
import { kenToe, wijsAf } from "../../src/domain/lifecycle.js";
import { beslissersOp, bepaalBeslisser, magBeslissen, uitsluiting, vervangerToegestaan } from "../../src/domain/routering.js";
import { actieveVervanger, type Vervanging } from "../../src/domain/swv.js";
import { BESLISSER, demoSwv, foutcode, ingediend, NU, PERSOON, regeling, school, SEED, toekenning } from "./builders.js";
import { fouttekstVan } from "../support/fouttekst.js";

const almere = regeling("almere-maatwerk");
const vervanger = PERSOON.fatima;
/** Fatima stands in for Mark from 1 to 15 November 2026, both days included. */
const vervangingen: Vervanging[] = [{ voor: BESLISSER, door: vervanger, van: "2026-11-01", tot: "2026-11-15" }];
const swv = demoSwv();
const aanvraag = ingediend(almere);

describe(`deputies decide with a mandate, for a period only (001, ${SEED.zuidLimburg}: substitutes without mandate are a known pain)`, () => {
  it.each([
    ["the first day", "2026-11-01"],
    ["a day in between", "2026-11-02"],
    ["the last day", "2026-11-15"],
  ])("001: given the deputy on %s of the period, then they may decide on behalf of the decider", (_wanneer, datum) => {
    expect(magBeslissen(vervanger, aanvraag, BESLISSER, swv, vervangingen, datum)).toEqual({ mag: true, namens: BESLISSER });
    expect(actieveVervanger(vervangingen, BESLISSER, datum)).toBe(vervanger);
  });

  it.each([
    ["the day before", "2026-10-31"],
    ["the day after", "2026-11-16"],
  ])("001: given the deputy on %s the period, then they may not decide", (_wanneer, datum) => {
    expect(magBeslissen(vervanger, aanvraag, BESLISSER, swv, vervangingen, datum)).toEqual({ mag: false });
  });

  it("001: the decider keeps their own mandate during the vervanging, and someone else never has it", () => {
    expect(magBeslissen(BESLISSER, aanvraag, BESLISSER, swv, vervangingen, "2026-11-02")).toEqual({ mag: true });
    expect(magBeslissen(PERSOON.peter, aanvraag, BESLISSER, swv, vervangingen, "2026-11-02")).toEqual({ mag: false });
  });

  it("001: a grant by the deputy records who decided and on whose behalf, in the beschikking and the history", () => {
    const a = kenToe(ingediend(almere), almere, toekenning(), { door: vervanger, namens: BESLISSER }, NU);
    expect(a.status).toMatchObject({ fase: "toegekend", beschikking: { besluitDoor: vervanger, namens: BESLISSER } });
    expect(a.geschiedenis.at(-1)).toMatchObject({ soort: "toegekend", door: vervanger, namens: BESLISSER });
  });

  it("001: a refusal by the deputy records on whose behalf too", () => {
    const a = wijsAf(ingediend(almere), { reden: "Niet passend." }, { door: vervanger, namens: BESLISSER }, NU);
    expect(a.status).toMatchObject({ fase: "afgewezen", besluitDoor: vervanger, namens: BESLISSER });
  });

  it("001: a decision by the decider themself has no namens", () => {
    const a = kenToe(ingediend(almere), almere, toekenning(), { door: BESLISSER }, NU);
    expect(a.status.fase).toBe("toegekend");
    expect(a.status.fase === "toegekend" && Object.keys(a.status.beschikking)).not.toContain("namens");
    expect(a.geschiedenis.at(-1)).not.toHaveProperty("namens");
  });
});

describe(`routing to the decider (002 ${SEED.almere}, 003 ${SEED.verbinding})`, () => {
  it("003: given an SWV without a programmadirecteur, then De Verbinding has no decider and says which role is missing", () => {
    const swv = demoSwv();
    const zonder = { ...swv, personen: swv.personen.filter((p) => p.id !== PERSOON.erica) };
    const poging = () => bepaalBeslisser(regeling("verbinding-individueel"), school("04DD", swv), zonder);
    expect(foutcode(poging)).toBe("GEEN_BESLISSER");
    expect(fouttekstVan(poging)).toBe("Er is geen beslisser ingesteld voor de rol programmadirecteur.");
  });

  it("002: given a manager of another stadsdeel only, then a PO school is not routed to them", () => {
    const swv = demoSwv();
    const alleenHaven = { ...swv, personen: swv.personen.filter((p) => p.id !== PERSOON.fatima) };
    expect(bepaalBeslisser(almere, school("01AA", swv), alleenHaven).beslisserId).toBe(PERSOON.mark);
    expect(foutcode(() => bepaalBeslisser(almere, school("02BB", swv), alleenHaven))).toBe("GEEN_BESLISSER");
  });
});

describe("separation of duties (001 mandate, 004 accountability): nobody decides their own aanvraag", () => {
  const datum = "2026-11-02";
  /** Mark also works as consulent of 01AA: an aanvraag of his own. */
  const markAlsConsulent = () => {
    const s = demoSwv();
    s.personen.find((p) => p.id === BESLISSER)!.rollen.push({ rol: "consulent", scholen: ["01AA"] });
    return s;
  };
  const eigen = { ...ingediend(almere), consulentId: BESLISSER };

  it("the consulent and the submitter are excluded, also as deputy", () => {
    expect(uitsluiting(aanvraag, aanvraag.consulentId)).toBe("consulent");
    const alsDeputy: Vervanging[] = [{ voor: BESLISSER, door: aanvraag.consulentId, van: datum, tot: datum }];
    expect(magBeslissen(aanvraag.consulentId, aanvraag, BESLISSER, swv, alsDeputy, datum)).toEqual({ mag: false, uitsluiting: "consulent" });
    expect(beslissersOp(aanvraag, BESLISSER, swv, alsDeputy, datum)).toEqual([{ id: BESLISSER }]);
  });

  it("when the decider is the consulent, the aanvraag goes to staff, who may decide it; the decider may not", () => {
    const s = markAlsConsulent();
    expect(bepaalBeslisser(almere, school("01AA", s), s, eigen)).toEqual({ beslisserId: PERSOON.linda, rol: "staf" });
    expect(bepaalBeslisser(almere, school("01AA", s), s, aanvraag)).toEqual({ beslisserId: BESLISSER, rol: "stadsdeelmanager" });
    expect(magBeslissen(BESLISSER, eigen, BESLISSER, s, [], datum)).toEqual({ mag: false, uitsluiting: "consulent" });
    expect(beslissersOp(eigen, BESLISSER, s, [], datum)).toEqual([{ id: PERSOON.linda }]);
  });

  it("the mandate is not passed on: a deputy's deputy may not decide", () => {
    const keten: Vervanging[] = [...vervangingen, { voor: vervanger, door: PERSOON.peter, van: "2026-11-01", tot: "2026-11-15" }];
    expect(magBeslissen(PERSOON.peter, aanvraag, BESLISSER, swv, keten, datum)).toEqual({ mag: false });
  });

  it("a deputy holds the same deciding role, unless the configuration names the pair", () => {
    expect(vervangerToegestaan(swv, BESLISSER, PERSOON.fatima)).toBe(true);
    expect(vervangerToegestaan(swv, BESLISSER, PERSOON.sanne)).toBe(false);
    expect(vervangerToegestaan(swv, BESLISSER, PERSOON.peter)).toBe(false);
    expect(vervangerToegestaan(swv, PERSOON.sanne, PERSOON.noor)).toBe(false);
    const s = { ...demoSwv(), toegestaneVervangers: [{ voor: BESLISSER, door: PERSOON.peter }] };
    expect(vervangerToegestaan(s, BESLISSER, PERSOON.peter)).toBe(true);
  });
});
