import { describe, expect, it } from "vitest";
import { kenToe, wijsAf } from "../../src/domain/lifecycle.js";
import { bepaalBeslisser, magBeslissen } from "../../src/domain/routering.js";
import { actieveVervanger, type Vervanging } from "../../src/domain/swv.js";
import { BESLISSER, demoSwv, foutcode, ingediend, NU, PERSOON, regeling, school, SEED, toekenning } from "./builders.js";

const almere = regeling("almere-maatwerk");
const vervanger = PERSOON.fatima;
/** Fatima stands in for Mark from 1 to 15 November 2026, both days included. */
const vervangingen: Vervanging[] = [{ voor: BESLISSER, door: vervanger, van: "2026-11-01", tot: "2026-11-15" }];

describe(`deputies decide with a mandate, for a period only (001, ${SEED.zuidLimburg}: substitutes without mandate are a known pain)`, () => {
  it.each([
    ["the first day", "2026-11-01"],
    ["a day in between", "2026-11-02"],
    ["the last day", "2026-11-15"],
  ])("001: given the deputy on %s of the period, then they may decide on behalf of the decider", (_wanneer, datum) => {
    expect(magBeslissen(vervanger, BESLISSER, vervangingen, datum)).toEqual({ mag: true, namens: BESLISSER });
    expect(actieveVervanger(vervangingen, BESLISSER, datum)).toBe(vervanger);
  });

  it.each([
    ["the day before", "2026-10-31"],
    ["the day after", "2026-11-16"],
  ])("001: given the deputy on %s the period, then they may not decide", (_wanneer, datum) => {
    expect(magBeslissen(vervanger, BESLISSER, vervangingen, datum)).toEqual({ mag: false });
  });

  it("001: the decider keeps their own mandate during the vervanging, and someone else never has it", () => {
    expect(magBeslissen(BESLISSER, BESLISSER, vervangingen, "2026-11-02")).toEqual({ mag: true });
    expect(magBeslissen(PERSOON.peter, BESLISSER, vervangingen, "2026-11-02")).toEqual({ mag: false });
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
    expect(poging).toThrow("Er is geen beslisser ingesteld voor de rol programmadirecteur.");
  });

  it("002: given a manager of another stadsdeel only, then a PO school is not routed to them", () => {
    const swv = demoSwv();
    const alleenHaven = { ...swv, personen: swv.personen.filter((p) => p.id !== PERSOON.fatima) };
    expect(bepaalBeslisser(almere, school("01AA", swv), alleenHaven).beslisserId).toBe(PERSOON.mark);
    expect(foutcode(() => bepaalBeslisser(almere, school("02BB", swv), alleenHaven))).toBe("GEEN_BESLISSER");
  });
});
