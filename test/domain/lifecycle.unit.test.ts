import { describe, expect, it } from "vitest";
import { isDomainError } from "../../src/domain/errors.js";
import { bewerk, dienIn, kenToe, stuurTerug, trekIn, wijsAf } from "../../src/domain/lifecycle.js";
import { magBeslissen } from "../../src/domain/routering.js";
import { BESLISSER, CONSULENT, ingediend, NU, regeling, toegekend, volledigConcept } from "./builders.js";

const almere = regeling("almere-maatwerk");
const toekenning = { beschikkingsnummer: "B-MW-2026-0001", bedrag: 100000, periode: { start: "2027-01-04", eind: "2027-03-31" }, schoolweken: 12 };

function codeVan(doe: () => unknown): string | undefined {
  try {
    doe();
  } catch (error) {
    return isDomainError(error) ? error.code : "ANDERE_FOUT";
  }
  return undefined;
}

describe("aanvraag lifecycle (domain.md, glossary: concept to afgesloten)", () => {
  it("given a draft, granting it is an illegal transition with a coded error", () => {
    expect(codeVan(() => kenToe(volledigConcept(almere), almere, toekenning, { door: BESLISSER }, NU))).toBe("ONGELDIGE_OVERGANG");
  });

  it("given a granted aanvraag, editing or withdrawing it is an illegal transition", () => {
    const a = toegekend(almere, 100000);
    expect(codeVan(() => bewerk(a, { antwoorden: { doelen: "anders" } }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
    expect(codeVan(() => trekIn(a, {}, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
    expect(codeVan(() => wijsAf(a, { reden: "x" }, { door: BESLISSER }, NU))).toBe("ONGELDIGE_OVERGANG");
  });

  it("an incomplete draft cannot be submitted, and the error carries every problem", () => {
    const leeg = volledigConcept(almere, { doelen: undefined, periode: { start: "2027-03-01", eind: "2027-02-01" } });
    try {
      dienIn(leeg, almere, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, "AANVRAAG_ONVOLLEDIG")).toBe(true);
      const berichten = (error as { details: { bericht: string }[] }).details.map((p) => p.bericht);
      expect(berichten).toEqual(["Vul 'Concrete doelen' in.", "De einddatum ligt voor de startdatum."]);
    }
  });

  it("sent back, edited and resubmitted, it returns to the same decider in round two", () => {
    const terug = stuurTerug(ingediend(almere), { vraag: "Kun je het OPP toevoegen?" }, { door: BESLISSER }, NU);
    expect(terug.status).toMatchObject({ fase: "teruggestuurd", vraag: "Kun je het OPP toevoegen?", beslisserId: BESLISSER });
    const bewerkt = bewerk(terug, { antwoorden: { opp: { referentie: "OPP-2026-99" } } }, { door: CONSULENT }, NU);
    const opnieuw = dienIn(bewerkt, almere, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
    expect(opnieuw.status).toMatchObject({ fase: "ingediend", beslisserId: BESLISSER, ronde: 2 });
  });

  it("a grant of more than was asked is refused", () => {
    expect(codeVan(() => kenToe(ingediend(almere), almere, { ...toekenning, bedrag: 320001 }, { door: BESLISSER }, NU))).toBe("BEDRAG_BOVEN_AANGEVRAAGD");
  });

  it("every transition adds to the history with who and when, and raises the version", () => {
    const a = toegekend(almere, 100000);
    expect(a.geschiedenis.map((g) => g.soort)).toEqual(["aangemaakt", "bewerkt", "ingediend", "toegekend"]);
    expect(a.geschiedenis.at(-1)).toMatchObject({ door: BESLISSER, op: NU.toISOString() });
    expect(a.versie).toBe(3);
  });

  it("a deputy may decide during the vervanging only, and the decision records on whose behalf", () => {
    const vervanging = [{ voor: BESLISSER, door: "plaatsvervanger", van: "2026-11-01", tot: "2026-11-15" }];
    expect(magBeslissen("plaatsvervanger", BESLISSER, vervanging, "2026-11-02")).toEqual({ mag: true, namens: BESLISSER });
    expect(magBeslissen("plaatsvervanger", BESLISSER, vervanging, "2026-11-16")).toEqual({ mag: false });
    expect(magBeslissen(BESLISSER, BESLISSER, vervanging, "2026-12-01")).toEqual({ mag: true });
    const a = kenToe(ingediend(almere), almere, toekenning, { door: "plaatsvervanger", namens: BESLISSER }, NU);
    expect(a.status.fase === "toegekend" && a.status.beschikking).toMatchObject({ besluitDoor: "plaatsvervanger", namens: BESLISSER });
  });
});
