import { describe, expect, it } from "vitest";
import { planVoortgang } from "../../src/domain/voortgang.js";
import { herinneringenVan, verschuldigd } from "../../src/scheduler/voortgang.js";

describe("voortgang schedule (003: progress at least every three months; 002: evaluation at the end)", () => {
  it("a nine-month traject gets gesprekken at three and six months and the evaluation at nine", () => {
    expect(planVoortgang({ start: "2027-01-04", eind: "2027-10-03" }, 3)).toEqual([
      { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-04" },
      { soort: "voortgangsgesprek", volgnummer: 2, datum: "2027-07-04" },
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

  it("after two days of downtime every missed reminder is due, each with its own key", () => {
    const afspraken = planVoortgang({ start: "2027-01-04", eind: "2027-10-03" }, 3);
    const due = verschuldigd("t1", afspraken, new Date("2027-04-06T12:00:00Z"));
    expect(due.map((h) => `${h.afspraak.volgnummer}:${h.moment}`)).toEqual(["1:week-vooraf", "1:op-de-dag"]);
    expect(new Set(due.map((h) => h.sleutel)).size).toBe(2);
  });
});

describe("school holidays of the SWV's region", () => {
  const meivakantie = [{ naam: "Meivakantie 2027", van: "2027-04-24", tot: "2027-05-02" }];

  it("no reminder in a holiday: it goes out at 09:00 on the first school day after", () => {
    const [, opDeDag] = herinneringenVan("t1", { soort: "voortgangsgesprek", volgnummer: 1, datum: "2027-04-27" }, { dagenVooraf: 7, teLaatNaDagen: 8, vakanties: meivakantie });
    expect(opDeDag!.tijdstip.toISOString()).toBe("2027-05-03T07:00:00.000Z");
  });
});
