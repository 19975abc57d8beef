import { describe, expect, it } from "vitest";
import { planVoortgang } from "../../src/domain/voortgang.js";
import { herinneringenVan, verschuldigd } from "../../src/scheduler/voortgang.js";
import { demoSwv } from "../domain/builders.js";

describe("voortgang schedule (003: progress at least every three months; 002: evaluation at the end)", () => {
  it("a nine-month traject gets gesprekken at three and six months (Sundays move to Monday) and the evaluation at nine", () => {
    expect(planVoortgang({ start: "2027-01-04", eind: "2027-10-03" }, 3)).toEqual([
      { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-05", geplandOp: "2027-04-04" },
      { soort: "voortgangsgesprek", volgnummer: 2, datum: "2027-07-05", geplandOp: "2027-07-04" },
      { soort: "evaluatie", volgnummer: 3, datum: "2027-10-03" },
    ]);
  });

  it("support of at most three months (002 Almere) gets only the evaluation", () => {
    expect(planVoortgang({ start: "2027-01-04", eind: "2027-04-03" }, 3)).toEqual([{ soort: "evaluatie", volgnummer: 1, datum: "2027-04-03" }]);
  });

  it("reminds at 09:00 Amsterdam time on school days, on both sides of the daylight-saving change", () => {
    const [weekVooraf, opDeDag, teLaat] = herinneringenVan("t1", { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-03-29" }, { dagenVooraf: 7, teLaatNaDagen: 8 });
    expect(weekVooraf!.tijdstip.toISOString()).toBe("2027-03-22T08:00:00.000Z");
    expect(opDeDag!.tijdstip.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    expect(teLaat!.tijdstip.toISOString()).toBe("2027-04-06T07:00:00.000Z");
  });

  it("moves a reminder that falls in a weekend to Monday", () => {
    const [, opDeDag] = herinneringenVan("t1", { soort: "evaluatie", volgnummer: 1, datum: "2027-04-03" }, { dagenVooraf: 7, teLaatNaDagen: 8 });
    expect(opDeDag!.tijdstip.toISOString()).toBe("2027-04-05T07:00:00.000Z");
  });

  it("after downtime one reminder per gesprek is due: the latest moment that has come, with its current date", () => {
    const afspraken = planVoortgang({ start: "2027-01-04", eind: "2027-10-03" }, 3);
    const due = verschuldigd("t1", afspraken, new Date("2027-04-06T12:00:00Z"));
    expect(due.map((h) => `${h.afspraak.volgnummer}:${h.moment}:${h.afspraak.datum}`)).toEqual(["1:op-de-dag:2027-04-05"]);
  });
});

describe("school holidays of the SWV's region", () => {
  const meivakantie = [{ naam: "Meivakantie 2027", van: "2027-04-24", tot: "2027-05-02" }];

  it("no reminder in a holiday: it goes out at 09:00 on the first school day after", () => {
    const [, opDeDag] = herinneringenVan("t1", { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-27" }, { dagenVooraf: 7, teLaatNaDagen: 8, vakanties: meivakantie });
    expect(opDeDag!.tijdstip.toISOString()).toBe("2027-05-03T07:00:00.000Z");
  });
});

describe("gesprekken on school days, with the demo SWV's holidays", () => {
  const vakanties = demoSwv().schoolvakanties;

  it("a traject from Monday 11 January to 9 July 2027 plans gesprek 1 on Monday 12 April (11 April is a Sunday) and gesprek 2 on 12 July", () => {
    expect(planVoortgang({ start: "2027-01-11", eind: "2027-07-09" }, 3, vakanties)).toEqual([
      { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-12", geplandOp: "2027-04-11" },
      { soort: "evaluatie", volgnummer: 2, datum: "2027-07-09" },
    ]);
  });

  it("a gesprek that falls in the kerstvakantie moves to the first school day after it", () => {
    expect(planVoortgang({ start: "2026-09-23", eind: "2027-06-30" }, 3, vakanties)[0]).toEqual({ soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-01-04", geplandOp: "2026-12-23" });
  });

  it("after the kerstvakantie one reminder per gesprek goes out at 09:00 on the first school day, with the gesprek's current date", () => {
    const [gesprek] = planVoortgang({ start: "2026-09-23", eind: "2027-06-30" }, 3, vakanties);
    const opties = { dagenVooraf: 7, teLaatNaDagen: 8, vakanties };
    // The week-before reminder (28 December) and the one on the day fall on 4 January together.
    const op4januari = verschuldigd("t1", [gesprek!], new Date("2027-01-04T08:00:00Z"), opties);
    expect(op4januari.map((h) => [h.moment, h.afspraak.datum, h.tijdstip.toISOString()])).toEqual([["op-de-dag", "2027-01-04", "2027-01-04T08:00:00.000Z"]]);
    expect(verschuldigd("t1", [gesprek!], new Date("2027-01-03T12:00:00Z"), opties)).toEqual([]);
  });
});
