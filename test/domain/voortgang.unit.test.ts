import { describe, expect, it } from "vitest";
import { kenToe, sluitAf } from "../../src/domain/lifecycle.js";
import { evaluatieUitkomsten, isTraject, legGesprekVast, openAfspraken, verzetAfspraak } from "../../src/domain/voortgang.js";
import { BESLISSER, CONSULENT, foutcode, ingediend, NU, regeling, toekenning, begroting, splitsend } from "./builders.js";

const SEED = "003_3a98448a0ac30e44.txt";
/** Nine months over 1 August: a regeling configured to split by schooljaar. */
const r = splitsend(regeling("verbinding-individueel"));
const negenMaanden = kenToe(ingediend(r, { begroting: begroting(500000) }), r, toekenning({ bedrag: 500000, periode: { start: "2027-01-04", eind: "2027-10-03" }, schoolweken: 36 }), { door: BESLISSER }, NU);
/** A moment after gesprek 1 was held. */
const LATER = new Date("2027-04-07T10:00:00Z");
const gesprek = { volgnummer: 1, gehoudenOp: "2027-04-06", deelnemers: "school, contactpersoon", voortgang: "op-koers" as const, perDoel: [], notities: "", vervolgstappen: "" };

describe(`voortgang of a traject (${SEED}: progress at least every three months)`, () => {
  it(`${SEED}: a nine-month traject has gesprekken at three and six months (on the next school day when that is a Sunday) and the evaluation at the end`, () => {
    if (!isTraject(negenMaanden)) throw new Error("geen traject");
    expect(openAfspraken(negenMaanden, r)).toEqual([
      { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-05", geplandOp: "2027-04-04" },
      { soort: "voortgangsgesprek", volgnummer: 2, datum: "2027-07-05", geplandOp: "2027-07-04" },
      { soort: "evaluatie", volgnummer: 3, datum: "2027-10-03" },
    ]);
  });

  it("a recorded gesprek is no longer open, and cannot be recorded twice", () => {
    const na = legGesprekVast(negenMaanden, r, gesprek, { door: CONSULENT }, LATER);
    if (!isTraject(na)) throw new Error("geen traject");
    expect(openAfspraken(na, r).map((a) => a.volgnummer)).toEqual([2, 3]);
    expect(na.geschiedenis.at(-1)).toMatchObject({ soort: "voortgangsgesprek", door: CONSULENT, op: LATER.toISOString(), datum: "2027-04-06", toelichting: "gesprek 1, gehouden op 6 april 2027" });
    expect(foutcode(() => legGesprekVast(na, r, gesprek, { door: CONSULENT }, LATER))).toBe("AFSPRAAK_ONBEKEND");
  });

  it("'gehouden op' cannot lie in the future, nor before the traject started", () => {
    expect(foutcode(() => legGesprekVast(negenMaanden, r, gesprek, { door: CONSULENT }, new Date("2027-04-05T12:00:00Z")))).toBe("DATUM_IN_TOEKOMST");
    expect(foutcode(() => legGesprekVast(negenMaanden, r, { ...gesprek, gehoudenOp: "2027-01-03" }, { door: CONSULENT }, LATER))).toBe("GESPREK_VOOR_START");
    expect(foutcode(() => legGesprekVast(negenMaanden, r, { ...gesprek, gehoudenOp: "2027-01-04" }, { door: CONSULENT }, LATER))).toBe("GEEN_FOUT");
    expect(foutcode(() => legGesprekVast(negenMaanden, r, gesprek, { door: CONSULENT }, new Date("2027-04-05T22:30:00Z")))).toBe("GEEN_FOUT");
  });

  it("a moved gesprek gets its new date, and moving needs a reason", () => {
    expect(foutcode(() => verzetAfspraak(negenMaanden, r, { soort: "voortgangsgesprek", volgnummer: 1, nieuweDatum: "2027-04-20", reden: " " }, { door: CONSULENT }, NU))).toBe("REDEN_VERPLICHT");
    const verzet = verzetAfspraak(negenMaanden, r, { soort: "voortgangsgesprek", volgnummer: 1, nieuweDatum: "2027-04-20", reden: "Meivakantie van de school" }, { door: CONSULENT }, NU);
    if (!isTraject(verzet)) throw new Error("geen traject");
    expect(openAfspraken(verzet, r)[0]).toEqual({ soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-20" });
  });

  it("a submitted aanvraag has no voortgang yet", () => {
    expect(foutcode(() => legGesprekVast(ingediend(r), r, gesprek, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
  });

  it("a closed traject shows the outcomes of its evaluation per choice question, free texts left out; an open one none", () => {
    expect(evaluatieUitkomsten(negenMaanden, r)).toEqual([]);
    const gesloten = sluitAf(negenMaanden, { antwoorden: { effect: "deels", "vso-voorkomen": true, toelichting: "Vrije tekst" } }, { door: CONSULENT }, NU);
    expect(evaluatieUitkomsten(gesloten, r)).toEqual(["Heeft het maatwerkbudget het beoogde effect gehad? Deels", "Is verwijzing naar het vso voorkomen? Ja"]);
  });
});
